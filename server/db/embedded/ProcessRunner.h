// Runs a PostgreSQL tool to completion, as another user when we are root, and captures its output.
#pragma once

#include "core/Result.h"
#include "db/embedded/SystemUser.h"

#include <QString>
#include <QStringList>

namespace okna::server {

struct ProcessOutput
{
    int exitCode = -1;
    QString output; // stdout and stderr, merged in order
};

class ProcessRunner
{
public:
    explicit ProcessRunner(SystemUser runAs);

    void setWorkingDirectory(const QString &dir) { m_workingDirectory = dir; }

    // An error only when the program could not run or did not finish in time (it is then killed);
    // a non-zero exit code is a value for the caller to judge.
    Result<ProcessOutput> run(const QString &program, const QStringList &arguments, int timeoutMs = 120000) const;

private:
    SystemUser m_user;
    QString m_workingDirectory;
};

} // namespace okna::server

// Runs the PostgreSQL client programs (pg_dump, pg_restore) for the backups. The connection goes
// to them as a libpq keyword string, but its password travels in PGPASSWORD: on the command line
// `ps` would show it to every local user.
#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringList>

#include <string>

namespace okna::server {

class PgTool
{
public:
    // `binDir` empty: the programs are found on PATH.
    explicit PgTool(QString binDir);

    QString program(const char *name) const;

    // Runs the program to completion; a non-zero exit is an error carrying what it printed on
    // stderr. With a connection string, `--dbname <it, without password>` goes first.
    Result<QString> run(const char *name, const QStringList &arguments, const std::string &connectionString = {}) const;

private:
    QString m_binDir;
};

} // namespace okna::server

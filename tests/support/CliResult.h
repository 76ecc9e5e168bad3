// How one run of `okna-server <command>` ended.
#pragma once

#include <QByteArray>
#include <QString>

namespace okna::test {

struct CliResult
{
    bool finished = false; // false: did not start, crashed or timed out (see error)
    int exitCode = -1;
    QByteArray standardOutput;
    QByteArray standardError;
    QString error;

    bool ok() const { return finished && exitCode == 0; }
    // exit code, stdout and stderr in one text, for QVERIFY2 messages.
    QString describe() const;
};

} // namespace okna::test

#include "db/embedded/ProcessRunner.h"

#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>

#include <grp.h>
#include <unistd.h>

#include <utility>

namespace okna::server {

namespace {

// Only async-signal-safe calls: this runs in the forked child before exec.
void dropPrivileges(uid_t uid, gid_t gid, const std::vector<gid_t> &groups)
{
    if (setgroups(groups.size(), groups.data()) != 0 || setgid(gid) != 0 || setuid(uid) != 0) {
        static const char message[] = "okna: cannot switch to the PostgreSQL user\n";
        [[maybe_unused]] const auto written = ::write(STDERR_FILENO, message, sizeof(message) - 1);
        _exit(126);
    }
}

QProcessEnvironment environmentFor(const SystemUser &user)
{
    auto env = QProcessEnvironment::systemEnvironment();
    // Our arguments say everything; a stray PGHOST or PGOPTIONS must not redirect the tools.
    for (const QString &key : env.keys()) {
        if (key.startsWith(QLatin1String("PG")))
            env.remove(key);
    }
    if (user.differsFromProcess()) {
        env.insert(QStringLiteral("HOME"), user.home());
        env.insert(QStringLiteral("USER"), user.name());
        env.insert(QStringLiteral("LOGNAME"), user.name());
    }
    env.insert(QStringLiteral("LC_MESSAGES"), QStringLiteral("C"));
    return env;
}

} // namespace

ProcessRunner::ProcessRunner(SystemUser runAs)
    : m_user(std::move(runAs))
{}

Result<ProcessOutput> ProcessRunner::run(const QString &program, const QStringList &arguments, int timeoutMs) const
{
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setProcessEnvironment(environmentFor(m_user));
    if (!m_workingDirectory.isEmpty())
        process.setWorkingDirectory(m_workingDirectory);
    if (m_user.differsFromProcess()) {
        const uid_t uid = m_user.uid();
        const gid_t gid = m_user.gid();
        const std::vector<gid_t> groups = m_user.groups();
        process.setChildProcessModifier([uid, gid, groups] { dropPrivileges(uid, gid, groups); });
    }

    const QString commandLine = QFileInfo(program).fileName() + QLatin1Char(' ') + arguments.join(QLatin1Char(' '));
    process.start();
    if (!process.waitForStarted(30000)) {
        return ApiError(ErrorCode::Internal,
                        QStringLiteral("cannot run %1: %2").arg(commandLine, process.errorString()));
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return ApiError(ErrorCode::Internal, QStringLiteral("%1 did not finish within %2 s: %3")
                                                 .arg(commandLine)
                                                 .arg(timeoutMs / 1000)
                                                 .arg(QString::fromLocal8Bit(process.readAll()).trimmed()));
    }
    ProcessOutput result;
    result.output = QString::fromLocal8Bit(process.readAll()).trimmed();
    if (process.exitStatus() == QProcess::CrashExit) {
        return ApiError(ErrorCode::Internal, QStringLiteral("%1 crashed: %2").arg(commandLine, result.output));
    }
    result.exitCode = process.exitCode();
    return result;
}

} // namespace okna::server

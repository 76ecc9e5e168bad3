#include "backups/PgTool.h"

#include <QFileInfo>
#include <QProcess>

#include <libpq-fe.h>

#include <memory>

namespace okna::server {

namespace {

// A dump of a big database may take hours; never wait forever.
constexpr int kToolTimeoutMs = 6 * 3600 * 1000;

ApiError failure(const QString &message)
{
    return ApiError(ErrorCode::Internal, message);
}

QString quoted(const char *value)
{
    QString text = QString::fromUtf8(value);
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

struct Connection
{
    QString withoutPassword;
    QByteArray password;
};

// PQconninfoParse reads both the URL and the keyword form, exactly as libpq will.
Result<Connection> split(const std::string &connectionString)
{
    char *error = nullptr;
    std::unique_ptr<PQconninfoOption, decltype(&PQconninfoFree)> options(
        PQconninfoParse(connectionString.c_str(), &error), &PQconninfoFree);
    if (!options) {
        const QString why = error ? QString::fromUtf8(error).trimmed() : QStringLiteral("out of memory");
        PQfreemem(error);
        return failure(QStringLiteral("cannot read the database connection string: %1").arg(why));
    }
    Connection connection;
    QStringList parts;
    for (const PQconninfoOption *option = options.get(); option->keyword; ++option) {
        if (!option->val || !*option->val)
            continue;
        if (qstrcmp(option->keyword, "password") == 0)
            connection.password = option->val;
        else
            parts << QString::fromLatin1(option->keyword) + QLatin1Char('=') + quoted(option->val);
    }
    connection.withoutPassword = parts.join(QLatin1Char(' '));
    return connection;
}

} // namespace

PgTool::PgTool(QString binDir)
    : m_binDir(std::move(binDir))
{}

QString PgTool::program(const char *name) const
{
    if (m_binDir.isEmpty())
        return QLatin1String(name);
    return m_binDir + QLatin1Char('/') + QLatin1String(name);
}

Result<QString> PgTool::run(const char *name, const QStringList &arguments, const std::string &connectionString) const
{
    QStringList all;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!connectionString.empty()) {
        const auto connection = split(connectionString);
        if (!connection)
            return connection.error();
        all << QStringLiteral("--dbname") << connection->withoutPassword;
        if (!connection->password.isEmpty())
            environment.insert(QStringLiteral("PGPASSWORD"), QString::fromUtf8(connection->password));
    }
    all += arguments;

    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(program(name), all);
    if (!process.waitForStarted(30000))
        return failure(QStringLiteral("cannot run %1: %2").arg(program(name), process.errorString()));
    if (!process.waitForFinished(kToolTimeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return failure(QStringLiteral("%1 did not finish in time").arg(QLatin1String(name)));
    }
    const QString err = QString::fromUtf8(process.readAllStandardError()).trimmed();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return failure(QStringLiteral("%1 failed (exit %2): %3")
                           .arg(QLatin1String(name))
                           .arg(process.exitCode())
                           .arg(err.isEmpty() ? QStringLiteral("no message") : err));
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace okna::server

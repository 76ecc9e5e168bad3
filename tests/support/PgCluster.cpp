#include "PgCluster.h"

#include "FreePort.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QTest>

#include <pqxx/pqxx>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace okna::test {

Q_LOGGING_CATEGORY(lcPgCluster, "okna.test.pgcluster")

namespace {

const auto binDir = QStringLiteral("/usr/lib/postgresql/15/bin");
const auto superuserName = QStringLiteral("okna_test");
// PostgreSQL refuses to run as root; then the cluster runs as this user.
const char *const unprivilegedUser = "postgres";
constexpr int startAttempts = 5;

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

bool chownToUnprivileged(const QString &path)
{
    const auto *account = ::getpwnam(unprivilegedUser);
    if (!account)
        return false;
    return ::chown(QFile::encodeName(path).constData(), account->pw_uid, account->pw_gid) == 0;
}

QString quoteIdentifier(QString name)
{
    name.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + name + QLatin1Char('"');
}

} // namespace

PgCluster::PgCluster() = default;

PgCluster::~PgCluster()
{
    if (m_running && !stop(StopMode::Immediate))
        qCWarning(lcPgCluster).noquote() << "could not stop the cluster:" << m_error;
}

bool PgCluster::start()
{
    if (m_running)
        return true;
    if (!m_initialized && !initialize())
        return false;
    if (m_port != 0)
        return startOnce();
    // Another process may take the probed port before the postmaster binds it: try a few.
    for (int attempt = 0; attempt < startAttempts; ++attempt) {
        m_port = pickFreeTcpPort();
        if (m_port == 0) {
            fail(QStringLiteral("no free TCP port"));
            return false;
        }
        if (startOnce())
            return true;
        qCInfo(lcPgCluster) << "start on port" << m_port << "failed, retrying on another port";
        m_port = 0;
    }
    return false;
}

bool PgCluster::initialize()
{
    m_root = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/okna-pg-XXXXXX"));
    if (!m_root->isValid()) {
        fail(QStringLiteral("cannot create a temporary directory: ") + m_root->errorString());
        return false;
    }
    // The postgres user must be able to enter it (QTemporaryDir makes it 0700).
    if (::chmod(QFile::encodeName(m_root->path()).constData(), 0755) != 0 ||
        !QDir(m_root->path()).mkdir(QStringLiteral("sock"))) {
        fail(QStringLiteral("cannot prepare ") + m_root->path());
        return false;
    }
    if (runningAsRoot() && (!chownToUnprivileged(m_root->path()) || !chownToUnprivileged(socketDirectory()))) {
        fail(QStringLiteral("cannot hand %1 to the user postgres").arg(m_root->path()));
        return false;
    }
    QString output;
    if (!runTool(QStringLiteral("initdb"),
                 {QStringLiteral("-D"), dataDirectory(), QStringLiteral("-A"), QStringLiteral("trust"),
                  QStringLiteral("-U"), superuserName, QStringLiteral("-E"), QStringLiteral("UTF8"),
                  QStringLiteral("--locale=C.UTF-8"), QStringLiteral("-N"), QStringLiteral("--no-instructions")},
                 120000, &output)) {
        fail(QStringLiteral("initdb failed: ") + output);
        return false;
    }
    QFile conf(dataDirectory() + QStringLiteral("/postgresql.conf"));
    if (!conf.open(QIODevice::Append | QIODevice::Text)) {
        fail(QStringLiteral("cannot write postgresql.conf: ") + conf.errorString());
        return false;
    }
    // Speed over durability: the cluster is thrown away. The port is passed by pg_ctl -o.
    const auto settings = QStringLiteral("\n# okna test cluster\n"
                                         "listen_addresses = '127.0.0.1'\n"
                                         "unix_socket_directories = '%1'\n"
                                         "fsync = off\n"
                                         "synchronous_commit = off\n"
                                         "full_page_writes = off\n"
                                         "max_connections = 200\n"
                                         "log_min_messages = warning\n")
                              .arg(socketDirectory());
    conf.write(settings.toUtf8());
    for (const QString &line : std::as_const(m_extraSettings))
        conf.write(line.toUtf8() + '\n');
    conf.close();
    m_initialized = true;
    return true;
}

bool PgCluster::startOnce()
{
    QString output;
    const bool started = runTool(QStringLiteral("pg_ctl"),
                                 {QStringLiteral("-D"), dataDirectory(), QStringLiteral("-l"),
                                  m_root->filePath(QStringLiteral("postgresql.log")), QStringLiteral("-o"),
                                  QStringLiteral("-p %1").arg(m_port), QStringLiteral("-w"), QStringLiteral("-t"),
                                  QStringLiteral("60"), QStringLiteral("start")},
                                 90000, &output);
    if (!started) {
        fail(QStringLiteral("pg_ctl start on port %1 failed: %2").arg(m_port).arg(output));
        return false;
    }
    m_running = true;
    return true;
}

bool PgCluster::stop(StopMode mode)
{
    if (!m_running)
        return true;
    QString output;
    const auto modeName = mode == StopMode::Fast ? QStringLiteral("fast") : QStringLiteral("immediate");
    if (!runTool(QStringLiteral("pg_ctl"),
                 {QStringLiteral("-D"), dataDirectory(), QStringLiteral("-m"), modeName, QStringLiteral("-w"),
                  QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("stop")},
                 90000, &output)) {
        fail(QStringLiteral("pg_ctl stop failed: ") + output);
        return false;
    }
    m_running = false;
    return true;
}

bool PgCluster::restart()
{
    return stop() && start();
}

bool PgCluster::stopFor(std::chrono::milliseconds downtime, StopMode mode)
{
    if (!stop(mode))
        return false;
    QTest::qWait(static_cast<int>(downtime.count()));
    return start();
}

QString PgCluster::createDatabase(const QString &name)
{
    const auto result = execSql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE ") + quoteIdentifier(name));
    if (!result.ok) {
        fail(QStringLiteral("CREATE DATABASE %1 failed: %2").arg(name, result.error));
        return {};
    }
    return url(name);
}

bool PgCluster::dropDatabase(const QString &name)
{
    const auto result = execSql(QStringLiteral("postgres"),
                                QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(quoteIdentifier(name)));
    if (!result.ok)
        fail(result.error);
    return result.ok;
}

QString PgCluster::url(const QString &dbName) const
{
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(superuserName).arg(m_port).arg(dbName);
}

QString PgCluster::superuser() const
{
    return superuserName;
}

QString PgCluster::dataDirectory() const
{
    return m_root ? m_root->filePath(QStringLiteral("data")) : QString();
}

QString PgCluster::socketDirectory() const
{
    return m_root ? m_root->filePath(QStringLiteral("sock")) : QString();
}

SqlResult PgCluster::execSql(const QString &dbName, const QString &sql) const
{
    SqlResult result;
    try {
        pqxx::connection connection(url(dbName).toStdString());
        pqxx::nontransaction work(connection);
        const auto rows = work.exec(sql.toStdString());
        for (pqxx::row::size_type column = 0; column < rows.columns(); ++column)
            result.columns.append(QString::fromUtf8(rows.column_name(column)));
        for (const auto &row : rows) {
            QStringList values;
            for (const auto &field : row)
                values.append(field.is_null() ? QString() : QString::fromUtf8(field.c_str()));
            result.rows.append(values);
        }
        result.ok = true;
    } catch (const std::exception &error) {
        result.error = QString::fromUtf8(error.what()).trimmed();
    }
    return result;
}

bool PgCluster::acceptsConnections(const QString &dbName) const
{
    return execSql(dbName, QStringLiteral("SELECT 1")).ok;
}

QString PgCluster::serverLog() const
{
    if (!m_root)
        return {};
    QFile log(m_root->filePath(QStringLiteral("postgresql.log")));
    if (!log.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(log.readAll());
}

bool PgCluster::runTool(const QString &tool, const QStringList &arguments, int timeoutMs, QString *output)
{
    const QString program = binDir + QLatin1Char('/') + tool;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    // The postgres user may not be able to read the test's working directory.
    process.setWorkingDirectory(m_root->path());
    if (runningAsRoot()) {
        process.setProgram(QStringLiteral("runuser"));
        process.setArguments(
            QStringList{QStringLiteral("-u"), QString::fromLatin1(unprivilegedUser), QStringLiteral("--"), program} +
            arguments);
    } else {
        process.setProgram(program);
        process.setArguments(arguments);
    }
    process.start();
    const bool finished = process.waitForStarted(10000) && process.waitForFinished(timeoutMs);
    if (output)
        *output = QString::fromLocal8Bit(process.readAll()).trimmed();
    if (!finished) {
        if (output)
            *output += QStringLiteral("\n%1 did not finish: %2").arg(tool, process.errorString());
        process.kill();
        process.waitForFinished(5000);
        return false;
    }
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

void PgCluster::fail(const QString &message)
{
    auto log = serverLog();
    if (log.size() > 2000)
        log = log.right(2000);
    m_error = log.isEmpty() ? message : message + QStringLiteral("\n--- postgresql.log (tail) ---\n") + log;
    qCWarning(lcPgCluster).noquote() << m_error;
}

} // namespace okna::test

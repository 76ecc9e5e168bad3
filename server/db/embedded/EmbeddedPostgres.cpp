#include "db/embedded/EmbeddedPostgres.h"

#include "db/embedded/PostgresMemory.h"
#include "db/embedded/ProcessRunner.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QThread>

#include <pqxx/pqxx>

#include <algorithm>

#include <locale.h>
#include <sys/stat.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcEmbeddedPg, "okna.server.embeddedpg")

namespace okna::server {

namespace {

constexpr int StartTimeoutSeconds = 60;
constexpr int ToolTimeoutMs = 120000;
// sockaddr_un::sun_path holds 108 bytes including the terminating NUL.
constexpr int MaxSocketPathLength = 107;

ApiError failure(const QString &message)
{
    return ApiError(ErrorCode::Internal, message);
}

// Single quotes for /bin/sh: pg_ctl hands the -o options to a shell.
QString shellQuote(QString value)
{
    value.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

QString libpqValue(QString value)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:@+-]+$"));
    if (plain.match(value).hasMatch())
        return value;
    value.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    value.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

// postmaster.pid and socket lock files: the pid on line 1, then data dir, start time, port, socket dir.
QStringList readPidFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLocal8Bit(file.readAll()).split(QLatin1Char('\n'));
}

// A running (not zombie) process named postgres owned by uid: a postmaster we may talk to.
bool isLivePostgres(qint64 pid, uid_t uid)
{
    if (pid <= 0)
        return false;
    const QString procDir = QStringLiteral("/proc/%1").arg(pid);
    struct stat st = {};
    if (::stat(QFile::encodeName(procDir).constData(), &st) != 0 || st.st_uid != uid)
        return false;
    QFile statFile(procDir + QLatin1String("/stat"));
    if (!statFile.open(QIODevice::ReadOnly))
        return false;
    // "pid (comm) S ...": comm may itself hold spaces or parentheses.
    const QByteArray stat = statFile.readAll();
    const auto open = stat.indexOf('(');
    const auto close = stat.lastIndexOf(')');
    if (open < 0 || close < open || close + 2 >= stat.size())
        return false;
    const QByteArray comm = stat.mid(open + 1, close - open - 1);
    const char state = stat.at(close + 2);
    return comm == "postgres" && state != 'Z' && state != 'X';
}

// Creates or repairs a directory that only the cluster user may use.
Status ensurePrivateDir(const QString &path, mode_t mode, const SystemUser &user)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat st = {};
    if (::lstat(native.constData(), &st) != 0) {
        if (::mkdir(native.constData(), mode) != 0)
            return failure(QStringLiteral("cannot create directory %1: %2").arg(path, qt_error_string(errno)));
        ::lstat(native.constData(), &st);
    }
    if (!S_ISDIR(st.st_mode))
        return failure(QStringLiteral("%1 exists but is not a directory (a symbolic link is refused too)").arg(path));
    if (st.st_uid != user.uid() && ::chown(native.constData(), user.uid(), user.gid()) != 0) {
        return failure(QStringLiteral("%1 must belong to user %2: %3").arg(path, user.name(), qt_error_string(errno)));
    }
    if ((st.st_mode & 07777) != mode && ::chmod(native.constData(), mode) != 0)
        return failure(QStringLiteral("cannot set mode of %1: %2").arg(path, qt_error_string(errno)));
    return {};
}

Status chownTree(const QString &root, const SystemUser &user)
{
    QStringList paths{root};
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        paths << it.next();
    for (const QString &path : std::as_const(paths)) {
        if (::lchown(QFile::encodeName(path).constData(), user.uid(), user.gid()) != 0)
            return failure(
                QStringLiteral("cannot hand %1 to user %2: %3").arg(path, user.name(), qt_error_string(errno)));
    }
    return {};
}

bool isExecutable(const QString &path)
{
    const QFileInfo info(path);
    return info.isFile() && info.isExecutable();
}

QString binDirFromPgConfig()
{
    const QString pgConfig = QStandardPaths::findExecutable(QStringLiteral("pg_config"));
    if (pgConfig.isEmpty())
        return {};
    QProcess process;
    process.start(pgConfig, {QStringLiteral("--bindir")});
    if (!process.waitForFinished(10000) || process.exitCode() != 0)
        return {};
    return QString::fromLocal8Bit(process.readAllStandardOutput()).trimmed();
}

} // namespace

EmbeddedPostgres::EmbeddedPostgres(const QString &dataDir)
    : m_dataDir(QDir::cleanPath(QFileInfo(dataDir).absoluteFilePath()))
{}

EmbeddedPostgres::~EmbeddedPostgres()
{
    if (!m_running)
        return;
    if (const auto stopped = stop(); !stopped)
        qCWarning(lcEmbeddedPg).noquote() << stopped.error().message();
}

QString EmbeddedPostgres::clusterDir() const
{
    return m_dataDir + QLatin1String("/postgres");
}

QString EmbeddedPostgres::socketDir() const
{
    return m_dataDir + QLatin1String("/run");
}

QString EmbeddedPostgres::logFile() const
{
    return m_dataDir + QLatin1String("/postgres.log");
}

QString EmbeddedPostgres::connectionString() const
{
    return QStringLiteral("host=%1 port=%2 dbname=%3 user=%4")
        .arg(libpqValue(socketDir()))
        .arg(Port)
        .arg(QLatin1String(DatabaseName), QLatin1String(RoleName));
}

QString EmbeddedPostgres::tool(const char *name) const
{
    return m_binDir + QLatin1Char('/') + QLatin1String(name);
}

Status EmbeddedPostgres::resolveEnvironment()
{
    if (m_user)
        return {};

    const QString fromEnv = qEnvironmentVariable("OKNA_PG_BINDIR");
    const QString debianDefault = QStringLiteral("/usr/lib/postgresql/15/bin");
    if (!fromEnv.isEmpty())
        m_binDir = fromEnv;
    else if (isExecutable(debianDefault + QLatin1String("/pg_ctl")))
        m_binDir = debianDefault;
    else
        m_binDir = binDirFromPgConfig();
    if (m_binDir.isEmpty()) {
        return failure(QStringLiteral("PostgreSQL server programs not found: install postgresql-15, "
                                      "set OKNA_PG_BINDIR, or give --db-url"));
    }
    for (const char *name : {"initdb", "pg_ctl", "postgres", "pg_isready"}) {
        if (!isExecutable(tool(name))) {
            return failure(QStringLiteral("%1 is missing: install the PostgreSQL server package or point "
                                          "OKNA_PG_BINDIR at its bin directory")
                               .arg(tool(name)));
        }
    }

    if (geteuid() != 0) {
        m_user = SystemUser::current();
        return {};
    }
    // PostgreSQL refuses to run as root. An existing cluster keeps the account that owns it.
    struct stat st = {};
    if (::stat(QFile::encodeName(clusterDir()).constData(), &st) == 0 && st.st_uid != 0) {
        auto owner = SystemUser::byUid(st.st_uid);
        if (owner) {
            m_user = owner.value();
            return {};
        }
    }
    for (const auto *candidate : {"postgres", "nobody"}) {
        auto user = SystemUser::byName(QLatin1String(candidate));
        if (user) {
            m_user = user.value();
            return {};
        }
    }
    return failure(QStringLiteral("running as root, but neither user 'postgres' nor 'nobody' exists to run "
                                  "PostgreSQL; create one or run okna-server as an unprivileged user"));
}

Status EmbeddedPostgres::prepareDirectories()
{
    const QByteArray dataNative = QFile::encodeName(m_dataDir);
    if (!QFileInfo::exists(m_dataDir)) {
        if (!QDir().mkpath(m_dataDir) || ::chmod(dataNative.constData(), 0700) != 0)
            return failure(QStringLiteral("cannot create data directory %1").arg(m_dataDir));
    }
    if (m_user->differsFromProcess()) {
        // The data directory is ours: letting the cluster user pass through it (o+x, no listing)
        // exposes nothing, since every file in it is owner-only.
        if (!m_user->canTraverse(m_dataDir)) {
            struct stat st = {};
            if (::stat(dataNative.constData(), &st) == 0 && ::chmod(dataNative.constData(), st.st_mode | S_IXOTH) == 0)
                qCInfo(lcEmbeddedPg).noquote() << "allowed user" << m_user->name() << "to pass through" << m_dataDir;
        }
        const QString blocked = m_user->firstUntraversableDirectory(m_dataDir);
        if (!blocked.isEmpty()) {
            return failure(QStringLiteral("PostgreSQL runs as user '%1', which cannot enter directory %2 on the way to "
                                          "the data directory %3. Allow it with 'chmod o+x %2' or choose a data "
                                          "directory elsewhere (e.g. --data-dir /var/lib/okna)")
                               .arg(m_user->name(), blocked, m_dataDir));
        }
    }

    const QString socketPath = socketDir() + QStringLiteral("/.s.PGSQL.%1").arg(Port);
    if (QFile::encodeName(socketPath).size() > MaxSocketPathLength) {
        return failure(QStringLiteral("the data directory path is too long for a Unix socket (%1): choose a "
                                      "shorter --data-dir")
                           .arg(socketPath));
    }
    if (auto status = ensurePrivateDir(socketDir(), 0700, *m_user); !status)
        return status;

    struct stat st = {};
    if (::lstat(QFile::encodeName(clusterDir()).constData(), &st) == 0 && S_ISDIR(st.st_mode) &&
        st.st_uid != m_user->uid()) {
        if (geteuid() != 0) {
            return failure(QStringLiteral("%1 belongs to another user (uid %2); PostgreSQL must run as its owner")
                               .arg(clusterDir())
                               .arg(st.st_uid));
        }
        qCInfo(lcEmbeddedPg).noquote() << "handing" << clusterDir() << "to user" << m_user->name();
        if (auto status = chownTree(clusterDir(), *m_user); !status)
            return status;
    }
    if (auto status = ensurePrivateDir(clusterDir(), 0700, *m_user); !status)
        return status;

    // pg_ctl opens the log as the cluster user, who cannot create files in the data directory.
    QFile log(logFile());
    if (!log.open(QIODevice::Append))
        return failure(QStringLiteral("cannot open %1: %2").arg(logFile(), log.errorString()));
    log.close();
    const QByteArray logNative = QFile::encodeName(logFile());
    if (::chown(logNative.constData(), m_user->uid(), m_user->gid()) != 0 || ::chmod(logNative.constData(), 0600) != 0)
        return failure(QStringLiteral("cannot hand %1 to user %2").arg(logFile(), m_user->name()));
    return {};
}

Status EmbeddedPostgres::initCluster()
{
    const QDir dir(clusterDir());
    if (!dir.isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)) {
        return failure(QStringLiteral("%1 is not empty but holds no PostgreSQL cluster (PG_VERSION is missing); "
                                      "move it away so a new cluster can be created")
                           .arg(clusterDir()));
    }
    // C.UTF-8 sorts by code point and exists on every modern glibc; plain C is the fallback.
    locale_t probe = newlocale(LC_ALL_MASK, "C.UTF-8", nullptr);
    const QString locale = probe ? QStringLiteral("C.UTF-8") : QStringLiteral("C");
    if (probe)
        freelocale(probe);

    qCInfo(lcEmbeddedPg).noquote() << "creating PostgreSQL cluster in" << clusterDir() << "as user" << m_user->name();
    ProcessRunner runner(*m_user);
    runner.setWorkingDirectory(m_dataDir);
    // Trust is safe: only the cluster user and root can reach the 0700 socket directory,
    // and TCP is both switched off and rejected.
    const auto result = runner.run(tool("initdb"),
                                   {QStringLiteral("-D"), clusterDir(), QStringLiteral("-U"), QLatin1String(RoleName),
                                    QStringLiteral("--auth=trust"), QStringLiteral("--auth-host=reject"),
                                    QStringLiteral("--encoding=UTF8"), QStringLiteral("--locale=") + locale,
                                    QStringLiteral("--no-instructions")},
                                   ToolTimeoutMs);
    if (!result)
        return result.error();
    if (result->exitCode != 0)
        return failure(QStringLiteral("initdb failed (exit %1): %2").arg(result->exitCode).arg(result->output));

    // Also when an operator starts the cluster by hand without our -o options.
    QFile conf(clusterDir() + QLatin1String("/postgresql.conf"));
    if (!conf.open(QIODevice::Append | QIODevice::Text))
        return failure(QStringLiteral("cannot append to %1: %2").arg(conf.fileName(), conf.errorString()));
    conf.write("\n# okna-server: the embedded cluster is reachable only through its private socket.\n"
               "listen_addresses = ''\n"
               "unix_socket_permissions = 0700\n");
    if (!conf.flush())
        return failure(QStringLiteral("cannot write %1: %2").arg(conf.fileName(), conf.errorString()));
    return {};
}

Status EmbeddedPostgres::checkClusterVersion() const
{
    QFile file(clusterDir() + QLatin1String("/PG_VERSION"));
    if (!file.open(QIODevice::ReadOnly))
        return failure(QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()));
    const QString clusterVersion = QString::fromLatin1(file.readAll()).trimmed();

    const auto result = ProcessRunner(*m_user).run(tool("postgres"), {QStringLiteral("--version")}, 30000);
    if (!result)
        return result.error();
    static const QRegularExpression versionRe(QStringLiteral("\\(PostgreSQL\\) (\\d+)"));
    const QString binaryVersion = versionRe.match(result->output).captured(1);
    if (!binaryVersion.isEmpty() && binaryVersion != clusterVersion) {
        return failure(QStringLiteral("the cluster in %1 was made by PostgreSQL %2 but %3 holds PostgreSQL %4: set "
                                      "OKNA_PG_BINDIR to PostgreSQL %2 programs or upgrade it with pg_upgrade")
                           .arg(clusterDir(), clusterVersion, m_binDir, binaryVersion));
    }
    return {};
}

bool EmbeddedPostgres::postmasterAlive() const
{
    const QStringList lines = readPidFile(clusterDir() + QLatin1String("/postmaster.pid"));
    return !lines.isEmpty() && isLivePostgres(lines.first().trimmed().toLongLong(), m_user->uid());
}

int EmbeddedPostgres::pingSocket() const
{
    const auto result = ProcessRunner(*m_user).run(
        tool("pg_isready"),
        {QStringLiteral("-q"), QStringLiteral("-h"), socketDir(), QStringLiteral("-p"), QString::number(Port),
         QStringLiteral("-U"), QLatin1String(RoleName), QStringLiteral("-d"), QStringLiteral("postgres"),
         QStringLiteral("-t"), QStringLiteral("5")},
        30000);
    return result ? result->exitCode : -1;
}

Status EmbeddedPostgres::waitUntilReady(int timeoutMs) const
{
    QElapsedTimer timer;
    timer.start();
    int code = -1;
    while (true) {
        code = pingSocket();
        if (code == 0)
            return {};
        if (code == 3 || code < 0 || timer.elapsed() > timeoutMs)
            break;
        QThread::msleep(200);
    }
    return failure(QStringLiteral("PostgreSQL does not accept connections on %1 (pg_isready exit %2)%3")
                       .arg(socketDir())
                       .arg(code)
                       .arg(logTail()));
}

Result<bool> EmbeddedPostgres::adoptRunning()
{
    const QString pidPath = clusterDir() + QLatin1String("/postmaster.pid");
    const QStringList lines = readPidFile(pidPath);
    if (lines.isEmpty())
        return false;
    const qint64 pid = lines.first().trimmed().toLongLong();
    if (!isLivePostgres(pid, m_user->uid())) {
        // The postmaster was killed (or its pid now names another program): postgres would take a
        // live foreign pid for a running server and refuse to start.
        qCInfo(lcEmbeddedPg).noquote() << "removing stale" << pidPath << "(pid" << pid << "is not a running postgres)";
        if (!QFile::remove(pidPath))
            return failure(QStringLiteral("cannot remove stale %1").arg(pidPath));
        return false;
    }

    const auto status =
        ProcessRunner(*m_user).run(tool("pg_ctl"), {QStringLiteral("status"), QStringLiteral("-D"), clusterDir()});
    const bool ourSocket =
        lines.size() > 4 && lines.at(3).trimmed() == QString::number(Port) && lines.at(4).trimmed() == socketDir();
    if (status && status->exitCode == 0 && ourSocket) {
        qCInfo(lcEmbeddedPg).noquote() << "adopting the PostgreSQL server already running on" << clusterDir() << "(pid"
                                       << pid << ")";
        if (auto ready = waitUntilReady(StartTimeoutSeconds * 1000); !ready)
            return ready.error();
        return true;
    }
    // Running with other settings (an operator's manual start, a moved data directory): restart it ours.
    qCInfo(lcEmbeddedPg).noquote() << "restarting the PostgreSQL server on" << clusterDir() << "that does not listen on"
                                   << socketDir();
    if (auto stopped = stop(); !stopped)
        return stopped.error();
    return false;
}

void EmbeddedPostgres::removeStaleSocketLocks() const
{
    // A postmaster killed with -9 leaves its socket and lock behind; when nobody reaps it, its pid
    // even stays a zombie, which postgres takes for a live server. The directory is ours alone.
    const QDir run(socketDir());
    const QStringList locks =
        run.entryList({QStringLiteral(".s.PGSQL.*.lock")}, QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &lock : locks) {
        const QStringList lines = readPidFile(run.filePath(lock));
        const qint64 pid = lines.isEmpty() ? 0 : lines.first().trimmed().toLongLong();
        if (isLivePostgres(pid, m_user->uid()))
            continue;
        qCInfo(lcEmbeddedPg).noquote() << "removing stale socket lock" << run.filePath(lock);
        QFile::remove(run.filePath(lock));
        QFile::remove(run.filePath(lock.chopped(5)));
    }
}

Status EmbeddedPostgres::launch()
{
    removeStaleSocketLocks();
    // Sized at every start, so that it follows the machine's memory.
    int sharedBuffers = sharedBuffersMegabytes(physicalMemoryBytes());
    const auto argumentsWith = [this](int sharedBuffersMegabytes) {
        const QString options =
            QStringLiteral("-c listen_addresses='' -c unix_socket_permissions=0700 -p %1 -c %2 -c shared_buffers=%3MB")
                .arg(Port)
                .arg(shellQuote(QStringLiteral("unix_socket_directories=\"%1\"")
                                    .arg(QString(socketDir()).replace(QLatin1Char('"'), QLatin1String("\"\"")))))
                .arg(sharedBuffersMegabytes);
        return QStringList{QStringLiteral("start"),
                           QStringLiteral("-D"),
                           clusterDir(),
                           QStringLiteral("-w"),
                           QStringLiteral("-t"),
                           QString::number(StartTimeoutSeconds),
                           QStringLiteral("-l"),
                           logFile(),
                           QStringLiteral("-o"),
                           options};
    };
    ProcessRunner runner(*m_user);
    runner.setWorkingDirectory(m_dataDir);
    qCInfo(lcEmbeddedPg).noquote() << "starting PostgreSQL on" << clusterDir() << "as user" << m_user->name() << "with"
                                   << sharedBuffers << "MB of shared buffers";
    for (int attempt = 1;; ++attempt) {
        const qint64 logBefore = QFileInfo(logFile()).size();
        const auto result = runner.run(tool("pg_ctl"), argumentsWith(sharedBuffers), (StartTimeoutSeconds + 30) * 1000);
        if (!result)
            return result.error();
        if (result->exitCode == 0)
            break;
        const QString tail = logTail(logBefore);
        // After a kill -9 the old server's children may hold its shared memory for a moment.
        if (attempt < 5 && tail.contains(QLatin1String("pre-existing shared memory block"))) {
            QThread::msleep(1000);
            continue;
        }
        const auto smaller = smallerSharedBuffersMegabytes(sharedBuffers);
        if (smaller && (tail.contains(QLatin1String("could not map anonymous shared memory")) ||
                        tail.contains(QLatin1String("could not create shared memory segment")))) {
            qCWarning(lcEmbeddedPg).noquote() << "PostgreSQL could not have" << sharedBuffers
                                              << "MB of shared buffers; starting it with" << *smaller << "MB";
            sharedBuffers = *smaller;
            continue;
        }
        return failure(QStringLiteral("PostgreSQL did not start (pg_ctl exit %1): %2%3")
                           .arg(result->exitCode)
                           .arg(result->output, tail));
    }
    return waitUntilReady(StartTimeoutSeconds * 1000);
}

Status EmbeddedPostgres::ensureDatabase() const
{
    const QString adminConnection = QStringLiteral("host=%1 port=%2 dbname=postgres user=%3")
                                        .arg(libpqValue(socketDir()))
                                        .arg(Port)
                                        .arg(QLatin1String(RoleName));
    try {
        pqxx::connection connection{adminConnection.toStdString()};
        pqxx::nontransaction tx{connection};
        const auto rows = tx.exec_params("SELECT 1 FROM pg_database WHERE datname = $1", DatabaseName);
        if (rows.empty()) {
            qCInfo(lcEmbeddedPg) << "creating database" << DatabaseName;
            tx.exec(std::string("CREATE DATABASE ") + tx.quote_name(DatabaseName));
        }
    } catch (const std::exception &e) {
        return failure(QStringLiteral("cannot create database %1 in the embedded cluster: %2")
                           .arg(QLatin1String(DatabaseName), QString::fromUtf8(e.what()).trimmed()));
    }
    return {};
}

QString EmbeddedPostgres::logTail(qint64 from) const
{
    QFile log(logFile());
    if (!log.open(QIODevice::ReadOnly))
        return {};
    constexpr qint64 TailBytes = 4096;
    log.seek(std::max(from, log.size() - TailBytes));
    QStringList lines = QString::fromLocal8Bit(log.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.size() > 15)
        lines = lines.mid(lines.size() - 15);
    if (lines.isEmpty())
        return {};
    return QStringLiteral("\n--- last lines of %1 ---\n%2").arg(logFile(), lines.join(QLatin1Char('\n')));
}

Status EmbeddedPostgres::start()
{
    if (m_running)
        return {};
    if (auto status = resolveEnvironment(); !status)
        return status;
    if (auto status = prepareDirectories(); !status)
        return status;
    if (!QFileInfo::exists(clusterDir() + QLatin1String("/PG_VERSION"))) {
        if (auto status = initCluster(); !status)
            return status;
    } else if (auto status = checkClusterVersion(); !status) {
        return status;
    }

    const auto adopted = adoptRunning();
    if (!adopted)
        return adopted.error();
    if (!adopted.value()) {
        if (auto status = launch(); !status)
            return status;
    }
    m_running = true;
    m_adopted = adopted.value();
    return ensureDatabase();
}

Status EmbeddedPostgres::stop()
{
    if (!QFileInfo::exists(clusterDir() + QLatin1String("/PG_VERSION"))) {
        m_running = false;
        return {};
    }
    if (auto status = resolveEnvironment(); !status)
        return status;
    if (!postmasterAlive()) {
        m_running = false;
        return {};
    }
    qCInfo(lcEmbeddedPg).noquote() << "stopping PostgreSQL on" << clusterDir();
    const auto result = ProcessRunner(*m_user).run(tool("pg_ctl"),
                                                   {QStringLiteral("stop"), QStringLiteral("-D"), clusterDir(),
                                                    QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("-w"),
                                                    QStringLiteral("-t"), QString::number(StartTimeoutSeconds)},
                                                   (StartTimeoutSeconds + 30) * 1000);
    if (!result)
        return result.error();
    if (result->exitCode != 0 && postmasterAlive()) {
        return failure(QStringLiteral("PostgreSQL did not stop (pg_ctl exit %1): %2%3")
                           .arg(result->exitCode)
                           .arg(result->output, logTail()));
    }
    m_running = false;
    m_adopted = false;
    return {};
}

} // namespace okna::server

#include "backups/BackupRunner.h"

#include "app/ServerConfig.h"
#include "audit/AuditLog.h"
#include "backups/BackupStore.h"
#include "db/Database.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>

Q_LOGGING_CATEGORY(lcBackups, "okna.server.backups")

namespace okna::server {

namespace {

constexpr int kToolTimeoutMs = 6 * 3600 * 1000; // a dump of a big database may take hours, never forever

ApiError failure(const QString &message)
{
    return ApiError(ErrorCode::Internal, message);
}

// Runs a PostgreSQL tool; a non-zero exit is an error carrying what it printed.
Result<QString> runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(program, arguments);
    if (!process.waitForStarted(30000))
        return failure(QStringLiteral("cannot run %1: %2").arg(program, process.errorString()));
    if (!process.waitForFinished(kToolTimeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return failure(QStringLiteral("%1 did not finish in time").arg(QFileInfo(program).fileName()));
    }
    const QString err = QString::fromUtf8(process.readAllStandardError()).trimmed();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return failure(QStringLiteral("%1 failed (exit %2): %3")
                           .arg(QFileInfo(program).fileName())
                           .arg(process.exitCode())
                           .arg(err.isEmpty() ? QStringLiteral("no message") : err));
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString describeMismatch(const TableCounts &expected, const TableCounts &actual)
{
    QStringList problems;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!actual.contains(it.key()))
            problems << QStringLiteral("%1 missing").arg(it.key());
        else if (actual.value(it.key()) != it.value())
            problems << QStringLiteral("%1: %2 rows dumped, %3 restored")
                            .arg(it.key())
                            .arg(it.value())
                            .arg(actual.value(it.key()));
    }
    for (auto it = actual.cbegin(); it != actual.cend(); ++it)
        if (!expected.contains(it.key()))
            problems << QStringLiteral("%1 unexpected").arg(it.key());
    return problems.join(QStringLiteral("; "));
}

} // namespace

BackupOptions BackupOptions::from(const ServerConfig &config, std::string connectionString)
{
    BackupOptions options;
    options.connectionString = std::move(connectionString);
    options.backupDir = config.effectiveBackupDir();
    bool ok = false;
    const int keep = qEnvironmentVariableIntValue("OKNA_BACKUP_KEEP", &ok);
    options.keep = ok && keep > 0 ? keep : kDefaultKeep;
    options.pgBinDir = qEnvironmentVariable("OKNA_PG_BINDIR");
    if (options.pgBinDir.isEmpty() && QFileInfo::exists(QStringLiteral("/usr/lib/postgresql/15/bin/pg_dump")))
        options.pgBinDir = QStringLiteral("/usr/lib/postgresql/15/bin");
    return options;
}

QString BackupOptions::tool(const char *name) const
{
    // No directory: found on PATH.
    if (pgBinDir.isEmpty())
        return QLatin1String(name);
    return pgBinDir + QLatin1Char('/') + QLatin1String(name);
}

BackupRunner::BackupRunner(Database &database, BackupOptions options)
    : m_database(database)
    , m_options(std::move(options))
{}

Result<PreparedBackup> BackupRunner::prepare(qint64 createdBy)
{
    auto session = BackupSession::open(m_options.connectionString);
    if (!session)
        return session.error();
    const auto locked = session.value()->tryLock();
    if (!locked)
        return locked.error();
    if (!locked.value())
        return ApiError::conflict(QStringLiteral("a backup is already running"));
    const auto id = m_database.transact([&](pqxx::work &tx) -> Result<qint64> {
        BackupStore::failInterrupted(tx);
        return BackupStore::insertRunning(tx, createdBy);
    });
    if (!id)
        return id.error();
    return PreparedBackup{id.value(), std::move(session).value()};
}

BackupOutcome BackupRunner::run(PreparedBackup backup, qint64 userId, const QString &ip)
{
    BackupOutcome outcome;
    outcome.id = backup.id;
    if (!QDir().mkpath(m_options.backupDir)) {
        outcome.error = QStringLiteral("cannot create the backup directory %1").arg(m_options.backupDir);
    } else {
        QFile::setPermissions(m_options.backupDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        outcome.file =
            QDir(m_options.backupDir)
                .absoluteFilePath(QStringLiteral("okna-%1-%2.dump")
                                      .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")))
                                      .arg(backup.id));
        TableCounts counts;
        const Status done = dumpAndVerify(backup, outcome.file, counts);
        if (done) {
            outcome.verified = true;
            outcome.ordersCount = counts.value(QStringLiteral("orders"));
        } else {
            outcome.error = done.error().message();
        }
        const qint64 size = QFileInfo(outcome.file).size();
        if (outcome.verified) {
            const auto recorded = m_database.transact([&](pqxx::work &tx) -> Status {
                BackupStore::markVerified(tx, backup.id, outcome.file, size, counts);
                AuditLog::record(tx,
                                 {userId, QStringLiteral("backup_created"), QStringLiteral("backup:%1").arg(backup.id),
                                  QJsonObject{{QStringLiteral("file"), outcome.file},
                                              {QStringLiteral("size_bytes"), size},
                                              {QStringLiteral("orders_count"), outcome.ordersCount}},
                                  ip});
                return {};
            });
            if (!recorded) {
                outcome.verified = false;
                outcome.error = recorded.error().message();
            }
        }
    }
    backup.session.reset(); // releases the lock
    if (outcome.verified) {
        qCInfo(lcBackups).noquote() << "backup" << outcome.id << "verified:" << outcome.file;
        prune();
        return outcome;
    }

    // An unverified dump is no backup: remove it so nobody restores it by mistake.
    if (!outcome.file.isEmpty())
        QFile::remove(outcome.file);
    qCWarning(lcBackups).noquote() << "backup" << outcome.id << "failed:" << outcome.error;
    const auto recorded = m_database.transact([&](pqxx::work &tx) -> Status {
        BackupStore::markFailed(tx, backup.id, {}, std::nullopt, outcome.error);
        AuditLog::record(tx, {userId, QStringLiteral("backup_failed"), QStringLiteral("backup:%1").arg(backup.id),
                              QJsonObject{{QStringLiteral("error"), outcome.error}}, ip});
        return {};
    });
    if (!recorded)
        qCWarning(lcBackups).noquote() << "cannot record the failed backup:" << recorded.error().message();
    outcome.file.clear();
    return outcome;
}

Status BackupRunner::dumpAndVerify(PreparedBackup &backup, const QString &file, TableCounts &counts)
{
    // 1. The snapshot: rows counted and pg_dump reading the very same data.
    const auto snapshot = backup.session->beginSnapshot();
    if (!snapshot)
        return snapshot.error();
    const auto counted = backup.session->countTables();
    if (!counted)
        return counted.error();
    counts = counted.value();
    const auto dumped = runTool(m_options.tool("pg_dump"),
                                {QStringLiteral("--format=custom"), QStringLiteral("--snapshot=") + snapshot.value(),
                                 QStringLiteral("--file=") + file, QStringLiteral("--dbname"),
                                 QString::fromStdString(m_options.connectionString)});
    if (Status closed = backup.session->endSnapshot(); !closed && dumped)
        return closed;
    if (!dumped)
        return dumped.error();

    // 2. The test restore into a scratch database, always dropped again.
    const QString scratch = QStringLiteral("okna_verify_%1").arg(backup.id);
    if (Status created = backup.session->createDatabase(scratch); !created)
        return created;
    const std::string scratchConnection = BackupSession::withDatabase(m_options.connectionString, scratch);
    Status verified = restoreDump(m_options, scratchConnection, file);
    if (verified) {
        const auto restored = BackupSession::countTablesOf(scratchConnection);
        if (!restored)
            verified = restored.error();
        else if (const QString mismatch = describeMismatch(counts, restored.value()); !mismatch.isEmpty())
            verified = failure(QStringLiteral("the restored copy differs: %1").arg(mismatch));
    }
    const Status dropped = backup.session->dropDatabase(scratch);
    if (!verified)
        return verified;
    return dropped;
}

void BackupRunner::prune()
{
    const auto old = m_database.transact(
        [&](pqxx::work &tx) -> Result<QList<BackupFile>> { return BackupStore::beyondKeep(tx, m_options.keep); });
    if (!old)
        return;
    for (const BackupFile &backup : old.value()) {
        if (!backup.file.isEmpty() && QFileInfo::exists(backup.file) && !QFile::remove(backup.file)) {
            qCWarning(lcBackups).noquote() << "cannot delete the old backup" << backup.file;
            continue;
        }
        const auto removed = m_database.transact([&](pqxx::work &tx) -> Status {
            BackupStore::remove(tx, backup.id);
            return {};
        });
        if (removed)
            qCInfo(lcBackups).noquote() << "deleted old backup" << backup.id << backup.file;
    }
}

Status BackupRunner::checkDump(const BackupOptions &options, const QString &file)
{
    if (!QFileInfo(file).isFile())
        return ApiError::badRequest(QStringLiteral("backup file %1 does not exist").arg(file));
    const auto listed = runTool(options.tool("pg_restore"), {QStringLiteral("--list"), file});
    if (!listed)
        return ApiError::badRequest(
            QStringLiteral("%1 is not a readable okna backup (corrupted or not made by pg_dump -Fc): %2")
                .arg(file, listed.error().message()));
    if (!listed.value().contains(QLatin1String("TABLE public orders")))
        return ApiError::badRequest(QStringLiteral("%1 is not an okna backup: it has no orders table").arg(file));
    return {};
}

Status BackupRunner::restoreDump(const BackupOptions &options, const std::string &connectionString, const QString &file)
{
    const auto restored = runTool(options.tool("pg_restore"),
                                  {QStringLiteral("--exit-on-error"), QStringLiteral("--no-owner"),
                                   QStringLiteral("--no-privileges"), QStringLiteral("--single-transaction"),
                                   QStringLiteral("--dbname"), QString::fromStdString(connectionString), file});
    if (!restored)
        return restored.error();
    return {};
}

} // namespace okna::server

#include "backups/BackupRunner.h"

#include "app/ServerConfig.h"
#include "audit/AuditLog.h"
#include "backups/BackupStore.h"
#include "backups/PgTool.h"
#include "db/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcBackups, "okna.server.backups")

namespace okna::server {

namespace {

ApiError failure(const QString &message)
{
    return ApiError(ErrorCode::Internal, message);
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
        return ApiError::conflict(QCoreApplication::translate("BackupRunner", "a backup is already running"));
    const auto id = m_database.transact([&](pqxx::work &tx) -> Result<qint64> {
        BackupStore::failInterrupted(tx);
        return BackupStore::insertRunning(tx, createdBy);
    });
    if (!id)
        return id.error();
    return PreparedBackup{id.value(), std::move(session).value()};
}

bool BackupRunner::failInterruptedIfIdle()
{
    auto session = BackupSession::open(m_options.connectionString);
    if (!session)
        return false;
    const auto locked = session.value()->tryLock();
    if (!locked || !locked.value())
        return false;
    const auto marked = m_database.transact([](pqxx::work &tx) -> Status {
        BackupStore::failInterrupted(tx);
        return {};
    });
    return marked.ok(); // the session goes, and the lock with it
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
    // The lock is held until the row is final and old backups are pruned: no other backup (nor a
    // GET /backups looking for dead ones) sees this one half-recorded.
    if (outcome.verified) {
        qCInfo(lcBackups).noquote() << "backup" << outcome.id << "verified:" << outcome.file;
        prune();
        backup.session.reset(); // releases the lock
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
    backup.session.reset();
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
    const auto dumped = PgTool(m_options.pgBinDir)
                            .run("pg_dump",
                                 {QStringLiteral("--format=custom"), QStringLiteral("--snapshot=") + snapshot.value(),
                                  QStringLiteral("--file=") + file},
                                 m_options.connectionString);
    if (Status closed = backup.session->endSnapshot(); !closed && dumped)
        return closed;
    if (!dumped)
        return dumped.error();
    // Every order and client phone is in it: the owner alone may read it, as the directory.
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);

    // 2. The test restore into a scratch database, always dropped again.
    const QString scratch = scratchName(backup.session->databaseName(), backup.id);
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
    const PgTool tool(options.pgBinDir);
    const auto listed = tool.run("pg_restore", {QStringLiteral("--list"), file});
    if (!listed)
        return ApiError::badRequest(
            QStringLiteral("%1 is not a readable okna backup (damaged, or not made by okna-server backup): %2")
                .arg(file, listed.error().message()));
    if (!listed.value().contains(QLatin1String("TABLE public orders ")))
        return ApiError::badRequest(QStringLiteral("%1 is not an okna backup: it has no orders table").arg(file));
    // --list reads only the table of contents; a damaged or cut-off data block shows when it is read.
    const auto read = tool.run("pg_restore", {QStringLiteral("--file=/dev/null"), file});
    if (!read)
        return ApiError::badRequest(
            QStringLiteral("%1 is damaged, nothing was restored: %2").arg(file, read.error().message()));
    return {};
}

Status BackupRunner::restoreDump(const BackupOptions &options, const std::string &connectionString, const QString &file)
{
    // One transaction: a dump that fails half-way leaves the database as it was.
    const auto restored = PgTool(options.pgBinDir)
                              .run("pg_restore",
                                   {QStringLiteral("--exit-on-error"), QStringLiteral("--no-owner"),
                                    QStringLiteral("--no-privileges"), QStringLiteral("--single-transaction"), file},
                                   connectionString);
    if (!restored)
        return restored.error();
    return {};
}

QString BackupRunner::scratchName(const QString &sourceDatabase, qint64 backupId)
{
    // PostgreSQL names are at most 63 bytes.
    const QString suffix = QStringLiteral("_verify_%1").arg(backupId);
    QByteArray head = sourceDatabase.toUtf8().left(63 - suffix.size());
    while (!head.isEmpty() && QString::fromUtf8(head).toUtf8() != head) // never cut a character in two
        head.chop(1);
    return QString::fromUtf8(head) + suffix;
}

} // namespace okna::server

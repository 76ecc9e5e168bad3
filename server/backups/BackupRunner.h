// Makes one verified backup: pg_dump -Fc of the snapshot whose rows were counted, a test restore
// into a scratch database, the counts compared, and the result recorded (and audited). Also the
// pg_restore side of `okna-server restore`. Blocking: the server calls it off the request threads.
#pragma once

#include "backups/BackupSession.h"
#include "core/Result.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <string>

namespace okna::server {

class Database;
struct ServerConfig;

struct BackupOptions
{
    static constexpr int kDefaultKeep = 7;

    std::string connectionString; // what the server connects with
    QString backupDir;
    int keep = kDefaultKeep; // verified backups kept; older ones are deleted
    QString pgBinDir;        // pg_dump and pg_restore; empty: on PATH

    // Directory from the config (--backup-dir, OKNA_BACKUP_DIR, backup_dir; default
    // DATA_DIR/backups), keep from OKNA_BACKUP_KEEP, the programs from OKNA_PG_BINDIR or Debian's
    // PostgreSQL 15, as the embedded cluster finds them.
    static BackupOptions from(const ServerConfig &config, std::string connectionString);
};

// A backup that holds the lock and has its `running` row, ready to run.
struct PreparedBackup
{
    qint64 id = 0;
    std::unique_ptr<BackupSession> session;
};

struct BackupOutcome
{
    qint64 id = 0;
    bool verified = false;
    QString file;
    qint64 ordersCount = 0;
    QString error;
};

class BackupRunner
{
public:
    BackupRunner(Database &database, BackupOptions options);

    // Takes the backup lock (409 conflict when another backup runs) and inserts the running row.
    Result<PreparedBackup> prepare(qint64 createdBy);
    // Dumps, verifies and records the outcome; audits backup_created or backup_failed as `userId`.
    BackupOutcome run(PreparedBackup backup, qint64 userId, const QString &ip);
    // Rows left `running` by a process that died (nobody holds the lock) become `failed`. True
    // when it could look (false: a backup is running now, or the database is unreachable).
    bool failInterruptedIfIdle();

    // Reads the whole file with pg_restore (its table of contents, then every data block, whose
    // zlib checksums catch damage) without touching a database: a 400 naming the problem when it
    // is missing, damaged, truncated or no okna dump.
    static Status checkDump(const BackupOptions &options, const QString &file);
    // pg_restore --exit-on-error into the database (which should have an empty public schema).
    static Status restoreDump(const BackupOptions &options, const std::string &connectionString, const QString &file);

    // The database a backup of `source` is test-restored into: named after it and the backup, so
    // that a leftover of a crashed run is the only thing the same name can meet.
    static QString scratchName(const QString &sourceDatabase, qint64 backupId);

private:
    Status dumpAndVerify(PreparedBackup &backup, const QString &file, TableCounts &counts);
    void prune();

    Database &m_database;
    const BackupOptions m_options;
};

} // namespace okna::server

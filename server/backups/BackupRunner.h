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
    QString pgBinDir;        // pg_dump and pg_restore

    // backup dir from the config, keep from OKNA_BACKUP_KEEP, binaries from OKNA_PG_BINDIR or Debian's.
    static BackupOptions from(const ServerConfig &config, std::string connectionString);
    QString tool(const char *name) const;
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

    // pg_restore --list: fails with a clear message when the file is not a readable custom-format dump.
    static Status checkDump(const BackupOptions &options, const QString &file);
    // pg_restore --exit-on-error into the database (which should have an empty public schema).
    static Status restoreDump(const BackupOptions &options, const std::string &connectionString, const QString &file);

private:
    Status dumpAndVerify(PreparedBackup &backup, const QString &file, TableCounts &counts);
    void prune();

    Database &m_database;
    const BackupOptions m_options;
};

} // namespace okna::server

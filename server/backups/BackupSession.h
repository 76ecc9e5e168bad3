// A backup's own PostgreSQL connection, outside the pool: it holds the advisory lock that makes
// backups one at a time across every server instance and the command line (released when the
// connection closes, so a crashed backup never blocks the next), and the REPEATABLE READ
// transaction whose exported snapshot pg_dump reads while the rows are counted in it.
#pragma once

#include "core/Result.h"

#include <QMap>
#include <QString>

#include <pqxx/connection>
#include <pqxx/nontransaction>

#include <memory>
#include <string>

namespace okna::server {

using TableCounts = QMap<QString, qint64>; // table name -> rows

class BackupSession
{
public:
    ~BackupSession();
    Q_DISABLE_COPY_MOVE(BackupSession)

    static Result<std::unique_ptr<BackupSession>> open(const std::string &connectionString);

    // The database this session is connected to.
    QString databaseName() const;

    // False when another backup holds the lock.
    Result<bool> tryLock();

    // Opens the snapshot transaction and returns the id for pg_dump --snapshot; it stays open
    // until endSnapshot().
    Result<QString> beginSnapshot();
    // Rows of every table of the public schema, in the snapshot.
    Result<TableCounts> countTables();
    Status endSnapshot();

    // Outside any transaction (CREATE/DROP DATABASE cannot run in one).
    Status createDatabase(const QString &name);
    Status dropDatabase(const QString &name);

    // Rows of every table of another database (the scratch restore).
    static Result<TableCounts> countTablesOf(const std::string &connectionString);
    // The connection string with its database replaced: URL or keyword form.
    static std::string withDatabase(const std::string &connectionString, const QString &database);

private:
    BackupSession() = default;

    std::unique_ptr<pqxx::connection> m_connection;
    std::unique_ptr<pqxx::nontransaction> m_snapshot;
};

} // namespace okna::server

// SQL for the backups table.
#pragma once

#include "backups/BackupSession.h"
#include "json/Backup.h"

#include <QList>
#include <QTimeZone>

#include <pqxx/transaction>

namespace okna::server {

struct BackupFile
{
    qint64 id = 0;
    QString file;
};

class BackupStore
{
public:
    // Newest first.
    static QList<Backup> list(pqxx::work &tx, const QTimeZone &zone);
    // Call only while holding the backup lock: any row still `running` then belongs to a backup
    // whose process died, so it is marked failed.
    static void failInterrupted(pqxx::work &tx);
    static qint64 insertRunning(pqxx::work &tx, qint64 createdBy);
    static void markVerified(pqxx::work &tx, qint64 id, const QString &file, qint64 sizeBytes,
                             const TableCounts &counts);
    static void markFailed(pqxx::work &tx, qint64 id, const QString &file, std::optional<qint64> sizeBytes,
                           const QString &error);
    // Verified backups beyond the newest `keep`, whose files and rows are to go.
    static QList<BackupFile> beyondKeep(pqxx::work &tx, int keep);
    static void remove(pqxx::work &tx, qint64 id);

    // For `okna-server restore`: tables, views and sequences outside PostgreSQL's own schemas.
    static qint64 userRelationCount(pqxx::work &tx);
    // --force: the public schema (everything okna made) dropped and created empty again.
    static void clearPublicSchema(pqxx::work &tx);
    // Rows still `running` in a restored copy are the backups that were under way when its dump
    // was taken (among them the one that made it): they never finish there.
    static void failRunningAfterRestore(pqxx::work &tx, const QString &file);
    static qint64 ordersCount(pqxx::work &tx);
};

} // namespace okna::server

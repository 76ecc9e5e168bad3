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
};

} // namespace okna::server

#include "backups/BackupStore.h"

#include "db/SqlValue.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <pqxx/result>

namespace okna::server {

QList<Backup> BackupStore::list(pqxx::work &tx, const QTimeZone &zone)
{
    QList<Backup> backups;
    const auto rows = tx.exec("SELECT id, status, file, size_bytes, " OKNA_EPOCH_MS("created_at") ", " OKNA_EPOCH_MS(
        "verified_at") ", orders_count, error FROM backups ORDER BY created_at DESC, id DESC");
    for (const auto &row : rows) {
        Backup backup;
        backup.id = row[0].as<qint64>();
        backup.status = Backup::parseStatus(sql::text(row[1])).value_or(Backup::Status::Failed);
        backup.file = sql::optionalText(row[2]);
        backup.sizeBytes = sql::optionalInt(row[3]);
        backup.createdAt = sql::optionalTime(row[4], zone);
        backup.verifiedAt = sql::optionalTime(row[5], zone);
        backup.ordersCount = sql::optionalInt(row[6]);
        backup.error = sql::optionalText(row[7]);
        backups.append(backup);
    }
    return backups;
}

void BackupStore::failInterrupted(pqxx::work &tx)
{
    tx.exec("UPDATE backups SET status = 'failed', error = 'interrupted: the process running it stopped' "
            "WHERE status = 'running'");
}

qint64 BackupStore::insertRunning(pqxx::work &tx, qint64 createdBy)
{
    const std::optional<qint64> user = createdBy > 0 ? std::optional<qint64>(createdBy) : std::nullopt;
    return tx.exec_params("INSERT INTO backups (status, created_by) VALUES ('running', $1) RETURNING id", user)[0][0]
        .as<qint64>();
}

void BackupStore::markVerified(pqxx::work &tx, qint64 id, const QString &file, qint64 sizeBytes,
                               const TableCounts &counts)
{
    QJsonObject json;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        json.insert(it.key(), it.value());
    const std::optional<qint64> orders = counts.contains(QStringLiteral("orders"))
                                             ? std::optional<qint64>(counts.value(QStringLiteral("orders")))
                                             : std::nullopt;
    tx.exec_params("UPDATE backups SET status = 'verified', file = $2, size_bytes = $3, verified_at = now(), "
                   "orders_count = $4, table_counts = $5::jsonb, error = NULL WHERE id = $1",
                   id, file.toStdString(), sizeBytes, orders,
                   QJsonDocument(json).toJson(QJsonDocument::Compact).toStdString());
}

void BackupStore::markFailed(pqxx::work &tx, qint64 id, const QString &file, std::optional<qint64> sizeBytes,
                             const QString &error)
{
    const std::optional<std::string> path = file.isEmpty() ? std::nullopt : std::optional(file.toStdString());
    tx.exec_params("UPDATE backups SET status = 'failed', file = $2, size_bytes = $3, error = $4 WHERE id = $1", id,
                   path, sizeBytes, error.toStdString());
}

QList<BackupFile> BackupStore::beyondKeep(pqxx::work &tx, int keep)
{
    QList<BackupFile> files;
    const auto rows = tx.exec_params("SELECT id, file FROM backups WHERE status = 'verified' "
                                     "ORDER BY created_at DESC, id DESC OFFSET $1",
                                     keep);
    for (const auto &row : rows)
        files.append({row[0].as<qint64>(), sql::text(row[1])});
    return files;
}

void BackupStore::remove(pqxx::work &tx, qint64 id)
{
    tx.exec_params("DELETE FROM backups WHERE id = $1", id);
}

qint64 BackupStore::userRelationCount(pqxx::work &tx)
{
    return tx
        .exec("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
              "WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') "
              "AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'")[0][0]
        .as<qint64>();
}

void BackupStore::clearPublicSchema(pqxx::work &tx)
{
    tx.exec("DROP SCHEMA public CASCADE");
    tx.exec("CREATE SCHEMA public");
}

void BackupStore::failRunningAfterRestore(pqxx::work &tx, const QString &file)
{
    tx.exec_params("UPDATE backups SET status = 'failed', "
                   "error = 'still running when the dump ' || $1 || ' was taken; this database was restored from it' "
                   "WHERE status = 'running'",
                   file.toStdString());
}

qint64 BackupStore::ordersCount(pqxx::work &tx)
{
    return tx.exec("SELECT count(*) FROM orders")[0][0].as<qint64>();
}

} // namespace okna::server

#include "blacklist/BlacklistStore.h"

#include "db/SqlValue.h"

#include <string>

namespace okna::server {

namespace {

constexpr const char *kColumns = "id, phone, reason, created_by, " OKNA_EPOCH_MS("created_at");

BlacklistEntry fromRow(const pqxx::row &row, const QTimeZone &zone)
{
    BlacklistEntry entry;
    entry.id = row[0].as<qint64>();
    entry.phone = sql::text(row[1]);
    entry.reason = sql::text(row[2]);
    entry.createdBy = sql::optionalInt(row[3]).value_or(0);
    entry.createdAt = sql::time(row[4], zone);
    return entry;
}

} // namespace

QList<BlacklistEntry> BlacklistStore::list(pqxx::work &tx, const QTimeZone &zone)
{
    QList<BlacklistEntry> entries;
    for (const auto &row :
         tx.exec(std::string("SELECT ") + kColumns + " FROM blacklist ORDER BY created_at DESC, id DESC"))
        entries.append(fromRow(row, zone));
    return entries;
}

std::optional<QString> BlacklistStore::reasonFor(pqxx::work &tx, const QString &phone)
{
    const auto rows = tx.exec_params("SELECT reason FROM blacklist WHERE phone = $1", phone.toStdString());
    if (rows.empty())
        return std::nullopt;
    return sql::text(rows[0][0]);
}

std::optional<BlacklistEntry> BlacklistStore::insert(pqxx::work &tx, const QString &phone, const QString &reason,
                                                     qint64 createdBy, const QTimeZone &zone)
{
    const auto rows = tx.exec_params(std::string("INSERT INTO blacklist (phone, reason, created_by) VALUES ($1, $2, $3)"
                                                 " ON CONFLICT (phone) DO NOTHING RETURNING ") +
                                         kColumns,
                                     phone.toStdString(), reason.toStdString(), createdBy);
    if (rows.empty())
        return std::nullopt;
    return fromRow(rows[0], zone);
}

std::optional<BlacklistEntry> BlacklistStore::remove(pqxx::work &tx, qint64 id, const QTimeZone &zone)
{
    const auto rows = tx.exec_params(std::string("DELETE FROM blacklist WHERE id = $1 RETURNING ") + kColumns, id);
    if (rows.empty())
        return std::nullopt;
    return fromRow(rows[0], zone);
}

} // namespace okna::server

#include "settings/SettingsStore.h"

#include "db/SqlValue.h"

namespace okna::server {

QMap<QString, QString> SettingsStore::all(pqxx::work &tx)
{
    QMap<QString, QString> result;
    for (const auto &row : tx.exec("SELECT key, value FROM settings"))
        result.insert(sql::text(row[0]), sql::text(row[1]));
    return result;
}

std::optional<QString> SettingsStore::value(pqxx::work &tx, const QString &key)
{
    const auto rows = tx.exec_params("SELECT value FROM settings WHERE key = $1", key.toStdString());
    if (rows.empty())
        return std::nullopt;
    return sql::text(rows[0][0]);
}

void SettingsStore::set(pqxx::work &tx, const QString &key, const QString &value)
{
    if (value.isEmpty()) {
        tx.exec_params("DELETE FROM settings WHERE key = $1", key.toStdString());
        return;
    }
    tx.exec_params("INSERT INTO settings (key, value) VALUES ($1, $2) "
                   "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()",
                   key.toStdString(), value.toStdString());
}

} // namespace okna::server

#include "audit/AuditStore.h"

#include "db/SqlValue.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <pqxx/result>

namespace okna::server {

namespace {

std::optional<qint64> epochMs(const std::optional<QDateTime> &time)
{
    if (!time)
        return std::nullopt;
    return time->toMSecsSinceEpoch();
}

QJsonValue detailsFrom(const pqxx::field &field)
{
    if (field.is_null())
        return QJsonValue::Null;
    // jsonb is an object for everything AuditLog writes; wrap anything else so it still shows.
    const QByteArray text = QByteArray::fromStdString(field.as<std::string>());
    const QJsonDocument document = QJsonDocument::fromJson(text);
    if (document.isObject())
        return document.object();
    if (document.isArray())
        return document.array();
    return QJsonDocument::fromJson("[" + text + "]").array().at(0);
}

} // namespace

QList<AuditRow> AuditStore::find(pqxx::work &tx, const AuditFilter &filter, const QTimeZone &zone)
{
    const auto rows = tx.exec_params(
        "SELECT id, " OKNA_EPOCH_MS("at") ", user_id, action, target, details::text, ip FROM audit_log "
                                          "WHERE ($1::int8 IS NULL OR at >= to_timestamp($1::int8 / 1000.0)) "
                                          "  AND ($2::int8 IS NULL OR at < to_timestamp($2::int8 / 1000.0)) "
                                          "  AND ($3::int8 IS NULL OR user_id = $3::int8) "
                                          "  AND ($4::text IS NULL OR action = $4::text) "
                                          "  AND ($5::int8 IS NULL OR id < $5::int8) "
                                          "ORDER BY id DESC LIMIT $6",
        epochMs(filter.from), epochMs(filter.to), filter.userId, sql::param(filter.action), filter.beforeId,
        filter.limit);
    QList<AuditRow> result;
    result.reserve(static_cast<qsizetype>(rows.size()));
    for (const auto &row : rows) {
        AuditRow item;
        item.id = row[0].as<qint64>();
        item.entry.at = sql::time(row[1], zone);
        item.entry.userId = sql::optionalInt(row[2]);
        item.entry.action = sql::text(row[3]);
        item.entry.target = sql::optionalText(row[4]);
        item.entry.details = detailsFrom(row[5]);
        item.entry.ip = sql::optionalText(row[6]);
        result.append(item);
    }
    return result;
}

} // namespace okna::server

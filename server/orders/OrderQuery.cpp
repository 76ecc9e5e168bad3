#include "orders/OrderQuery.h"

#include "phone/PhoneNumber.h"
#include "json/Timestamp.h"

#include <QCoreApplication>

namespace okna::server {

namespace {

QString valueOf(const QueryString &query, const QString &key)
{
    return query.value(key).trimmed();
}

std::optional<qint64> positiveInteger(const QString &text)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value <= 0)
        return std::nullopt;
    return value;
}

} // namespace

QString OrderCursor::encode() const
{
    const QByteArray raw = QByteArray::number(createdAtMicros) + ':' + QByteArray::number(id);
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<OrderCursor> OrderCursor::decode(const QString &text)
{
    const auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::Base64UrlEncoding |
                                                                             QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QList<QByteArray> parts = decoded.decoded.split(':');
    if (parts.size() != 2)
        return std::nullopt;
    bool microsOk = false;
    bool idOk = false;
    OrderCursor cursor{parts[0].toLongLong(&microsOk), parts[1].toLongLong(&idOk)};
    if (!microsOk || !idOk || cursor.id <= 0)
        return std::nullopt;
    return cursor;
}

Result<OrderQuery> OrderQuery::fromQuery(const QueryString &query)
{
    OrderQuery result;
    const auto has = [&](const char *key) { return !valueOf(query, QLatin1String(key)).isEmpty(); };
    const auto value = [&](const char *key) { return valueOf(query, QLatin1String(key)); };

    if (has("status")) {
        for (const QString &name : value("status").split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto status = parseOrderStatus(name.trimmed());
            if (!status)
                return ApiError::badRequest(
                    QCoreApplication::translate("OrderQuery", "Unknown order status \"%1\"").arg(name.trimmed()));
            if (!result.statuses.contains(*status))
                result.statuses.append(*status);
        }
    }
    for (const auto &[key, target] :
         {std::pair{"master_id", &result.masterId}, std::pair{"location_id", &result.locationId}}) {
        if (!has(key))
            continue;
        *target = positiveInteger(value(key));
        if (!*target)
            return ApiError::badRequest(
                QCoreApplication::translate("OrderQuery", "%1 must be a positive integer").arg(QLatin1String(key)));
    }
    for (const auto &[key, target] : {std::pair{"from", &result.from}, std::pair{"to", &result.to}}) {
        if (!has(key))
            continue;
        *target = Timestamp::fromQueryValue(value(key));
        if (!*target)
            return ApiError::badRequest(
                QCoreApplication::translate(
                    "OrderQuery", "%1 must be an ISO 8601 timestamp with offset, e.g. 2026-11-25T14:01:00+03:00")
                    .arg(QLatin1String(key)));
    }
    if (has("phone")) {
        auto phone = normalizePhone(value("phone"));
        if (!phone)
            return phone.error();
        result.phone = phone.value();
    }
    if (has("q"))
        result.text = value("q");
    if (has("limit")) {
        const auto limit = positiveInteger(value("limit"));
        if (!limit)
            return ApiError::badRequest(QCoreApplication::translate("OrderQuery", "limit must be a positive integer"));
        result.limit = static_cast<int>(std::min<qint64>(*limit, kMaxLimit));
    }
    if (has("cursor")) {
        result.after = OrderCursor::decode(value("cursor"));
        if (!result.after)
            return ApiError::badRequest(
                QCoreApplication::translate("OrderQuery", "cursor is not a cursor this server gave out"));
    }
    return result;
}

} // namespace okna::server

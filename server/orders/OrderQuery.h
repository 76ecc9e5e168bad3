// The filters of GET /orders and its keyset cursor over (created_at, id), newest first.
#pragma once

#include "core/Result.h"
#include "domain/OrderPageSizes.h"
#include "domain/OrderStatus.h"
#include "url/QueryString.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace okna::server {

// Where a page ended: the last row's created_at (microseconds since the epoch, PostgreSQL's own
// precision, so no two rows collapse) and id. The next page starts strictly after it, so rows
// inserted meanwhile (always newer) neither shift nor repeat the pages still to come.
struct OrderCursor
{
    qint64 createdAtMicros = 0;
    qint64 id = 0;

    QString encode() const;
    static std::optional<OrderCursor> decode(const QString &text);
};

struct OrderQuery
{
    static constexpr int kDefaultLimit = OrderPageSizes::kApiDefault;
    static constexpr int kMaxLimit = 500;

    QList<OrderStatus> statuses; // empty: any
    std::optional<qint64> masterId;
    std::optional<qint64> locationId;
    std::optional<QDateTime> from; // created_at >= from
    std::optional<QDateTime> to;   // created_at < to
    std::optional<QString> phone;  // E.164
    std::optional<QString> text;   // q
    int limit = kDefaultLimit;
    std::optional<OrderCursor> after;

    // Reads the query string: 400 for unknown statuses, non-numbers, timestamps without offset or
    // a foreign cursor; 422 fields.phone for a phone that is not a phone number.
    static Result<OrderQuery> fromQuery(const QueryString &query);
};

} // namespace okna::server

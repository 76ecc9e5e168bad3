#include "orders/search/OrderSearchStore.h"

#include "orders/search/OrderSearchText.h"

#include "db/Prepared.h"
#include "db/SqlValue.h"

#include <algorithm>

namespace okna::server::OrderSearchStore {

namespace {

// The columns a Row is made of, created_at in microseconds (the cursor's precision).
#define OKNA_SEARCH_ROW_COLUMNS                                                                                        \
    "id, " OKNA_EPOCH_US("created_at") ", status, location_id, number, client_name, phone, address"

OrderSearchIndex::Row rowOf(const pqxx::row &row, int first)
{
    OrderSearchIndex::Row result;
    result.id = row[first].as<qint64>();
    result.createdAtMicros = row[first + 1].as<qint64>();
    result.status = parseOrderStatus(sql::text(row[first + 2])).value_or(OrderStatus::New);
    result.locationId = row[first + 3].as<qint64>();
    result.text = orderSearchText(row[first + 4].as<qint64>(), sql::text(row[first + 5]), sql::text(row[first + 6]),
                                  sql::text(row[first + 7]));
    return result;
}

} // namespace

SearchHorizon horizon(pqxx::transaction_base &tx)
{
    const pqxx::row row =
        tx.exec1("SELECT pg_snapshot_xmin(pg_current_snapshot())::text, to_regclass('orders')::oid::int8");
    return {row[0].as<std::string>(), row[1].as<qint64>()};
}

void loadAll(pqxx::transaction_base &tx, int chunkSize,
             const std::function<bool(const std::vector<OrderSearchIndex::Row> &)> &take)
{
    std::optional<std::pair<qint64, qint64>> after;
    for (;;) {
        const pqxx::result rows =
            after ? tx.exec_params("SELECT " OKNA_SEARCH_ROW_COLUMNS " FROM orders"
                                   " WHERE (created_at, id) > (timestamptz 'epoch' + $1 * interval '1 microsecond', $2)"
                                   " ORDER BY created_at, id LIMIT $3",
                                   after->first, after->second, chunkSize)
                  : tx.exec_params("SELECT " OKNA_SEARCH_ROW_COLUMNS " FROM orders ORDER BY created_at, id LIMIT $1",
                                   chunkSize);
        std::vector<OrderSearchIndex::Row> chunk;
        chunk.reserve(rows.size());
        for (const auto &row : rows)
            chunk.push_back(rowOf(row, 0));
        if (!chunk.empty() && !take(chunk))
            return;
        if (static_cast<int>(rows.size()) < chunkSize)
            return;
        after.emplace(chunk.back().createdAtMicros, chunk.back().id);
    }
}

Changes changesSince(pqxx::transaction_base &tx, const SearchHorizon &since, int limit)
{
    // The first row carries the new horizon (the table's oid where the rows have created_at) and
    // nothing else. One statement has one snapshot,
    // so the rows are exactly what committed before the horizon was taken. Ordered by
    // changed_xid, so that the only plan is a walk of its index that stops after the limit,
    // whatever the statistics say: sorted by (created_at, id) here.
    const pqxx::result rows = sql::execPrepared(
        tx, "orders_search_changes",
        "SELECT pg_snapshot_xmin(pg_current_snapshot())::text, NULL::int8, to_regclass('orders')::oid::int8,"
        " NULL::text, NULL::int8, NULL::int8, NULL::text, NULL::text, NULL::text"
        " UNION ALL (SELECT NULL, " OKNA_SEARCH_ROW_COLUMNS " FROM orders WHERE changed_xid >= $1::xid8"
        " AND to_regclass('orders')::oid::int8 = $3 ORDER BY changed_xid LIMIT $2)",
        since.xid, limit + 1, since.table);
    Changes changes;
    for (const auto &row : rows) {
        if (row[1].is_null())
            changes.horizon = {row[0].as<std::string>(), row[2].as<qint64>()};
        else
            changes.rows.push_back(rowOf(row, 1));
    }
    if (static_cast<int>(changes.rows.size()) > limit) {
        changes.overflow = true;
        changes.rows.clear();
    }
    std::sort(changes.rows.begin(), changes.rows.end(), [](const auto &a, const auto &b) {
        return OrderSearchIndex::Hit{a.createdAtMicros, a.id} < OrderSearchIndex::Hit{b.createdAtMicros, b.id};
    });
    return changes;
}

} // namespace okna::server::OrderSearchStore

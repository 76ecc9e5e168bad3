// The SQL of the in-memory search: the whole orders table for a load, and the orders changed
// since a poll's horizon (migration 006).
#pragma once

#include "orders/search/OrderSearchIndex.h"
#include "orders/search/SearchHorizon.h"

#include <pqxx/transaction_base>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace okna::server::OrderSearchStore {

// The oldest transaction id still running in tx's snapshot (every change committed after that
// snapshot is written by a transaction at least this old), and the orders table's oid.
SearchHorizon horizon(pqxx::transaction_base &tx);

// Every order in (created_at, id) order, in chunks of chunkSize handed to take; stops early when
// take returns false. Run in a REPEATABLE READ transaction so that horizon() and every chunk
// see one snapshot.
void loadAll(pqxx::transaction_base &tx, int chunkSize,
             const std::function<bool(const std::vector<OrderSearchIndex::Row> &)> &take);

struct Changes
{
    SearchHorizon horizon;                   // for the next poll
    std::vector<OrderSearchIndex::Row> rows; // in (created_at, id) order
    bool overflow = false;                   // more than the limit changed: load anew
};

// The orders written by transactions at or after since, at most limit, in ONE statement (one
// snapshot for the rows and the new horizon); prepared on the connection.
// A table other than since's shows in the horizon; its rows are not read then.
Changes changesSince(pqxx::transaction_base &tx, const SearchHorizon &since, int limit);

} // namespace okna::server::OrderSearchStore

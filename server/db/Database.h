// The server's only door to PostgreSQL: pooled connections and RAII transactions that turn
// libpqxx exceptions into ApiErrors at this layer's edge.
#pragma once

#include "core/Result.h"
#include "db/ConnectionPool.h"

#include <pqxx/transaction>

#include <functional>
#include <optional>
#include <string>

namespace okna::server {

class Database
{
public:
    Database(std::string connectionString, int maxConnections);

    // Runs fn(tx) in a transaction and commits when it returns a successful Result; an error
    // Result rolls back. A dropped connection before commit or a serialization failure is
    // retried on a fresh transaction, so fn must have no side effects outside tx.
    template <typename Fn> auto transact(Fn &&fn) -> decltype(fn(std::declval<pqxx::work &>()))
    {
        using R = decltype(fn(std::declval<pqxx::work &>()));
        std::optional<R> result;
        const Status status = run([&](pqxx::work &tx) {
            result.emplace(fn(tx));
            return result->ok();
        });
        if (!status.ok())
            return status.error();
        return std::move(*result);
    }

    // True when a pooled connection answers SELECT 1.
    bool isReachable();

    ConnectionPool &pool() { return m_pool; }

    // The constraint or index named in a PostgreSQL error message ("" when none).
    static std::string constraintOf(const pqxx::sql_error &error);

private:
    Status run(const std::function<bool(pqxx::work &)> &body);

    ConnectionPool m_pool;
};

} // namespace okna::server

// The server's only door to PostgreSQL: pooled connections and RAII transactions that turn
// libpqxx exceptions into ApiErrors at this layer's edge.
#pragma once

#include "core/Result.h"
#include "db/ConnectionPool.h"

#include <pqxx/nontransaction>
#include <pqxx/transaction>

#include <functional>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace okna::server {

class Database
{
public:
    Database(std::string connectionString, int maxConnections);

    // Whether a statement may be sent again after its connection broke while it ran.
    enum class Replay
    {
        Safe,   // it reads, or writes something that may safely happen twice
        Unsafe, // it may have committed: the caller gets 503 and looks again
    };

    // Runs fn(tx) in a transaction and commits when it returns a successful Result; an error
    // Result rolls back. A dropped connection before commit or a serialization failure is
    // retried on a fresh transaction, so fn must have no side effects outside tx.
    template <typename Fn> auto transact(Fn &&fn) { return runIn<pqxx::work>(Replay::Safe, std::forward<Fn>(fn)); }

    // Runs fn(tx) where fn sends exactly ONE statement, in autocommit mode: the statement is its
    // own transaction, one round trip instead of three (BEGIN, statement, COMMIT). For the hot
    // paths (authentication, order reads and creates); anything with two statements that must
    // hold together uses transact().
    template <typename Fn> auto autocommit(Replay replay, Fn &&fn)
    {
        return runIn<pqxx::nontransaction>(replay, std::forward<Fn>(fn));
    }

    // Runs `action` once the transaction (or autocommit statement) running on this thread has
    // committed; never when it rolls back, fails or its outcome is unknown. A retried attempt
    // drops what the failed one asked for. Outside transact() and autocommit(): at once.
    static void afterCommit(std::function<void()> action);

    // True when a pooled connection answers SELECT 1.
    bool isReachable();

    ConnectionPool &pool() { return m_pool; }

    // The constraint or index named in a PostgreSQL error message ("" when none).
    static std::string constraintOf(const pqxx::sql_error &error);

private:
    // fn(tx) on a Tx of a pooled connection, returning fn's Result; a pqxx::work commits when
    // that Result is a success and rolls back otherwise.
    template <typename Tx, typename Fn> auto runIn(Replay replay, Fn &&fn) -> decltype(fn(std::declval<Tx &>()))
    {
        using R = decltype(fn(std::declval<Tx &>()));
        std::optional<R> result;
        AfterCommitScope afterCommit;
        const Status status = run(
            [&](pqxx::connection &connection) {
                afterCommit.clear();
                Tx tx(connection);
                result.emplace(fn(tx));
                if constexpr (std::is_same_v<Tx, pqxx::work>) {
                    if (result->ok())
                        tx.commit();
                }
            },
            replay);
        if (!status.ok())
            return status.error();
        if (result->ok())
            afterCommit.runAll();
        return std::move(*result);
    }

    // What afterCommit() was asked for on this thread, within one transact() or autocommit().
    class AfterCommitScope
    {
    public:
        AfterCommitScope();
        ~AfterCommitScope();
        AfterCommitScope(const AfterCommitScope &) = delete;
        AfterCommitScope &operator=(const AfterCommitScope &) = delete;
        void clear() { m_actions.clear(); }
        void runAll();

    private:
        friend class Database;
        std::vector<std::function<void()>> m_actions;
        AfterCommitScope *m_outer;
    };
    static thread_local AfterCommitScope *t_afterCommit;

    Status run(const std::function<void(pqxx::connection &)> &body, Replay replay);

    ConnectionPool m_pool;
};

} // namespace okna::server

#include "db/Database.h"

#include "db/DbError.h"

#include <QLoggingCategory>

#include <pqxx/except>
#include <pqxx/nontransaction>

#include <regex>

Q_LOGGING_CATEGORY(lcDatabase, "okna.server.db")

namespace okna::server {

namespace {
constexpr int kMaxAttempts = 4;
const char *kSerializationFailure = "40001";
const char *kDeadlockDetected = "40P01";
} // namespace

Database::Database(std::string connectionString, int maxConnections)
    : m_pool(std::move(connectionString), maxConnections)
{}

thread_local Database::AfterCommitScope *Database::t_afterCommit = nullptr;

Database::AfterCommitScope::AfterCommitScope()
    : m_outer(t_afterCommit)
{
    t_afterCommit = this;
}

Database::AfterCommitScope::~AfterCommitScope()
{
    t_afterCommit = m_outer;
}

void Database::AfterCommitScope::runAll()
{
    // Taken out first: an action may itself open a transaction on this thread.
    std::vector<std::function<void()>> actions;
    actions.swap(m_actions);
    for (const auto &action : actions)
        action();
}

void Database::afterCommit(std::function<void()> action)
{
    if (t_afterCommit)
        t_afterCommit->m_actions.push_back(std::move(action));
    else
        action();
}

Status Database::run(const std::function<void(pqxx::connection &)> &body, Replay replay)
{
    for (int attempt = 1;; ++attempt) {
        const bool lastAttempt = attempt == kMaxAttempts;
        std::optional<ConnectionPool::Lease> lease;
        try {
            lease.emplace(m_pool.acquire());
            body(**lease);
            return {};
        } catch (const DbError &error) {
            return error.error();
        } catch (const pqxx::in_doubt_error &error) {
            // The commit may or may not have happened: never retry, the caller must look again.
            qCCritical(lcDatabase) << "commit outcome unknown:" << error.what();
            if (lease)
                lease->discard();
            return ApiError::unavailable();
        } catch (const pqxx::broken_connection &error) {
            if (lease)
                lease->discard();
            m_pool.discardIdle();
            qCWarning(lcDatabase) << "database connection lost (attempt" << attempt << "):" << error.what();
            if (lastAttempt || !lease) // could not even connect: the database is down
                return ApiError::unavailable();
            if (replay == Replay::Unsafe) {
                // The pool checked the connection just before; it broke under this statement,
                // which may have committed. Sending it again could do it twice.
                qCCritical(lcDatabase) << "statement outcome unknown after a lost connection";
                return ApiError::unavailable();
            }
        } catch (const pqxx::sql_error &error) {
            if ((error.sqlstate() == kSerializationFailure || error.sqlstate() == kDeadlockDetected) && !lastAttempt)
                continue;
            if (lease && !(*lease)->is_open())
                lease->discard();
            qCCritical(lcDatabase) << "SQL error" << error.sqlstate().c_str() << error.what() << "in"
                                   << error.query().c_str();
            return ApiError::internal();
        } catch (const std::exception &error) {
            if (lease && !(*lease)->is_open())
                lease->discard();
            qCCritical(lcDatabase) << "database error:" << error.what();
            return ApiError::internal();
        }
    }
}

bool Database::isReachable()
{
    try {
        auto lease = m_pool.acquire();
        try {
            pqxx::nontransaction(*lease).exec("SELECT 1");
            return true;
        } catch (const pqxx::broken_connection &) {
            lease.discard();
            m_pool.discardIdle();
        }
        // A pooled connection may have died with a restarted server: try a fresh one once.
        auto fresh = m_pool.acquire();
        pqxx::nontransaction(*fresh).exec("SELECT 1");
        return true;
    } catch (const std::exception &) {
        return false;
    }
}

std::string Database::constraintOf(const pqxx::sql_error &error)
{
    static const std::regex pattern(R"(constraint \"([^\"]+)\")");
    std::cmatch match;
    if (std::regex_search(error.what(), match, pattern))
        return match[1].str();
    return {};
}

} // namespace okna::server

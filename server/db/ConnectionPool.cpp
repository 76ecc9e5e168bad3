#include "db/ConnectionPool.h"

#include <pqxx/nontransaction>

namespace okna::server {

ConnectionPool::ConnectionPool(std::string connectionString, int maxConnections)
    : m_connectionString(std::move(connectionString))
    , m_maxConnections(maxConnections)
{}

ConnectionPool::~ConnectionPool() = default;

ConnectionPool::Lease ConnectionPool::acquire()
{
    std::unique_lock lock(m_mutex);
    m_available.wait(lock, [this] { return !m_idle.empty() || m_open < m_maxConnections; });
    if (!m_idle.empty()) {
        auto connection = std::move(m_idle.back());
        m_idle.pop_back();
        return Lease(this, std::move(connection));
    }
    ++m_open;
    lock.unlock();
    try {
        auto connection = std::make_unique<pqxx::connection>(m_connectionString);
        // Timestamps cross the wire as UTC; the API layer renders them in the business zone.
        pqxx::nontransaction(*connection).exec("SET TIME ZONE 'UTC'");
        return Lease(this, std::move(connection));
    } catch (...) {
        lock.lock();
        --m_open;
        m_available.notify_one();
        throw;
    }
}

void ConnectionPool::discardIdle()
{
    std::lock_guard lock(m_mutex);
    m_open -= static_cast<int>(m_idle.size());
    m_idle.clear();
    m_available.notify_all();
}

void ConnectionPool::release(std::unique_ptr<pqxx::connection> connection, bool discard)
{
    std::lock_guard lock(m_mutex);
    if (discard || !connection->is_open()) {
        --m_open;
        connection.reset();
    } else {
        m_idle.push_back(std::move(connection));
    }
    m_available.notify_one();
}

ConnectionPool::Lease::Lease(ConnectionPool *pool, std::unique_ptr<pqxx::connection> connection)
    : m_pool(pool)
    , m_connection(std::move(connection))
{}

ConnectionPool::Lease::Lease(Lease &&other) noexcept
    : m_pool(other.m_pool)
    , m_connection(std::move(other.m_connection))
    , m_discard(other.m_discard)
{}

ConnectionPool::Lease::~Lease()
{
    if (m_connection)
        m_pool->release(std::move(m_connection), m_discard);
}

} // namespace okna::server

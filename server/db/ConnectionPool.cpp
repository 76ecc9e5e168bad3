#include "db/ConnectionPool.h"

#include <pqxx/except>
#include <pqxx/nontransaction>

#include <sys/socket.h>

#include <cerrno>

namespace okna::server {

namespace {

// An idle connection whose backend has gone (PostgreSQL restarted, an administrator ended it)
// has already been told so: the backend's farewell and the closed socket wait to be read. Looking
// without blocking finds such a connection before a statement is sent on it, when trying another
// connection is still safe even for a write.
bool stillOpen(pqxx::connection &connection)
{
    try {
        // Twice at most: the first read may take the backend's farewell, the second then finds
        // the end of the stream behind it.
        for (int look = 0; look < 2; ++look) {
            connection.get_notifs(); // reads (and drops) whatever the backend sent meanwhile
            if (!connection.is_open())
                return false;
            char byte = 0;
            const ssize_t peeked = ::recv(connection.sock(), &byte, 1, MSG_PEEK | MSG_DONTWAIT);
            if (peeked < 0)
                return errno == EAGAIN || errno == EWOULDBLOCK; // nothing waiting: alive
            if (peeked == 0)
                return false; // end of stream: the backend closed the socket
        }
        return false; // bytes keep arriving on a connection nobody uses: do not trust it
    } catch (const pqxx::broken_connection &) {
        return false;
    }
}

} // namespace

ConnectionPool::ConnectionPool(std::string connectionString, int maxConnections)
    : m_connectionString(std::move(connectionString))
    , m_maxConnections(maxConnections)
{}

ConnectionPool::~ConnectionPool() = default;

ConnectionPool::Lease ConnectionPool::acquire()
{
    std::unique_lock lock(m_mutex);
    m_available.wait(lock, [this] { return !m_idle.empty() || m_open < m_maxConnections; });
    while (!m_idle.empty()) {
        auto connection = std::move(m_idle.back());
        m_idle.pop_back();
        lock.unlock();
        if (stillOpen(*connection))
            return Lease(this, std::move(connection));
        release(std::move(connection), true);
        lock.lock();
        m_available.wait(lock, [this] { return !m_idle.empty() || m_open < m_maxConnections; });
    }
    ++m_open;
    lock.unlock();
    try {
        auto connection = std::make_unique<pqxx::connection>(m_connectionString);
        // Timestamps cross the wire as UTC; the API layer renders them in the business zone.
        // set_variable, unlike a plain SET, is applied again if libpqxx ever reconnects.
        connection->set_variable("timezone", "'UTC'");
        // Requests run short statements on many connections at once: starting parallel workers
        // for one of them costs more than it saves and steals the cores the others need.
        connection->set_variable("max_parallel_workers_per_gather", "0");
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

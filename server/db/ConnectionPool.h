// A bounded pool of libpqxx connections shared by the request threads.
// Broken connections are dropped, so a PostgreSQL restart heals on the next acquire.
#pragma once

#include <pqxx/connection>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace okna::server {

class ConnectionPool
{
public:
    ConnectionPool(std::string connectionString, int maxConnections);
    ~ConnectionPool();

    // Returns a connection to the pool on destruction, or discards it when it is broken.
    class Lease
    {
    public:
        Lease(ConnectionPool *pool, std::unique_ptr<pqxx::connection> connection);
        Lease(Lease &&other) noexcept;
        Lease &operator=(Lease &&) = delete;
        ~Lease();

        pqxx::connection &operator*() const { return *m_connection; }
        pqxx::connection *operator->() const { return m_connection.get(); }
        // Call after a broken_connection: the connection will not go back to the pool.
        void discard() { m_discard = true; }

    private:
        ConnectionPool *m_pool;
        std::unique_ptr<pqxx::connection> m_connection;
        bool m_discard = false;
    };

    // Blocks while all connections are in use; throws pqxx::broken_connection when a new
    // connection cannot be opened.
    Lease acquire();
    const std::string &connectionString() const { return m_connectionString; }
    // After one connection broke (e.g. PostgreSQL restarted) the idle ones are likely dead too.
    void discardIdle();

private:
    void release(std::unique_ptr<pqxx::connection> connection, bool discard);

    const std::string m_connectionString;
    const int m_maxConnections;
    std::mutex m_mutex;
    std::condition_variable m_available;
    std::vector<std::unique_ptr<pqxx::connection>> m_idle;
    int m_open = 0;
};

} // namespace okna::server

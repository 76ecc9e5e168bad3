// Sends this instance's events to every instance through PostgreSQL NOTIFY, many at a time.
//
// A transaction that calls pg_notify takes a database-wide lock at its commit and wakes every
// listening backend, so one NOTIFY per order took about 40% of PostgreSQL's create throughput.
// Here the changes commit without it; their events are handed over after the commit
// (Database::afterCommit) and go out a few milliseconds later, all those of a burst in ONE
// short transaction: one lock, one wake-up, the same notifications in the same order.
//
// The price: an event is not part of its transaction any more. Should this process die in the
// milliseconds between a commit and the NOTIFY, clients of other instances would not hear of
// that change until they load the orders again; the change itself is committed.
#pragma once

#include <QtGlobal>

#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace okna::server {

class Database;

class EventBatcher
{
public:
    explicit EventBatcher(Database &database);
    // Sends what is still waiting, then stops.
    ~EventBatcher();
    EventBatcher(const EventBatcher &) = delete;
    EventBatcher &operator=(const EventBatcher &) = delete;

    // From any thread, after the change has committed. `type` is "order.created", "order.updated"
    // or "master.updated".
    void publish(const char *type, qint64 id);

private:
    struct Event
    {
        const char *type;
        qint64 id;
    };

    void run();
    bool send(const std::vector<Event> &events);

    Database &m_database;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::vector<Event> m_waiting;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace okna::server

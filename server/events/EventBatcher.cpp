#include "events/EventBatcher.h"

#include "db/Database.h"
#include "events/EventPublisher.h"

#include <QLoggingCategory>

#include <chrono>

Q_DECLARE_LOGGING_CATEGORY(lcEvents)

namespace okna::server {

namespace {

// How long the first event of a batch waits for others: short against the second the contract
// allows an event to reach the other instances, long against the time between two creates.
constexpr auto kGather = std::chrono::milliseconds(3);
// How long to wait before sending again when the database did not take a batch.
constexpr auto kRetry = std::chrono::milliseconds(500);

} // namespace

EventBatcher::EventBatcher(Database &database)
    : m_database(database)
    , m_thread([this] { run(); })
{}

EventBatcher::~EventBatcher()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

void EventBatcher::publish(const char *type, qint64 id)
{
    {
        std::lock_guard lock(m_mutex);
        m_waiting.push_back({type, id});
    }
    m_wake.notify_one();
}

void EventBatcher::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stopping || !m_waiting.empty(); });
        if (m_waiting.empty())
            return; // stopping, and nothing left to send
        if (!m_stopping)
            m_wake.wait_for(lock, kGather, [this] { return m_stopping; });
        std::vector<Event> batch;
        batch.swap(m_waiting);
        lock.unlock();
        const bool sent = send(batch);
        lock.lock();
        if (!sent) {
            // Kept, in front of what came meanwhile, and tried again; at shutdown, given up.
            if (m_stopping) {
                qCWarning(lcEvents) << batch.size() << "events were not sent: the database is unreachable";
                continue;
            }
            batch.insert(batch.end(), m_waiting.begin(), m_waiting.end());
            m_waiting.swap(batch);
            m_wake.wait_for(lock, kRetry, [this] { return m_stopping; });
        }
    }
}

bool EventBatcher::send(const std::vector<Event> &events)
{
    std::string types = "{";
    std::string ids = "{";
    for (const Event &event : events) {
        if (types.size() > 1) {
            types += ',';
            ids += ',';
        }
        types += event.type; // dotted words: nothing to quote in an array literal
        ids += std::to_string(event.id);
    }
    types += '}';
    ids += '}';
    // A batch sent twice after a lost connection tells clients of the same change twice, which
    // they take as one: safe to replay.
    const Status sent = m_database.autocommit(Database::Replay::Safe, [&](pqxx::nontransaction &tx) -> Status {
        EventPublisher::notifyAll(tx, types, ids);
        return {};
    });
    if (!sent)
        qCWarning(lcEvents).noquote() << "cannot send events:" << sent.error().message();
    return sent.ok();
}

} // namespace okna::server

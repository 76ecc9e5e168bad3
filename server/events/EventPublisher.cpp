#include "events/EventPublisher.h"

#include "db/Database.h"
#include "events/EventBatcher.h"

#include <atomic>
#include <string>

namespace okna::server {

namespace {
std::atomic<EventBatcher *> g_batcher = nullptr;
} // namespace

EventPublisher::Batching::Batching(Database &database)
    : m_batcher(std::make_unique<EventBatcher>(database))
{
    g_batcher = m_batcher.get();
}

EventPublisher::Batching::~Batching()
{
    g_batcher = nullptr;
}

void EventPublisher::orderCreated(pqxx::transaction_base &tx, qint64 orderId)
{
    notify(tx, "order.created", orderId);
}

void EventPublisher::orderUpdated(pqxx::transaction_base &tx, qint64 orderId)
{
    notify(tx, "order.updated", orderId);
}

void EventPublisher::masterUpdated(pqxx::transaction_base &tx, qint64 masterId)
{
    notify(tx, "master.updated", masterId);
}

void EventPublisher::notify(pqxx::transaction_base &tx, const char *type, qint64 id)
{
    if (EventBatcher *batcher = g_batcher) {
        Database::afterCommit([batcher, type, id] { batcher->publish(type, id); });
        return;
    }
    // Appended piece by piece: GCC 12 warns falsely (-Wrestrict) on "{" + std::to_string(id).
    std::string types = "{";
    types.append(type).append("}");
    std::string ids = "{";
    ids.append(std::to_string(id)).append("}");
    notifyAll(tx, types, ids);
}

void EventPublisher::notifyAll(pqxx::transaction_base &tx, const std::string &types, const std::string &ids)
{
    tx.exec_params("SELECT count(pg_notify($1, format('{\"type\":\"%s\",\"id\":%s}', e.type, e.id)))"
                   " FROM unnest($2::text[], $3::int8[]) AS e(type, id)",
                   std::string(kChannel), types, ids);
}

} // namespace okna::server

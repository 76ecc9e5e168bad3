#include "events/EventPublisher.h"

#include <string>

namespace okna::server {

void EventPublisher::orderUpdated(pqxx::work &tx, qint64 orderId)
{
    notify(tx, "order.updated", orderId);
}

void EventPublisher::masterUpdated(pqxx::work &tx, qint64 masterId)
{
    notify(tx, "master.updated", masterId);
}

void EventPublisher::notify(pqxx::work &tx, const char *type, qint64 id)
{
    const std::string payload = std::string(R"({"type":")") + type + R"(","id":)" + std::to_string(id) + "}";
    tx.exec_params("SELECT pg_notify($1, $2)", kChannel, payload);
}

} // namespace okna::server

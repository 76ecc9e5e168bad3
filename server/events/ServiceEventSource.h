// EventSource over the orders and masters services: events carry exactly what GET /orders/{id}
// and GET /masters show, read through the same code.
#pragma once

#include "events/EventSource.h"

namespace okna::server {

class MasterService;
class OrderService;

class ServiceEventSource : public EventSource
{
public:
    ServiceEventSource(OrderService &orders, MasterService &masters);

    std::optional<QJsonObject> loadOrder(qint64 id) override;
    std::optional<QJsonObject> loadMaster(qint64 id) override;
    QList<qint64> activeOrderIdsOf(const Caller &master) override;

private:
    OrderService &m_orders;
    MasterService &m_masters;
};

} // namespace okna::server

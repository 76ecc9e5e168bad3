#include "events/ServiceEventSource.h"

#include "masters/MasterService.h"
#include "orders/OrderService.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcEvents)

namespace okna::server {

ServiceEventSource::ServiceEventSource(OrderService &orders, MasterService &masters)
    : m_orders(orders)
    , m_masters(masters)
{}

std::optional<QJsonObject> ServiceEventSource::loadOrder(qint64 id)
{
    const auto order = m_orders.find(id);
    if (!order) {
        qCWarning(lcEvents).noquote() << "cannot load order" << id << "for an event:" << order.error().message();
        return std::nullopt;
    }
    return order->toJson();
}

std::optional<QJsonObject> ServiceEventSource::loadMaster(qint64 id)
{
    const auto master = m_masters.find(id);
    if (!master) {
        qCWarning(lcEvents).noquote() << "cannot load master" << id << "for an event:" << master.error().message();
        return std::nullopt;
    }
    return master->toJson();
}

QList<qint64> ServiceEventSource::activeOrderIdsOf(const Caller &master)
{
    OrderQuery query;
    query.statuses = {OrderStatus::Assigned, OrderStatus::InProgress};
    query.masterId = master.userId;
    query.limit = OrderQuery::kMaxLimit; // one, by the busy-master rule
    const auto page = m_orders.list(query, master);
    if (!page) {
        qCWarning(lcEvents).noquote() << "cannot load the active orders of master" << master.userId << ":"
                                      << page.error().message();
        return {};
    }
    QList<qint64> ids;
    for (const auto &order : page->items)
        ids.append(order.id);
    return ids;
}

} // namespace okna::server

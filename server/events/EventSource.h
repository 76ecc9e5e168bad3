// What the event hub loads once per notification, before it fans the event out: the whole
// order of an order.* event, the master row of a master.updated event. Called off the main
// thread, concurrently: implementations must be thread-safe.
#pragma once

#include "auth/Caller.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace okna::server {

class EventSource
{
public:
    virtual ~EventSource() = default;

    // The order as GET /orders/{id} returns it; nullopt when it does not exist or cannot be read now.
    virtual std::optional<QJsonObject> loadOrder(qint64 id) = 0;
    // The master's row as GET /masters lists it; nullopt when he does not exist or cannot be read now.
    virtual std::optional<QJsonObject> loadMaster(qint64 id) = 0;
    // Orders the master holds now (assigned or in progress): they are the ones that can be taken
    // away from him, and he is told once when that happens.
    virtual QList<qint64> activeOrderIdsOf(const Caller &master) = 0;
};

} // namespace okna::server

// Orders and dispatch (API.md "Orders"): create, list, read, edit, and the status workflow of
// OrderTransitions, with history, audit and events written in the same transaction as the change.
#pragma once

#include "auth/Caller.h"
#include "core/Result.h"
#include "domain/OrderAction.h"
#include "orders/OrderQuery.h"
#include "orders/OrderValidator.h"
#include "orders/search/OrderSearch.h"
#include "json/Order.h"
#include "json/OrderHistoryEntry.h"
#include "json/Page.h"

#include <QList>

namespace okna::server {

class BusinessTimeZone;
class Database;

class OrderService
{
public:
    OrderService(Database &database, BusinessTimeZone &timeZone);

    // The in-memory text search of list(); idle until started (a serving okna-server starts it,
    // the commands do not need it): until then PostgreSQL answers every search.
    OrderSearch &search() { return m_search; }

    // input comes from OrderValidator::read(body, true): every required field is set.
    Result<Order> create(const OrderInput &input, bool overrideBlacklist, const Caller &caller, const QString &ip);
    Result<Page<Order>> list(OrderQuery query, const Caller &caller);
    // 403 for a master and an order that is not his.
    Result<Order> find(qint64 id, const Caller &caller);
    // Without an access check: for the event stream, which filters by itself.
    Result<Order> find(qint64 id);
    Result<QList<OrderHistoryEntry>> history(qint64 id, const Caller &caller);
    // 409 version_conflict when version is not the order's; 409 invalid_transition after new/assigned.
    Result<Order> update(qint64 id, qint64 version, const OrderInput &input, bool overrideBlacklist,
                         const Caller &caller, const QString &ip);

    // POST /orders/{id}/assign: also the reassign of an assigned order to another master.
    Result<Order> assign(qint64 id, qint64 masterId, const Caller &caller, const QString &ip);
    Result<Order> unassign(qint64 id, const Caller &caller, const QString &ip);
    Result<Order> start(qint64 id, const Caller &caller, const QString &ip);
    Result<Order> complete(qint64 id, const Caller &caller, const QString &ip);
    Result<Order> refuse(qint64 id, const QString &reason, const Caller &caller, const QString &ip);

private:
    struct TransitionArgs
    {
        std::optional<qint64> masterId; // assign
        std::optional<QString> reason;  // refuse
    };
    Result<Order> transition(qint64 id, OrderAction action, const TransitionArgs &args, const Caller &caller,
                             const QString &ip);

    Database &m_database;
    BusinessTimeZone &m_timeZone;
    OrderSearch m_search;
};

} // namespace okna::server

#include "orders/OrderService.h"

#include "audit/AuditLog.h"
#include "blacklist/BlacklistStore.h"
#include "db/Database.h"
#include "domain/OrderHistory.h"
#include "domain/OrderTransitions.h"
#include "domain/Permissions.h"
#include "events/EventPublisher.h"
#include "locations/LocationStore.h"
#include "masters/MasterStore.h"
#include "notifications/NotificationOutbox.h"
#include "orders/OrderStore.h"
#include "settings/BusinessTimeZone.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLoggingCategory>
#include <algorithm>
#include <vector>

Q_LOGGING_CATEGORY(lcOrders, "okna.server.orders")

namespace okna::server {

namespace {

QString targetOf(qint64 id)
{
    return QStringLiteral("order:%1").arg(id);
}

ApiError orderNotFound()
{
    // A whole sentence, not ApiError::notFound's "%1 not found": Russian needs the noun's gender.
    return {ErrorCode::NotFound, QCoreApplication::translate("OrderService", "Order not found")};
}

ApiError unknownLocation()
{
    return ApiError::validation(QStringLiteral("location_id"),
                                QCoreApplication::translate("OrderService", "is not a known, active location"));
}

ApiError blacklisted(const QString &reason, bool mayOverride)
{
    const QString message =
        mayOverride
            ? QCoreApplication::translate("OrderService",
                                          "This phone number is blacklisted: %1. Confirm to create the order anyway.")
            : QCoreApplication::translate(
                  "OrderService", "This phone number is blacklisted: %1. Only a coordinator or an administrator "
                                  "can accept an order from it.");
    return {ErrorCode::ClientBlacklisted, message.arg(reason)};
}

// A master sees and touches only the orders assigned to him.
bool mayRead(const Caller &caller, const Order &order)
{
    return roleHas(caller.role, Capability::ReadAllOrders) || order.masterId == caller.userId;
}

QJsonValue jsonOf(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

void addChange(QJsonObject &changes, const QString &field, const QJsonValue &oldValue, const QJsonValue &newValue)
{
    if (oldValue != newValue)
        changes.insert(field, QJsonArray{oldValue, newValue});
}

OrderStateChange::Stamp stampOf(OrderAction action)
{
    switch (action) {
    case OrderAction::Assign:
    case OrderAction::Reassign:
        return OrderStateChange::Stamp::Assigned;
    case OrderAction::Start:
        return OrderStateChange::Stamp::Started;
    case OrderAction::Complete:
        return OrderStateChange::Stamp::Completed;
    case OrderAction::Refuse:
        return OrderStateChange::Stamp::Refused;
    case OrderAction::Unassign:
        break;
    }
    return OrderStateChange::Stamp::None;
}

// The masters whose GET /masters row changes when an order goes from `before` to `after`.
QList<qint64> mastersAffected(const Order &before, const Order &after)
{
    const auto holder = [](const Order &order) {
        return isActive(order.status) ? order.masterId : std::optional<qint64>();
    };
    QList<qint64> masters;
    if (holder(before) != holder(after)) {
        if (holder(before))
            masters << *holder(before);
        if (holder(after))
            masters << *holder(after);
    }
    return masters;
}

struct FoundPage
{
    Page<Order> page;
    std::vector<qint64> gone; // found in memory, no longer in the database
};

// The page of what the in-memory search found; nullopt when an order was written at or after
// unchangedSince (OrderStore::listFound). With unchangedSince, an order the database does not
// give back is gone: the index matched it by the very status and district the database holds
// (nothing changed since), so only a delete explains it.
std::optional<FoundPage> foundPage(pqxx::transaction_base &tx, const OrderSearch::Answer &answer,
                                   const std::optional<SearchHorizon> &unchangedSince, const OrderQuery &query,
                                   const QTimeZone &zone)
{
    std::vector<qint64> ids;
    const int shown = std::min<int>(query.limit, static_cast<int>(answer.hits.size()));
    for (int i = 0; i < shown; ++i)
        ids.push_back(answer.hits[i].id);
    auto orders = OrderStore::listFound(tx, ids, unchangedSince, query, zone);
    if (!orders)
        return std::nullopt;
    FoundPage found;
    if (unchangedSince && orders->size() < static_cast<qsizetype>(ids.size())) {
        for (qint64 id : ids) {
            if (std::none_of(orders->cbegin(), orders->cend(), [id](const Order &order) { return order.id == id; }))
                found.gone.push_back(id);
        }
    }
    found.page.items = std::move(*orders);
    if (static_cast<int>(answer.hits.size()) > query.limit) {
        const auto &last = answer.hits[query.limit - 1];
        found.page.nextCursor = OrderCursor{last.createdAtMicros, last.id}.encode();
    }
    return found;
}

// Rounds of an in-memory search that found orders deleted by hand: each drops those it met.
constexpr int kSearchRounds = 3;

} // namespace

OrderService::OrderService(Database &database, BusinessTimeZone &timeZone)
    : m_database(database)
    , m_timeZone(timeZone)
    , m_search(database)
{}

Result<Order> OrderService::create(const OrderInput &input, bool overrideBlacklist, const Caller &caller,
                                   const QString &ip)
{
    const OrderFields fields{input.clientName.value_or(QString()), input.phone.value_or(QString()),
                             input.address.value_or(QString()), input.locationId.value_or(0),
                             input.comment.value_or(QString())};
    const bool mayOverride = roleHas(caller.role, Capability::OverrideBlacklist);
    const QTimeZone zone = m_timeZone.zone();
    // Sent once only: had the connection broken under it, the order may exist already.
    return m_database.autocommit(Database::Replay::Unsafe, [&](pqxx::nontransaction &tx) -> Result<Order> {
        const auto outcome = OrderStore::insert(tx, fields, caller.userId, overrideBlacklist && mayOverride, zone, ip);
        if (!outcome.locationUsable)
            return unknownLocation();
        if (!outcome.order)
            return blacklisted(outcome.blacklistReason.value_or(QString()), mayOverride);
        return *outcome.order;
    });
}

Result<Page<Order>> OrderService::list(OrderQuery query, const Caller &caller)
{
    if (!roleHas(caller.role, Capability::ReadAllOrders)) {
        if (query.masterId && *query.masterId != caller.userId)
            return Page<Order>{};
        query.masterId = caller.userId;
    }
    const QTimeZone zone = m_timeZone.zone();
    // Found in memory, the orders themselves read from the database: first as the index stands,
    // which is right unless an order changed since its last catch-up; else after catching up.
    const auto readFound = [&](const OrderSearch::Answer &answer, const std::optional<SearchHorizon> &unchangedSince) {
        return m_database.autocommit(Database::Replay::Safe,
                                     [&](pqxx::nontransaction &tx) -> Result<std::optional<FoundPage>> {
                                         return foundPage(tx, answer, unchangedSince, query, zone);
                                     });
    };
    for (int round = 0; round < kSearchRounds; ++round) {
        const auto asItStands = m_search.findAsItStands(query);
        if (!asItStands)
            break;
        auto found = readFound(*asItStands, asItStands->horizon);
        if (!found.ok())
            return found.error();
        if (found.value() && found.value()->gone.empty())
            return std::move(found.value()->page);
        if (found.value()) {
            m_search.forget(found.value()->gone);
            continue;
        }
        if (const auto caughtUp = m_search.findCaughtUp(query)) {
            found = readFound(*caughtUp, std::nullopt);
            if (!found.ok())
                return found.error();
            return std::move(found.value()->page);
        }
        break;
    }
    return m_database.autocommit(Database::Replay::Safe, [&](pqxx::nontransaction &tx) -> Result<Page<Order>> {
        return OrderStore::list(tx, query, zone);
    });
}

Result<Order> OrderService::find(qint64 id, const Caller &caller)
{
    auto order = find(id);
    if (order && !mayRead(caller, *order))
        return ApiError::forbidden();
    return order;
}

Result<Order> OrderService::find(qint64 id)
{
    const QTimeZone zone = m_timeZone.zone();
    return m_database.autocommit(Database::Replay::Safe, [&](pqxx::nontransaction &tx) -> Result<Order> {
        if (auto order = OrderStore::find(tx, id, zone))
            return *order;
        return orderNotFound();
    });
}

Result<QList<OrderHistoryEntry>> OrderService::history(qint64 id, const Caller &caller)
{
    const QTimeZone zone = m_timeZone.zone();
    return m_database.transact([&](pqxx::work &tx) -> Result<QList<OrderHistoryEntry>> {
        const auto order = OrderStore::find(tx, id, zone);
        if (!order)
            return orderNotFound();
        if (!mayRead(caller, *order))
            return ApiError::forbidden();
        return OrderStore::history(tx, id, zone);
    });
}

Result<Order> OrderService::update(qint64 id, qint64 version, const OrderInput &input, bool overrideBlacklist,
                                   const Caller &caller, const QString &ip)
{
    const bool mayOverride = roleHas(caller.role, Capability::OverrideBlacklist);
    const QTimeZone zone = m_timeZone.zone();
    return m_database.transact([&](pqxx::work &tx) -> Result<Order> {
        const auto current = OrderStore::find(tx, id, zone, true);
        if (!current)
            return orderNotFound();
        if (!mayRead(caller, *current) || !roleHas(caller.role, Capability::EditOrderClientFields))
            return ApiError::forbidden();
        if (current->version != version) {
            return ApiError(ErrorCode::VersionConflict,
                            QCoreApplication::translate(
                                "OrderService", "Someone else changed this order meanwhile; reload it and try again"));
        }
        if (!Permissions::clientFieldsEditable(current->status)) {
            return ApiError(
                ErrorCode::InvalidTransition,
                QCoreApplication::translate(
                    "OrderService", "Client details can be changed only before the work starts (order is \"%1\")")
                    .arg(label(current->status)));
        }
        const OrderFields fields{input.clientName.value_or(current->clientName), input.phone.value_or(current->phone),
                                 input.address.value_or(current->address),
                                 input.locationId.value_or(current->locationId),
                                 input.comment.value_or(current->comment)};
        QJsonObject changes;
        addChange(changes, QStringLiteral("client_name"), current->clientName, fields.clientName);
        addChange(changes, QStringLiteral("phone"), current->phone, fields.phone);
        addChange(changes, QStringLiteral("address"), current->address, fields.address);
        addChange(changes, QStringLiteral("location_id"), current->locationId, fields.locationId);
        addChange(changes, QStringLiteral("comment"), current->comment, fields.comment);
        if (changes.isEmpty())
            return *current;

        if (changes.contains(QStringLiteral("location_id"))) {
            const auto location = LocationStore::find(tx, fields.locationId);
            if (!location || !location->active)
                return unknownLocation();
        }
        if (changes.contains(QStringLiteral("phone"))) {
            if (const auto reason = BlacklistStore::reasonFor(tx, fields.phone)) {
                if (!overrideBlacklist || !mayOverride)
                    return blacklisted(*reason, mayOverride);
                AuditLog::record(tx, {caller.userId, QStringLiteral("blacklist_overridden"), targetOf(id),
                                      QJsonObject{{QStringLiteral("phone"), fields.phone},
                                                  {QStringLiteral("reason"), *reason},
                                                  {QStringLiteral("number"), current->number}},
                                      ip});
            }
        }
        const Order updated = OrderStore::updateFields(tx, id, fields, zone);
        OrderStore::addHistory(tx, id, caller.userId, wireName(OrderHistoryAction::Updated), changes);
        EventPublisher::orderUpdated(tx, id);
        return updated;
    });
}

Result<Order> OrderService::assign(qint64 id, qint64 masterId, const Caller &caller, const QString &ip)
{
    return transition(id, OrderAction::Assign, {masterId, std::nullopt}, caller, ip);
}

Result<Order> OrderService::unassign(qint64 id, const Caller &caller, const QString &ip)
{
    return transition(id, OrderAction::Unassign, {}, caller, ip);
}

Result<Order> OrderService::start(qint64 id, const Caller &caller, const QString &ip)
{
    return transition(id, OrderAction::Start, {}, caller, ip);
}

Result<Order> OrderService::complete(qint64 id, const Caller &caller, const QString &ip)
{
    return transition(id, OrderAction::Complete, {}, caller, ip);
}

Result<Order> OrderService::refuse(qint64 id, const QString &reason, const Caller &caller, const QString &ip)
{
    return transition(id, OrderAction::Refuse, {std::nullopt, reason}, caller, ip);
}

Result<Order> OrderService::transition(qint64 id, OrderAction requested, const TransitionArgs &args,
                                       const Caller &caller, const QString &ip)
{
    // A role that may never do this learns so before anything is looked up.
    if (!OrderTransitions::canRoleDo(caller.role, requested))
        return ApiError::forbidden();
    const QTimeZone zone = m_timeZone.zone();
    auto result = m_database.transact([&](pqxx::work &tx) -> Result<Order> {
        const auto current = OrderStore::find(tx, id, zone, true);
        if (!current)
            return orderNotFound();
        OrderAction action = requested;
        if (action == OrderAction::Assign && current->status == OrderStatus::Assigned &&
            current->masterId != args.masterId)
            action = OrderAction::Reassign;
        const bool ownOrder = current->masterId == caller.userId;
        const auto target = OrderTransitions::apply(caller.role, action, current->status, ownOrder);
        if (!target)
            return target.error();
        if (action == OrderAction::Assign && current->status == OrderStatus::Assigned)
            return *current; // already his: nothing changes

        OrderStateChange change;
        change.status = *target;
        change.masterId = current->masterId;
        change.stamp = stampOf(action);
        if (action == OrderAction::Assign || action == OrderAction::Reassign) {
            if (!MasterStore::isActiveMaster(tx, *args.masterId)) {
                return ApiError::validation(QStringLiteral("master_id"),
                                            QCoreApplication::translate("OrderService", "is not an active master"));
            }
            change.masterId = args.masterId;
        } else if (action == OrderAction::Unassign) {
            change.masterId.reset();
            change.clearAssignedAt = true;
        } else if (action == OrderAction::Refuse) {
            change.refuseReason = args.reason;
        }
        const Order updated = OrderStore::setState(tx, id, change, zone);
        if (action == OrderAction::Assign || action == OrderAction::Reassign)
            NotificationOutbox::orderAssigned(tx, updated);

        QJsonObject changes;
        addChange(changes, QStringLiteral("status"), wireName(current->status), wireName(updated.status));
        addChange(changes, QStringLiteral("master_id"), jsonOf(current->masterId), jsonOf(updated.masterId));
        if (action == OrderAction::Refuse)
            addChange(changes, QStringLiteral("refuse_reason"), QJsonValue(), *args.reason);
        OrderStore::addHistory(tx, id, caller.userId, wireName(historyActionOf(action)), changes);

        if (action == OrderAction::Reassign) {
            AuditLog::record(tx, {caller.userId, QStringLiteral("order_reassigned"), targetOf(id),
                                  QJsonObject{{QStringLiteral("number"), updated.number},
                                              {QStringLiteral("from_master_id"), jsonOf(current->masterId)},
                                              {QStringLiteral("to_master_id"), jsonOf(updated.masterId)}},
                                  ip});
        } else if (action == OrderAction::Refuse) {
            AuditLog::record(tx, {caller.userId, QStringLiteral("order_refused"), targetOf(id),
                                  QJsonObject{{QStringLiteral("number"), updated.number},
                                              {QStringLiteral("reason"), *args.reason},
                                              {QStringLiteral("status_before"), wireName(current->status)}},
                                  ip});
        }
        EventPublisher::orderUpdated(tx, id);
        for (qint64 masterId : mastersAffected(*current, updated))
            EventPublisher::masterUpdated(tx, masterId);
        return updated;
    });
    if (result)
        qCDebug(lcOrders) << "order" << id << wireName(requested) << "by user" << caller.userId;
    return result;
}

} // namespace okna::server

// SQL for orders and their history. The busy-master rule lives in the database (a partial unique
// index); this store turns its violation into 409 master_busy.
#pragma once

#include "orders/OrderQuery.h"
#include "orders/search/SearchHorizon.h"
#include "json/Order.h"
#include "json/OrderHistoryEntry.h"
#include "json/Page.h"

#include <QJsonObject>
#include <QList>
#include <QTimeZone>

#include <pqxx/transaction>

#include <optional>
#include <vector>

namespace okna::server {

// The client fields of an order, already validated and normalised.
struct OrderFields
{
    QString clientName;
    QString phone; // E.164
    QString address;
    qint64 locationId = 0;
    QString comment;
};

// What one create statement found out: the order, or why there is none.
struct OrderInsertOutcome
{
    std::optional<Order> order;
    bool locationUsable = false;            // exists and is active
    std::optional<QString> blacklistReason; // the phone is blacklisted
};

// A status change as one UPDATE: the new status and master, which timestamp to stamp now().
struct OrderStateChange
{
    enum class Stamp
    {
        None,
        Assigned,
        Started,
        Completed,
        Refused,
    };

    OrderStatus status = OrderStatus::New;
    std::optional<qint64> masterId;
    Stamp stamp = Stamp::None;
    bool clearAssignedAt = false;
    std::optional<QString> refuseReason;
};

class OrderStore
{
public:
    // The name of the partial unique index that keeps a master to one active order.
    static constexpr const char *kOneActivePerMaster = "orders_one_active_per_master";

    // One statement, to run in autocommit mode: checks the location and the blacklist, inserts the
    // order (unless the location is unusable, or the phone is blacklisted and !overrideBlacklist),
    // its `created` history row, its Telegram message, the audit of an override (by createdBy
    // from ip), and announces order.created.
    static OrderInsertOutcome insert(pqxx::transaction_base &tx, const OrderFields &fields, qint64 createdBy,
                                     bool overrideBlacklist, const QTimeZone &zone, const QString &ip);

    // FOR UPDATE when lock is true: serialises changes of one order.
    static std::optional<Order> find(pqxx::transaction_base &tx, qint64 id, const QTimeZone &zone, bool lock = false);
    static Page<Order> list(pqxx::transaction_base &tx, const OrderQuery &query, const QTimeZone &zone);
    // The orders of ids, newest first, that still pass query's status and district filters (the
    // in-memory search found them; one may have moved on since). With unchangedSince, only if no
    // order was written by a transaction at or after its xid and the orders table is still the one
    // it names, checked in the same statement and snapshot (OrderSearch::findAsItStands); nullopt
    // when not.
    static std::optional<QList<Order>> listFound(pqxx::transaction_base &tx, const std::vector<qint64> &ids,
                                                 const std::optional<SearchHorizon> &unchangedSince,
                                                 const OrderQuery &query, const QTimeZone &zone);
    static QList<OrderHistoryEntry> history(pqxx::work &tx, qint64 orderId, const QTimeZone &zone);
    static bool hasAny(pqxx::work &tx);

    // Both bump version and updated_at. setState throws DbError(master_busy) when the master
    // already holds another active order.
    static Order updateFields(pqxx::work &tx, qint64 id, const OrderFields &fields, const QTimeZone &zone);
    static Order setState(pqxx::work &tx, qint64 id, const OrderStateChange &change, const QTimeZone &zone);

    static void addHistory(pqxx::work &tx, qint64 orderId, qint64 userId, const QString &action,
                           const QJsonObject &changes);

    // For demo data: an order with all its timestamps given, and its history rows. Returns the id.
    static qint64 insertSeeded(pqxx::work &tx, const Order &order);
    static void addSeededHistory(pqxx::work &tx, qint64 orderId, const QDateTime &at, std::optional<qint64> userId,
                                 const QString &action, const QJsonObject &changes);
};

} // namespace okna::server

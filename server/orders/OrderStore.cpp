#include "orders/OrderStore.h"

#include "orders/search/OrderSearchText.h"

#include "db/Database.h"
#include "db/DbError.h"
#include "db/Prepared.h"
#include "db/SqlValue.h"
#include "domain/OrderPageSizes.h"
#include "events/EventPublisher.h"
#include "notifications/NotificationOutbox.h"
#include "json/Timestamp.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <pqxx/except>

#include <algorithm>
#include <string>
#include <vector>

namespace okna::server {

namespace {

// Every column of the order object, in Order's field order; timestamps as epoch milliseconds.
// clang-format off
#define OKNA_ORDER_COLUMNS                                                                         \
    "id, number, status, client_name, phone, address, location_id, comment, master_id, created_by, " \
    OKNA_EPOCH_MS("created_at") ", " OKNA_EPOCH_MS("assigned_at") ", "                             \
    OKNA_EPOCH_MS("started_at") ", " OKNA_EPOCH_MS("completed_at") ", "                            \
    OKNA_EPOCH_MS("refused_at") ", refuse_reason, version, " OKNA_EPOCH_MS("updated_at")
// clang-format on
constexpr int kColumnCount = 18;
// How many of the newest orders a text search walks before it asks the trigram index: about 2 ms
// of LIKE on folded text, and enough to fill a page for any needle in more than 1% of orders.
constexpr int kSearchWindow = 5000;

// The created order, its `created` history entry with every initial value, its Telegram message
// in the outbox and the audit of a blacklist override, in ONE statement run in autocommit mode:
// the statement is its own transaction, so a create costs a single round trip. Its event follows
// the commit (EventPublisher).
const std::string kInsertName = "okna_orders_insert";
const std::string kInsertSql =
    "WITH loc AS (SELECT active FROM locations WHERE id = $4),"
    " bl AS (SELECT reason FROM blacklist WHERE phone = $2),"
    " ins AS (INSERT INTO orders (client_name, phone, address, location_id, comment, created_by)"
    "  SELECT $1, $2, $3, $4, $5, $6"
    "  WHERE EXISTS (SELECT 1 FROM loc WHERE active) AND ($7 OR NOT EXISTS (SELECT 1 FROM bl))"
    "  RETURNING *),"
    // 'created': OrderHistoryAction::Created.
    " hist AS (INSERT INTO order_history (order_id, at, user_id, action, changes)"
    "  SELECT id, created_at, created_by, 'created', jsonb_build_object("
    "   'status', jsonb_build_array(NULL, status), 'client_name', jsonb_build_array(NULL, client_name),"
    "   'phone', jsonb_build_array(NULL, phone), 'address', jsonb_build_array(NULL, address),"
    "   'location_id', jsonb_build_array(NULL, location_id), 'comment', jsonb_build_array(NULL, comment))"
    "  FROM ins),"
    // NotificationOutbox::newOrderFormat: the number and the time of creation in the business zone.
    " tg AS (INSERT INTO telegram_outbox (kind, chat_id, text)"
    "  SELECT 'new_order', (SELECT value FROM settings WHERE key = 'telegram_chat_id'),"
    "   format($8, number, to_char(created_at AT TIME ZONE $9, 'HH24:MI'))"
    "  FROM ins),"
    // Only an order let through despite the blacklist (ins and bl both have a row) is audited.
    " aud AS (INSERT INTO audit_log (user_id, action, target, details, ip)"
    "  SELECT ins.created_by, 'blacklist_overridden', 'order:' || ins.id,"
    "   jsonb_build_object('phone', ins.phone, 'reason', bl.reason, 'number', ins.number), $10"
    "  FROM ins, bl)"
    " SELECT " OKNA_ORDER_COLUMNS ", (SELECT active FROM loc), (SELECT reason FROM bl)"
    " FROM (VALUES (1)) AS one (x) LEFT JOIN ins ON true";

const std::string kFindName = "okna_orders_find";
const std::string kFindSql = "SELECT " OKNA_ORDER_COLUMNS " FROM orders WHERE id = $1";
const std::string kLockName = "okna_orders_lock";
const std::string kLockSql = "SELECT " OKNA_ORDER_COLUMNS " FROM orders WHERE id = $1 FOR UPDATE";

Order fromRow(const pqxx::row &row, const QTimeZone &zone)
{
    Order order;
    order.id = row[0].as<qint64>();
    order.number = row[1].as<qint64>();
    order.status = parseOrderStatus(sql::text(row[2])).value_or(OrderStatus::New);
    order.clientName = sql::text(row[3]);
    order.phone = sql::text(row[4]);
    order.address = sql::text(row[5]);
    order.locationId = row[6].as<qint64>();
    order.comment = sql::text(row[7]);
    order.masterId = sql::optionalInt(row[8]);
    order.createdBy = row[9].as<qint64>();
    order.createdAt = sql::time(row[10], zone);
    order.assignedAt = sql::optionalTime(row[11], zone);
    order.startedAt = sql::optionalTime(row[12], zone);
    order.completedAt = sql::optionalTime(row[13], zone);
    order.refusedAt = sql::optionalTime(row[14], zone);
    order.refuseReason = sql::optionalText(row[15]);
    order.version = row[16].as<qint64>();
    order.updatedAt = sql::time(row[17], zone);
    return order;
}

std::string timeParam(const QDateTime &at)
{
    return Timestamp::toString(at).toStdString();
}

std::optional<std::string> timeParam(const std::optional<QDateTime> &at)
{
    if (!at)
        return std::nullopt;
    return timeParam(*at);
}

// A PostgreSQL array literal of plain items (numbers, wire names): "{a,b}".
std::string arrayLiteral(const QStringList &items)
{
    return QString(QLatin1Char('{') + items.join(QLatin1Char(',')) + QLatin1Char('}')).toStdString();
}

// The statuses as a text[] parameter; none (any status) is NULL.
std::optional<std::string> statusArray(const QList<OrderStatus> &statuses)
{
    if (statuses.isEmpty())
        return std::nullopt;
    QStringList names;
    for (OrderStatus status : statuses)
        names << wireName(status);
    return arrayLiteral(names);
}

// q as a LIKE pattern over the folded search text.
std::string searchPattern(const QString &text)
{
    QString needle = searchNeedle(text);
    needle.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QString(QLatin1Char('%') + needle + QLatin1Char('%')).toStdString();
}

const char *stampColumn(OrderStateChange::Stamp stamp)
{
    switch (stamp) {
    case OrderStateChange::Stamp::None:
        return nullptr;
    case OrderStateChange::Stamp::Assigned:
        return "assigned_at";
    case OrderStateChange::Stamp::Started:
        return "started_at";
    case OrderStateChange::Stamp::Completed:
        return "completed_at";
    case OrderStateChange::Stamp::Refused:
        return "refused_at";
    }
    return nullptr;
}

} // namespace

OrderInsertOutcome OrderStore::insert(pqxx::transaction_base &tx, const OrderFields &fields, qint64 createdBy,
                                      bool overrideBlacklist, const QTimeZone &zone, const QString &ip)
{
    const auto rows = sql::execPrepared(
        tx, kInsertName, kInsertSql, fields.clientName.toStdString(), fields.phone.toStdString(),
        fields.address.toStdString(), fields.locationId, fields.comment.toStdString(), createdBy, overrideBlacklist,
        NotificationOutbox::newOrderFormat(fields.clientName, fields.address).toStdString(), zone.id().toStdString(),
        ip.isEmpty() ? std::nullopt : std::optional(ip.toStdString()));
    const auto &row = rows[0];
    OrderInsertOutcome outcome;
    outcome.locationUsable = !row[kColumnCount].is_null() && row[kColumnCount].as<bool>();
    outcome.blacklistReason = sql::optionalText(row[kColumnCount + 1]);
    if (!row[0].is_null()) {
        outcome.order = fromRow(row, zone);
        EventPublisher::orderCreated(tx, outcome.order->id);
    }
    return outcome;
}

std::optional<Order> OrderStore::find(pqxx::transaction_base &tx, qint64 id, const QTimeZone &zone, bool lock)
{
    const auto rows =
        lock ? sql::execPrepared(tx, kLockName, kLockSql, id) : sql::execPrepared(tx, kFindName, kFindSql, id);
    if (rows.empty())
        return std::nullopt;
    return fromRow(rows[0], zone);
}

bool OrderStore::hasAny(pqxx::work &tx)
{
    return !tx.exec("SELECT 1 FROM orders LIMIT 1").empty();
}

Page<Order> OrderStore::list(pqxx::transaction_base &tx, const OrderQuery &query, const QTimeZone &zone)
{
    // Built per request from the filters at hand; every value travels as a parameter.
    std::vector<std::string> params;
    QStringList conditions;
    const auto param = [&](std::string value, const char *type) {
        params.push_back(std::move(value));
        return QStringLiteral("$%1::%2").arg(params.size()).arg(QLatin1String(type));
    };
    const bool searching = query.text && !query.text->isEmpty();
    const int equalityFilters = int(query.statuses.size() == 1) + int(query.masterId.has_value()) +
                                int(query.locationId.has_value()) + int(query.phone.has_value());
    // With at most one equality filter and no search, one plan is best for every value: the
    // filter's (column, created_at, id) index hands the page out in order. Such a statement is
    // prepared once per connection (see below), and the plan is pinned: the filter is written
    // as `= ANY(ARRAY[value])` and leads the ORDER BY, which keeps the page the same (one value)
    // but leaves the filter's index the only plan without a sort. PostgreSQL would otherwise walk
    // created_at for any value it believes common and filter, and the newest orders may have none
    // of it: after a busy morning of new orders, "done" was 11,000 rows down that walk (17 ms).
    // The page size is part of the statement (PostgreSQL plans a LIMIT it cannot see as a large
    // one), so only the sizes the clients use are prepared: a connection then holds a bounded
    // number of statements whatever limits arrive.
    const bool usualPageSize =
        std::find(OrderPageSizes::kAll.begin(), OrderPageSizes::kAll.end(), query.limit) != OrderPageSizes::kAll.end();
    const bool onePlanFitsAll = !searching && query.statuses.size() <= 1 && equalityFilters <= 1;
    QString leadingSortColumn;
    const auto equality = [&](const char *column, std::string value, const char *type) {
        const QString placeholder = param(std::move(value), type);
        if (!onePlanFitsAll)
            return QStringLiteral("%1 = %2").arg(QLatin1String(column), placeholder);
        leadingSortColumn = QLatin1String(column) + QStringLiteral(", ");
        return QStringLiteral("%1 = ANY(ARRAY[%2])").arg(QLatin1String(column), placeholder);
    };
    if (query.statuses.size() == 1) {
        conditions << equality("status", wireName(query.statuses.first()).toStdString(), "text");
    } else if (!query.statuses.isEmpty()) {
        conditions << QStringLiteral("status = ANY(%1)").arg(param(*statusArray(query.statuses), "text[]"));
    }
    if (query.masterId)
        conditions << equality("master_id", std::to_string(*query.masterId), "int8");
    if (query.locationId)
        conditions << equality("location_id", std::to_string(*query.locationId), "int8");
    if (query.from)
        conditions << QStringLiteral("created_at >= %1").arg(param(timeParam(*query.from), "timestamptz"));
    if (query.to)
        conditions << QStringLiteral("created_at < %1").arg(param(timeParam(*query.to), "timestamptz"));
    if (query.phone)
        conditions << equality("phone", query.phone->toStdString(), "text");
    if (query.after) {
        const QString micros = param(std::to_string(query.after->createdAtMicros), "int8");
        const QString id = param(std::to_string(query.after->id), "int8");
        conditions << QStringLiteral("(created_at, id) < (timestamptz 'epoch' + %1 * interval '1 microsecond', %2)")
                          .arg(micros, id);
    }
    const QString where =
        conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    const QString columns = QStringLiteral(OKNA_ORDER_COLUMNS ", " OKNA_EPOCH_US("created_at"));
    const QString newestFirst = QStringLiteral(" ORDER BY created_at DESC, id DESC LIMIT %1").arg(query.limit + 1);

    QString statement;
    if (!searching) {
        statement = QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM orders") + where +
                    QStringLiteral(" ORDER BY ") + leadingSortColumn +
                    QStringLiteral("created_at DESC, id DESC LIMIT %1").arg(query.limit + 1);
    } else {
        // A substring needs two ways, each cheap where the other is not, and the planner cannot
        // tell which one a needle needs (it guesses every long needle rare). A needle found often
        // (a surname, a street) fills the page from the newest orders within the first rows
        // walked, while the trigram index would have to read huge posting lists of its common
        // trigrams. A rare needle (phone digits, a number) is found at once by the trigram index,
        // while a walk would read the whole table. So the newest kSearchWindow rows are walked
        // first, and only when they do not fill the page does the trigram index look for more,
        // among the older rows alone.
        const QString like =
            QStringLiteral("search_text LIKE lower(%1)").arg(param(searchPattern(*query.text), "text"));
        const QString andWhere = conditions.isEmpty() ? QStringLiteral(" WHERE ") : where + QStringLiteral(" AND ");
        const QString window = QString::number(kSearchWindow);
        statement = QStringLiteral("WITH recent AS MATERIALIZED (SELECT ") + columns +
                    QStringLiteral(" FROM (SELECT * FROM orders") + where +
                    QStringLiteral(" ORDER BY created_at DESC, id DESC LIMIT ") + window +
                    QStringLiteral(") walked WHERE ") + like + newestFirst +
                    QStringLiteral("), edge AS (SELECT created_at, id FROM orders") + where +
                    QStringLiteral(" ORDER BY created_at DESC, id DESC OFFSET ") + QString::number(kSearchWindow - 1) +
                    QStringLiteral(" LIMIT 1) SELECT * FROM recent UNION ALL (SELECT ") + columns +
                    QStringLiteral(" FROM orders") + andWhere + like +
                    QStringLiteral(" AND (created_at, id) < (SELECT created_at, id FROM edge)"
                                   " AND (SELECT count(*) FROM recent) <= %1")
                        .arg(query.limit) +
                    newestFirst +
                    // Both halves in one page; by position: the union's columns are nameless.
                    QStringLiteral(") ORDER BY %1 DESC, 1 DESC LIMIT %2").arg(kColumnCount + 1).arg(query.limit + 1);
    }

    // A prepared statement is parsed once per connection, and PostgreSQL may settle on a generic
    // plan for it: right only where one plan fits every value. With two equality filters, a list
    // of statuses or a search, the best index depends on how common each value is, so those
    // statements are planned afresh with their values.
    const std::string sql = statement.toStdString();
    const auto rows = onePlanFitsAll && usualPageSize
                          ? sql::execPrepared(tx, "orders_list_" + std::to_string(qHash(statement)), sql,
                                              pqxx::prepare::make_dynamic_params(params))
                          : tx.exec_params(sql, pqxx::prepare::make_dynamic_params(params));
    Page<Order> page;
    const int shown = std::min<int>(static_cast<int>(rows.size()), query.limit);
    for (int i = 0; i < shown; ++i)
        page.items.append(fromRow(rows[i], zone));
    if (static_cast<int>(rows.size()) > query.limit) {
        const auto &last = rows[shown - 1];
        page.nextCursor = OrderCursor{last[kColumnCount].as<qint64>(), last[0].as<qint64>()}.encode();
    }
    return page;
}

std::optional<QList<Order>> OrderStore::listFound(pqxx::transaction_base &tx, const std::vector<qint64> &ids,
                                                  const std::optional<SearchHorizon> &unchangedSince,
                                                  const OrderQuery &query, const QTimeZone &zone)
{
    QStringList idList;
    for (qint64 id : ids)
        idList << QString::number(id);
    // One plan fits every value: the ids lead through the primary key, and the check reads the
    // last entry of the changed_xid index. (Not EXISTS (... changed_xid >= $4): PostgreSQL drops
    // an ORDER BY inside EXISTS, and the generic plan then scanned the whole table, 260 ms at a
    // million orders.) The check's one row comes back even when no order does: (no order, changed).
    // to_regclass, not 'orders'::regclass: a function is looked up when it runs, a constant when
    // the statement is prepared.
    std::optional<std::string> xid;
    std::optional<qint64> table;
    if (unchangedSince) {
        xid = unchangedSince->xid;
        table = unchangedSince->table;
    }
    const auto rows =
        sql::execPrepared(tx, "orders_list_found",
                          "SELECT o.*, s.changed FROM (SELECT $4::xid8 IS NOT NULL"
                          "  AND (coalesce((SELECT max(changed_xid) FROM orders) >= $4::xid8, false)"
                          "       OR to_regclass('orders')::oid::int8 IS DISTINCT FROM $5::int8) AS changed) s"
                          " LEFT JOIN LATERAL (SELECT " OKNA_ORDER_COLUMNS ", created_at AS sort_at FROM orders"
                          "  WHERE id = ANY($1::int8[]) AND ($2::text[] IS NULL OR status = ANY($2::text[]))"
                          "  AND ($3::int8 IS NULL OR location_id = $3::int8)) o ON true"
                          " ORDER BY o.sort_at DESC, o.id DESC",
                          arrayLiteral(idList), statusArray(query.statuses), query.locationId, xid, table);
    if (rows.empty() || rows[0][kColumnCount + 1].as<bool>())
        return std::nullopt;
    QList<Order> orders;
    orders.reserve(static_cast<qsizetype>(rows.size()));
    for (const auto &row : rows) {
        if (!row[0].is_null())
            orders.append(fromRow(row, zone));
    }
    return orders;
}

QList<OrderHistoryEntry> OrderStore::history(pqxx::work &tx, qint64 orderId, const QTimeZone &zone)
{
    QList<OrderHistoryEntry> entries;
    const auto rows =
        tx.exec_params("SELECT " OKNA_EPOCH_MS("h.at") ", h.user_id, h.action, h.changes::text, u.full_name"
                                                       " FROM order_history h LEFT JOIN users u ON u.id = h.user_id"
                                                       " WHERE h.order_id = $1 ORDER BY h.id",
                       orderId);
    for (const auto &row : rows) {
        OrderHistoryEntry entry;
        entry.at = sql::time(row[0], zone);
        entry.userId = sql::optionalInt(row[1]);
        entry.userName = sql::optionalText(row[4]);
        entry.action = sql::text(row[2]);
        const QJsonObject changes =
            QJsonDocument::fromJson(QByteArray::fromStdString(row[3].as<std::string>())).object();
        for (auto it = changes.begin(); it != changes.end(); ++it) {
            const QJsonArray pair = it.value().toArray();
            entry.changes.insert(it.key(), {pair.at(0), pair.at(1)});
        }
        entries.append(entry);
    }
    return entries;
}

Order OrderStore::updateFields(pqxx::work &tx, qint64 id, const OrderFields &fields, const QTimeZone &zone)
{
    const auto rows =
        tx.exec_params("UPDATE orders SET client_name = $2, phone = $3, address = $4, location_id = $5, comment = $6,"
                       " version = version + 1, updated_at = now() WHERE id = $1 RETURNING " OKNA_ORDER_COLUMNS,
                       id, fields.clientName.toStdString(), fields.phone.toStdString(), fields.address.toStdString(),
                       fields.locationId, fields.comment.toStdString());
    return fromRow(rows[0], zone);
}

Order OrderStore::setState(pqxx::work &tx, qint64 id, const OrderStateChange &change, const QTimeZone &zone)
{
    std::string statement = "UPDATE orders SET status = $2, master_id = $3, version = version + 1, updated_at = now()";
    if (const char *column = stampColumn(change.stamp))
        statement += std::string(", ") + column + " = now()";
    if (change.clearAssignedAt)
        statement += ", assigned_at = NULL";
    statement += ", refuse_reason = COALESCE($4, refuse_reason)";
    statement += " WHERE id = $1 RETURNING " OKNA_ORDER_COLUMNS;
    try {
        const auto rows = tx.exec_params(statement, id, wireName(change.status).toStdString(), change.masterId,
                                         sql::param(change.refuseReason));
        return fromRow(rows[0], zone);
    } catch (const pqxx::unique_violation &error) {
        if (Database::constraintOf(error) != kOneActivePerMaster)
            throw;
        throw DbError(ApiError(ErrorCode::MasterBusy,
                               QCoreApplication::translate("OrderStore", "This master already has an active order; "
                                                                         "finish or unassign it first")));
    }
}

void OrderStore::addHistory(pqxx::work &tx, qint64 orderId, qint64 userId, const QString &action,
                            const QJsonObject &changes)
{
    tx.exec_params("INSERT INTO order_history (order_id, user_id, action, changes) VALUES ($1, $2, $3, $4::jsonb)",
                   orderId, userId, action.toStdString(),
                   QJsonDocument(changes).toJson(QJsonDocument::Compact).toStdString());
}

qint64 OrderStore::insertSeeded(pqxx::work &tx, const Order &order)
{
    return tx
        .exec_params1(
            "INSERT INTO orders (status, client_name, phone, address, location_id, comment, master_id, created_by,"
            " created_at, assigned_at, started_at, completed_at, refused_at, refuse_reason, version, updated_at)"
            " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::timestamptz, $10::timestamptz, $11::timestamptz,"
            " $12::timestamptz, $13::timestamptz, $14, $15, $16::timestamptz) RETURNING id",
            wireName(order.status).toStdString(), order.clientName.toStdString(), order.phone.toStdString(),
            order.address.toStdString(), order.locationId, order.comment.toStdString(), order.masterId, order.createdBy,
            timeParam(order.createdAt), timeParam(order.assignedAt), timeParam(order.startedAt),
            timeParam(order.completedAt), timeParam(order.refusedAt), sql::param(order.refuseReason), order.version,
            timeParam(order.updatedAt))[0]
        .as<qint64>();
}

void OrderStore::addSeededHistory(pqxx::work &tx, qint64 orderId, const QDateTime &at, std::optional<qint64> userId,
                                  const QString &action, const QJsonObject &changes)
{
    tx.exec_params("INSERT INTO order_history (order_id, at, user_id, action, changes)"
                   " VALUES ($1, $2::timestamptz, $3, $4, $5::jsonb)",
                   orderId, timeParam(at), userId, action.toStdString(),
                   QJsonDocument(changes).toJson(QJsonDocument::Compact).toStdString());
}

} // namespace okna::server

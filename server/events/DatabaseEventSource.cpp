#include "events/DatabaseEventSource.h"

#include "db/Database.h"
#include "db/SqlValue.h"
#include "domain/MasterStatus.h"
#include "domain/OrderStatus.h"
#include "settings/BusinessTimeZone.h"
#include "json/MasterRow.h"
#include "json/Order.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcEvents)

namespace okna::server {

namespace {

// Only events need these reads; the orders and masters services keep their own SQL for the API.
constexpr const char *kOrderSql =
    "SELECT id, number, status, client_name, phone, address, location_id, comment, master_id, "
    "created_by, " OKNA_EPOCH_MS("created_at") ", " OKNA_EPOCH_MS("assigned_at") ", " OKNA_EPOCH_MS(
        "started_at") ", " OKNA_EPOCH_MS("completed_at") ", " OKNA_EPOCH_MS("refused_at") ", refuse_reason, "
                                                                                          "version, " OKNA_EPOCH_MS("up"
                                                                                                                    "da"
                                                                                                                    "te"
                                                                                                                    "d_"
                                                                                                                    "a"
                                                                                                                    "t") " FROM orders WHERE id = $1";

constexpr const char *kMasterSql =
    "SELECT u.id, u.full_name, u.phone, "
    "  (SELECT o.id FROM orders o WHERE o.master_id = u.id AND o.status IN ('assigned', 'in_progress') "
    "   ORDER BY o.id LIMIT 1), "
    "  (SELECT " OKNA_EPOCH_MS("s.started_at") " FROM shifts s WHERE s.master_id = u.id AND s.ended_at IS NULL "
                                               "   ORDER BY s.started_at DESC LIMIT 1) "
                                               "FROM users u WHERE u.id = $1 AND u.role = 'master'";

constexpr const char *kActiveOrdersSql =
    "SELECT id FROM orders WHERE master_id = $1 AND status IN ('assigned', 'in_progress')";

Order orderFrom(const pqxx::row &row, const QTimeZone &zone)
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

MasterRow masterFrom(const pqxx::row &row, const QTimeZone &zone)
{
    MasterRow master;
    master.id = row[0].as<qint64>();
    master.fullName = sql::text(row[1]);
    master.phone = sql::optionalText(row[2]);
    master.currentOrderId = sql::optionalInt(row[3]);
    master.shiftStartedAt = sql::optionalTime(row[4], zone);
    master.status = masterStatusOf(master.currentOrderId.has_value(), master.shiftStartedAt.has_value());
    return master;
}

} // namespace

DatabaseEventSource::DatabaseEventSource(Database &database, BusinessTimeZone &timeZone)
    : m_database(database)
    , m_timeZone(timeZone)
{}

std::optional<QJsonObject> DatabaseEventSource::loadOrder(qint64 id)
{
    const QTimeZone zone = m_timeZone.zone();
    const auto loaded = m_database.transact([&](pqxx::work &tx) -> Result<std::optional<QJsonObject>> {
        const auto rows = tx.exec_params(kOrderSql, id);
        if (rows.empty())
            return std::optional<QJsonObject>();
        return std::optional(orderFrom(rows[0], zone).toJson());
    });
    if (!loaded) {
        qCWarning(lcEvents).noquote() << "cannot load order" << id << "for an event:" << loaded.error().message();
        return std::nullopt;
    }
    return *loaded;
}

std::optional<QJsonObject> DatabaseEventSource::loadMaster(qint64 id)
{
    const QTimeZone zone = m_timeZone.zone();
    const auto loaded = m_database.transact([&](pqxx::work &tx) -> Result<std::optional<QJsonObject>> {
        const auto rows = tx.exec_params(kMasterSql, id);
        if (rows.empty())
            return std::optional<QJsonObject>();
        return std::optional(masterFrom(rows[0], zone).toJson());
    });
    if (!loaded) {
        qCWarning(lcEvents).noquote() << "cannot load master" << id << "for an event:" << loaded.error().message();
        return std::nullopt;
    }
    return *loaded;
}

QList<qint64> DatabaseEventSource::activeOrderIdsOf(qint64 masterId)
{
    const auto loaded = m_database.transact([&](pqxx::work &tx) -> Result<QList<qint64>> {
        QList<qint64> ids;
        for (const auto &row : tx.exec_params(kActiveOrdersSql, masterId))
            ids.append(row[0].as<qint64>());
        return ids;
    });
    if (!loaded) {
        qCWarning(lcEvents).noquote() << "cannot load the active orders of master" << masterId << ":"
                                      << loaded.error().message();
        return {};
    }
    return *loaded;
}

} // namespace okna::server

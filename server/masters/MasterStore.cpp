#include "masters/MasterStore.h"

#include "db/SqlValue.h"
#include "json/Timestamp.h"

namespace okna::server {

namespace {

// A master's one active order (the partial unique index allows no second) and open shift.
constexpr const char *kMasterSelect = "SELECT u.id, u.full_name, u.phone, o.id, " OKNA_EPOCH_MS(
    "s.started_at") " FROM users u"
                    " LEFT JOIN orders o ON o.master_id = u.id AND o.status IN ('assigned', 'in_progress')"
                    " LEFT JOIN shifts s ON s.master_id = u.id AND s.ended_at IS NULL"
                    " WHERE u.role = 'master' AND u.active";

constexpr const char *kShiftColumns = "id, master_id, " OKNA_EPOCH_MS("started_at") ", " OKNA_EPOCH_MS("ended_at");

MasterRow masterFromRow(const pqxx::row &row, const QTimeZone &zone)
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

Shift shiftFromRow(const pqxx::row &row, const QTimeZone &zone, bool withMaster)
{
    Shift shift;
    shift.id = row[0].as<qint64>();
    if (withMaster)
        shift.masterId = row[1].as<qint64>();
    shift.startedAt = sql::time(row[2], zone);
    shift.endedAt = sql::optionalTime(row[3], zone);
    return shift;
}

std::optional<std::string> timeParam(const std::optional<QDateTime> &at)
{
    if (!at)
        return std::nullopt;
    return Timestamp::toString(*at).toStdString();
}

} // namespace

QList<MasterRow> MasterStore::list(pqxx::work &tx, const QTimeZone &zone)
{
    QList<MasterRow> masters;
    for (const auto &row : tx.exec(std::string(kMasterSelect) + " ORDER BY lower(u.full_name), u.id"))
        masters.append(masterFromRow(row, zone));
    return masters;
}

std::optional<MasterRow> MasterStore::find(pqxx::work &tx, qint64 userId, const QTimeZone &zone)
{
    const auto rows = tx.exec_params(std::string(kMasterSelect) + " AND u.id = $1", userId);
    if (rows.empty())
        return std::nullopt;
    return masterFromRow(rows[0], zone);
}

bool MasterStore::isActiveMaster(pqxx::work &tx, qint64 userId)
{
    return !tx.exec_params("SELECT 1 FROM users WHERE id = $1 AND role = 'master' AND active", userId).empty();
}

std::optional<Shift> MasterStore::openShift(pqxx::work &tx, qint64 masterId, const QTimeZone &zone)
{
    const auto rows = tx.exec_params(
        std::string("INSERT INTO shifts (master_id) VALUES ($1) ON CONFLICT DO NOTHING RETURNING ") + kShiftColumns,
        masterId);
    if (rows.empty())
        return std::nullopt;
    return shiftFromRow(rows[0], zone, false);
}

std::optional<Shift> MasterStore::closeShift(pqxx::work &tx, qint64 masterId, const QTimeZone &zone)
{
    const auto rows = tx.exec_params(
        std::string("UPDATE shifts SET ended_at = greatest(now(), started_at) WHERE master_id = $1 AND ended_at IS NULL"
                    " RETURNING ") +
            kShiftColumns,
        masterId);
    if (rows.empty())
        return std::nullopt;
    return shiftFromRow(rows[0], zone, false);
}

QList<Shift> MasterStore::shifts(pqxx::work &tx, std::optional<qint64> masterId, const std::optional<QDateTime> &from,
                                 const std::optional<QDateTime> &to, const QTimeZone &zone)
{
    QList<Shift> result;
    const auto rows =
        tx.exec_params(std::string("SELECT ") + kShiftColumns +
                           " FROM shifts WHERE ($1::int8 IS NULL OR master_id = $1::int8)"
                           " AND ($2::timestamptz IS NULL OR ended_at IS NULL OR ended_at >= $2::timestamptz)"
                           " AND ($3::timestamptz IS NULL OR started_at < $3::timestamptz)"
                           " ORDER BY started_at DESC, id DESC",
                       masterId, timeParam(from), timeParam(to));
    for (const auto &row : rows)
        result.append(shiftFromRow(row, zone, true));
    return result;
}

} // namespace okna::server

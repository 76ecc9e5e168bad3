#include "masters/MasterService.h"

#include "db/Database.h"
#include "domain/Permissions.h"
#include "events/EventPublisher.h"
#include "masters/MasterStore.h"
#include "settings/BusinessTimeZone.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcMasters, "okna.server.masters")

namespace okna::server {

MasterService::MasterService(Database &database, BusinessTimeZone &timeZone)
    : m_database(database)
    , m_timeZone(timeZone)
{}

Result<QList<MasterRow>> MasterService::list()
{
    const QTimeZone zone = m_timeZone.zone();
    return m_database.transact([&](pqxx::work &tx) -> Result<QList<MasterRow>> { return MasterStore::list(tx, zone); });
}

Result<MasterRow> MasterService::find(qint64 userId)
{
    const QTimeZone zone = m_timeZone.zone();
    return m_database.transact([&](pqxx::work &tx) -> Result<MasterRow> {
        if (auto master = MasterStore::find(tx, userId, zone))
            return *master;
        return ApiError::notFound(QCoreApplication::translate("MasterService", "Master"));
    });
}

Result<Shift> MasterService::checkIn(const Caller &caller)
{
    const QTimeZone zone = m_timeZone.zone();
    auto shift = m_database.transact([&](pqxx::work &tx) -> Result<Shift> {
        auto opened = MasterStore::openShift(tx, caller.userId, zone);
        if (!opened)
            return ApiError::conflict(QCoreApplication::translate("MasterService", "You are already checked in"));
        EventPublisher::masterUpdated(tx, caller.userId);
        return *opened;
    });
    if (shift)
        qCInfo(lcMasters) << "master" << caller.userId << "checked in";
    return shift;
}

Result<Shift> MasterService::checkOut(const Caller &caller)
{
    const QTimeZone zone = m_timeZone.zone();
    auto shift = m_database.transact([&](pqxx::work &tx) -> Result<Shift> {
        auto closed = MasterStore::closeShift(tx, caller.userId, zone);
        if (!closed)
            return ApiError::conflict(QCoreApplication::translate("MasterService", "You are not checked in"));
        EventPublisher::masterUpdated(tx, caller.userId);
        return *closed;
    });
    if (shift)
        qCInfo(lcMasters) << "master" << caller.userId << "checked out";
    return shift;
}

Result<QList<Shift>> MasterService::shifts(const Caller &caller, std::optional<qint64> masterId,
                                           const std::optional<QDateTime> &from, const std::optional<QDateTime> &to)
{
    if (!roleHas(caller.role, Capability::ReadAllShifts)) {
        if (caller.role != Role::Master || (masterId && *masterId != caller.userId))
            return ApiError::forbidden();
        masterId = caller.userId;
    }
    const QTimeZone zone = m_timeZone.zone();
    return m_database.transact(
        [&](pqxx::work &tx) -> Result<QList<Shift>> { return MasterStore::shifts(tx, masterId, from, to, zone); });
}

} // namespace okna::server

// Masters for dispatch (GET /masters) and their shifts: check-in, check-out, GET /shifts.
#pragma once

#include "auth/Caller.h"
#include "core/Result.h"
#include "json/MasterRow.h"
#include "json/Shift.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace okna::server {

class BusinessTimeZone;
class Database;

class MasterService
{
public:
    MasterService(Database &database, BusinessTimeZone &timeZone);

    Result<QList<MasterRow>> list();
    // One active master's row, e.g. for a master.updated event; 404 for anyone else.
    Result<MasterRow> find(qint64 userId);

    // 409 conflict when already checked in / not checked in.
    Result<Shift> checkIn(const Caller &caller);
    Result<Shift> checkOut(const Caller &caller);
    // Coordinators and admins read anyone's shifts; a master only his own (403 for another's).
    Result<QList<Shift>> shifts(const Caller &caller, std::optional<qint64> masterId,
                                const std::optional<QDateTime> &from, const std::optional<QDateTime> &to);

private:
    Database &m_database;
    BusinessTimeZone &m_timeZone;
};

} // namespace okna::server

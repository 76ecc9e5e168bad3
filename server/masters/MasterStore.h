// SQL for masters as dispatch sees them (status derived from orders and shifts) and their shifts.
#pragma once

#include "json/MasterRow.h"
#include "json/Shift.h"

#include <QDateTime>
#include <QList>
#include <QTimeZone>

#include <pqxx/transaction>

#include <optional>

namespace okna::server {

class MasterStore
{
public:
    // Active users with role master, by name.
    static QList<MasterRow> list(pqxx::work &tx, const QTimeZone &zone);
    // Any active master's row (for master.updated); nullopt for anyone else.
    static std::optional<MasterRow> find(pqxx::work &tx, qint64 userId, const QTimeZone &zone);
    static bool isActiveMaster(pqxx::work &tx, qint64 userId);

    // nullopt when the master already has an open shift (the partial unique index says so).
    static std::optional<Shift> openShift(pqxx::work &tx, qint64 masterId, const QTimeZone &zone);
    // nullopt when he has no open shift.
    static std::optional<Shift> closeShift(pqxx::work &tx, qint64 masterId, const QTimeZone &zone);
    // Shifts overlapping [from, to), newest first; masterId nullopt: every master's.
    static QList<Shift> shifts(pqxx::work &tx, std::optional<qint64> masterId, const std::optional<QDateTime> &from,
                               const std::optional<QDateTime> &to, const QTimeZone &zone);
};

} // namespace okna::server

// The blacklist (API.md "Blacklist"): the operator's check while typing, and its upkeep.
#pragma once

#include "auth/Caller.h"
#include "core/Result.h"
#include "json/BlacklistCheck.h"
#include "json/BlacklistEntry.h"

#include <QList>

namespace okna::server {

class BusinessTimeZone;
class Database;

class BlacklistService
{
public:
    static constexpr int kMaxReasonLength = 500;

    BlacklistService(Database &database, BusinessTimeZone &timeZone);

    // phone in any format; 422 fields.phone when it is not a phone number.
    Result<BlacklistCheck> check(const QString &phone);
    Result<QList<BlacklistEntry>> list();
    // 409 conflict when the phone is already listed. reason: trimmed and non-blank.
    Result<BlacklistEntry> add(const QString &phone, const QString &reason, const Caller &caller, const QString &ip);
    // 404 when there is no such entry.
    Status remove(qint64 id, const Caller &caller, const QString &ip);

private:
    Database &m_database;
    BusinessTimeZone &m_timeZone;
};

} // namespace okna::server

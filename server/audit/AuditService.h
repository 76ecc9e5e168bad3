// Reading the audit log (API.md "Administration": GET /audit), a page at a time.
#pragma once

#include "audit/AuditStore.h"
#include "core/Result.h"
#include "json/AuditEntry.h"
#include "json/Page.h"

#include <QString>

#include <optional>

namespace okna::server {

class BusinessTimeZone;
class Database;

class AuditService
{
public:
    static constexpr int kDefaultLimit = 50;
    static constexpr int kMaxLimit = 500;

    AuditService(Database &database, BusinessTimeZone &timeZone);

    // filter.beforeId comes from decodeCursor(); timestamps are rendered in the business time zone.
    Result<Page<AuditEntry>> list(const AuditFilter &filter);

    // The cursor is opaque to clients: base64url of "id:<last id of the page>".
    static QString encodeCursor(qint64 lastId);
    static std::optional<qint64> decodeCursor(const QString &cursor);

private:
    Database &m_database;
    BusinessTimeZone &m_timeZone;
};

} // namespace okna::server

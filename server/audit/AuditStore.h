// SQL for reading the audit log (writing is AuditLog's job, inside each action's transaction).
#pragma once

#include "json/AuditEntry.h"

#include <QDateTime>
#include <QList>
#include <QTimeZone>

#include <pqxx/transaction>

#include <optional>

namespace okna::server {

// GET /audit filters; every one is optional.
struct AuditFilter
{
    std::optional<QDateTime> from; // inclusive
    std::optional<QDateTime> to;   // exclusive
    std::optional<qint64> userId;
    std::optional<QString> action;
    std::optional<qint64> beforeId; // the cursor: entries older than this id
    int limit = 50;
};

struct AuditRow
{
    qint64 id = 0;
    AuditEntry entry;
};

class AuditStore
{
public:
    // Newest first (id descending: ids grow with time and never tie); at most filter.limit rows.
    static QList<AuditRow> find(pqxx::work &tx, const AuditFilter &filter, const QTimeZone &zone);
};

} // namespace okna::server

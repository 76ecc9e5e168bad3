#include "reports/ReportStore.h"

#include "db/SqlValue.h"

#include <pqxx/result>

namespace okna::server {

namespace {

// Bounds go to PostgreSQL as UTC instants: the period was already computed in the business zone.
std::string instant(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs).toStdString();
}

// The filter `created_at >= $1 AND created_at < $2` is answered by orders_report_idx (migration
// 004): a range scan over one month touches only that month's index entries, and the INCLUDEd
// columns make it an index-only scan, so the cost grows with the period, not with the table.
constexpr const char *kSummarySql = R"SQL(
WITH agg AS (
    SELECT location_id,
           count(*) AS total,
           count(*) FILTER (WHERE status = 'new') AS new_count,
           count(*) FILTER (WHERE status = 'assigned') AS assigned,
           count(*) FILTER (WHERE status = 'in_progress') AS in_progress,
           count(*) FILTER (WHERE status = 'done') AS done,
           count(*) FILTER (WHERE status = 'refused') AS refused,
           count(*) FILTER (WHERE status = 'done' AND completed_at IS NOT NULL) AS timed_done,
           sum(extract(epoch FROM completed_at - created_at))
               FILTER (WHERE status = 'done' AND completed_at IS NOT NULL) AS completion_seconds
    FROM orders
    WHERE created_at >= $1::timestamptz AND created_at < $2::timestamptz
      AND ($3::int8 IS NULL OR location_id = $3::int8)
    GROUP BY location_id)
SELECT l.id, l.name, coalesce(a.total, 0), coalesce(a.new_count, 0), coalesce(a.assigned, 0),
       coalesce(a.in_progress, 0), coalesce(a.done, 0), coalesce(a.refused, 0), coalesce(a.timed_done, 0),
       coalesce(a.completion_seconds, 0)::float8
FROM locations l
LEFT JOIN agg a ON a.location_id = l.id
WHERE (a.location_id IS NOT NULL OR l.active) AND ($3::int8 IS NULL OR l.id = $3::int8)
ORDER BY lower(l.name), l.id
)SQL";

// Orders count for the master they carry: done and refused orders keep master_id, so a refused
// order counts for the master it was assigned to. Shifts are clipped to the period (an open shift
// runs until now).
constexpr const char *kMastersSql = R"SQL(
WITH o AS (
    SELECT master_id,
           count(*) FILTER (WHERE status = 'done') AS done,
           count(*) FILTER (WHERE status = 'refused') AS refused,
           count(*) FILTER (WHERE status = 'done' AND started_at IS NOT NULL AND completed_at IS NOT NULL)
               AS timed_done,
           sum(extract(epoch FROM completed_at - started_at))
               FILTER (WHERE status = 'done' AND started_at IS NOT NULL AND completed_at IS NOT NULL) AS work_seconds
    FROM orders
    WHERE created_at >= $1::timestamptz AND created_at < $2::timestamptz AND master_id IS NOT NULL
    GROUP BY master_id),
s AS (
    SELECT master_id,
           sum(extract(epoch FROM greatest(interval '0',
               least(coalesce(ended_at, now()), $2::timestamptz) - greatest(started_at, $1::timestamptz))))
               AS shift_seconds
    FROM shifts
    WHERE started_at < $2::timestamptz AND (ended_at IS NULL OR ended_at > $1::timestamptz)
    GROUP BY master_id)
SELECT u.id, u.full_name, coalesce(o.done, 0), coalesce(o.refused, 0), coalesce(o.timed_done, 0),
       coalesce(o.work_seconds, 0)::float8, coalesce(s.shift_seconds, 0)::float8
FROM users u
LEFT JOIN o ON o.master_id = u.id
LEFT JOIN s ON s.master_id = u.id
WHERE (u.role = 'master' AND u.active) OR o.master_id IS NOT NULL OR s.master_id IS NOT NULL
ORDER BY lower(u.full_name), u.id
)SQL";

} // namespace

QList<SummaryAggregate> ReportStore::summary(pqxx::work &tx, const QDateTime &from, const QDateTime &to,
                                             std::optional<qint64> locationId)
{
    QList<SummaryAggregate> rows;
    for (const auto &row : tx.exec_params(kSummarySql, instant(from), instant(to), locationId)) {
        SummaryAggregate a;
        a.locationId = row[0].as<qint64>();
        a.location = sql::text(row[1]);
        a.total = row[2].as<qint64>();
        a.newCount = row[3].as<qint64>();
        a.assigned = row[4].as<qint64>();
        a.inProgress = row[5].as<qint64>();
        a.done = row[6].as<qint64>();
        a.refused = row[7].as<qint64>();
        a.timedDone = row[8].as<qint64>();
        a.completionSeconds = row[9].as<double>();
        rows.append(a);
    }
    return rows;
}

QList<MasterAggregate> ReportStore::masters(pqxx::work &tx, const QDateTime &from, const QDateTime &to)
{
    QList<MasterAggregate> rows;
    for (const auto &row : tx.exec_params(kMastersSql, instant(from), instant(to))) {
        MasterAggregate a;
        a.masterId = row[0].as<qint64>();
        a.fullName = sql::text(row[1]);
        a.done = row[2].as<qint64>();
        a.refused = row[3].as<qint64>();
        a.timedDone = row[4].as<qint64>();
        a.workSeconds = row[5].as<double>();
        a.shiftSeconds = row[6].as<double>();
        rows.append(a);
    }
    return rows;
}

} // namespace okna::server

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
//
// Per row the scan does as little as it can: one hash on (location, status), a count, and a sum of
// intervals (EXTRACT returns numeric since PostgreSQL 14, slow per row: it runs once per group
// here). The pivot into columns then works on at most (locations x 5) rows.
constexpr const char *kSummarySql = R"SQL(
WITH per_status AS (
    SELECT location_id, status, count(*) AS n, count(completed_at) AS timed,
           sum(completed_at - created_at) AS took
    FROM orders
    WHERE created_at >= $1::timestamptz AND created_at < $2::timestamptz
      AND ($3::int8 IS NULL OR location_id = $3::int8)
    GROUP BY location_id, status),
agg AS (
    SELECT location_id,
           sum(n) AS total,
           sum(n) FILTER (WHERE status = 'new') AS new_count,
           sum(n) FILTER (WHERE status = 'assigned') AS assigned,
           sum(n) FILTER (WHERE status = 'in_progress') AS in_progress,
           sum(n) FILTER (WHERE status = 'done') AS done,
           sum(n) FILTER (WHERE status = 'refused') AS refused,
           sum(timed) FILTER (WHERE status = 'done') AS timed_done,
           extract(epoch FROM sum(took) FILTER (WHERE status = 'done')) AS completion_seconds
    FROM per_status
    GROUP BY location_id)
SELECT l.id, l.name, coalesce(a.total, 0)::int8, coalesce(a.new_count, 0)::int8, coalesce(a.assigned, 0)::int8,
       coalesce(a.in_progress, 0)::int8, coalesce(a.done, 0)::int8, coalesce(a.refused, 0)::int8,
       coalesce(a.timed_done, 0)::int8, coalesce(a.completion_seconds, 0)::float8
FROM locations l
LEFT JOIN agg a ON a.location_id = l.id
WHERE (a.location_id IS NOT NULL OR l.active) AND ($3::int8 IS NULL OR l.id = $3::int8)
ORDER BY lower(l.name), l.id
)SQL";

// Orders count for the master they carry: done and refused orders keep master_id, so a refused
// order counts for the master it was assigned to. Shifts are clipped to the period (an open shift
// runs until now).
constexpr const char *kMastersSql = R"SQL(
WITH per_status AS (
    SELECT master_id, status, count(*) AS n, count(completed_at - started_at) AS timed,
           sum(completed_at - started_at) AS took
    FROM orders
    WHERE created_at >= $1::timestamptz AND created_at < $2::timestamptz AND master_id IS NOT NULL
      AND status IN ('done', 'refused')
    GROUP BY master_id, status),
o AS (
    SELECT master_id,
           sum(n) FILTER (WHERE status = 'done') AS done,
           sum(n) FILTER (WHERE status = 'refused') AS refused,
           sum(timed) FILTER (WHERE status = 'done') AS timed_done,
           extract(epoch FROM sum(took) FILTER (WHERE status = 'done')) AS work_seconds
    FROM per_status
    GROUP BY master_id),
s AS (
    SELECT master_id,
           sum(extract(epoch FROM greatest(interval '0',
               least(coalesce(ended_at, now()), $2::timestamptz) - greatest(started_at, $1::timestamptz))))
               AS shift_seconds
    FROM shifts
    WHERE started_at < $2::timestamptz AND (ended_at IS NULL OR ended_at > $1::timestamptz)
    GROUP BY master_id)
SELECT u.id, u.full_name, coalesce(o.done, 0)::int8, coalesce(o.refused, 0)::int8, coalesce(o.timed_done, 0)::int8,
       coalesce(o.work_seconds, 0)::float8, coalesce(s.shift_seconds, 0)::float8
FROM users u
LEFT JOIN o ON o.master_id = u.id
LEFT JOIN s ON s.master_id = u.id
WHERE (u.role = 'master' AND u.active) OR o.master_id IS NOT NULL OR s.master_id IS NOT NULL
ORDER BY lower(u.full_name), u.id
)SQL";

// A guard, not the main speed-up (that is the aggregate's shape above): a month of a million-row
// table is big enough for PostgreSQL to plan parallel workers, and with the server's other
// requests on the same few cores their start-up and hand-over can cost more than the split saves.
// The first form of this query went parallel and took 209 ms (p50) on the benchmark machine; the
// rewritten one takes about 34 ms either way (docs/performance.md "Reports"), and serially it does
// not take CPUs from the other requests. JIT compiling costs more than it saves over a report's rows.
void serialPlan(pqxx::work &tx)
{
    tx.exec("SET LOCAL max_parallel_workers_per_gather = 0");
    tx.exec("SET LOCAL jit = off");
}

} // namespace

const char *ReportStore::summarySql()
{
    return kSummarySql;
}

QList<SummaryAggregate> ReportStore::summary(pqxx::work &tx, const QDateTime &from, const QDateTime &to,
                                             std::optional<qint64> locationId)
{
    serialPlan(tx);
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
    serialPlan(tx);
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

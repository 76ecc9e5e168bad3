// SQL of the reports: orders and shifts aggregated over [from, to). Sums, not averages, come back
// so that totals can be computed exactly from the rows.
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <pqxx/transaction>

#include <optional>

namespace okna::server {

struct SummaryAggregate
{
    qint64 locationId = 0;
    QString location;
    qint64 total = 0;
    qint64 newCount = 0;
    qint64 assigned = 0;
    qint64 inProgress = 0;
    qint64 done = 0;
    qint64 refused = 0;
    qint64 timedDone = 0;           // done orders with completed_at
    double completionSeconds = 0.0; // sum of completed_at - created_at over them
};

struct MasterAggregate
{
    qint64 masterId = 0;
    QString fullName;
    qint64 done = 0;
    qint64 refused = 0;
    qint64 timedDone = 0;      // done orders with started_at and completed_at
    double workSeconds = 0.0;  // sum of completed_at - started_at over them
    double shiftSeconds = 0.0; // checked-in time clipped to the period
};

class ReportStore
{
public:
    // One row per location that is active or has orders in the period (only `locationId` when set),
    // ordered by name. Orders count by created_at.
    static QList<SummaryAggregate> summary(pqxx::work &tx, const QDateTime &from, const QDateTime &to,
                                           std::optional<qint64> locationId);
    // One row per active master and per user with orders or shifts in the period, ordered by name.
    static QList<MasterAggregate> masters(pqxx::work &tx, const QDateTime &from, const QDateTime &to);

    // The summary's statement ($1 from, $2 to, $3 location or NULL), for the benchmark's EXPLAIN.
    static const char *summarySql();
};

} // namespace okna::server

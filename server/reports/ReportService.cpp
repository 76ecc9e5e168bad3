#include "reports/ReportService.h"

#include "db/Database.h"
#include "reports/ReportStore.h"
#include "settings/BusinessTimeZone.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cmath>

Q_LOGGING_CATEGORY(lcReports, "okna.server.reports")

namespace okna::server {

namespace {

std::optional<double> minutes(double seconds, qint64 count)
{
    if (count <= 0)
        return std::nullopt;
    // Two decimals: enough for a report, and the JSON stays readable.
    return std::round(seconds / 60.0 / double(count) * 100.0) / 100.0;
}

Result<std::optional<qint64>> locationFilter(const QueryString &query)
{
    const QString text = query.value(u"location_id").trimmed();
    if (text.isEmpty())
        return std::optional<qint64>();
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0) {
        const QString message = QCoreApplication::translate("ReportService", "location_id must be a positive integer");
        return ApiError(ErrorCode::BadRequest, message, {{QStringLiteral("location_id"), message}});
    }
    return std::optional<qint64>(id);
}

} // namespace

ReportService::ReportService(Database &database, BusinessTimeZone &timeZone)
    : m_database(database)
    , m_timeZone(timeZone)
{}

Result<SummaryReport> ReportService::summary(const QueryString &query)
{
    const auto period = ReportPeriod::fromQuery(query, m_timeZone.zone());
    if (!period)
        return period.error();
    const auto location = locationFilter(query);
    if (!location)
        return location.error();
    return summary(period.value(), location.value());
}

Result<MastersReport> ReportService::masters(const QueryString &query)
{
    const auto period = ReportPeriod::fromQuery(query, m_timeZone.zone());
    if (!period)
        return period.error();
    return masters(period.value());
}

Result<SummaryReport> ReportService::summary(const ReportPeriod &period, std::optional<qint64> locationId)
{
    const auto rows = m_database.transact([&](pqxx::work &tx) -> Result<QList<SummaryAggregate>> {
        return ReportStore::summary(tx, period.from, period.to, locationId);
    });
    if (!rows)
        return rows.error();

    SummaryReport report;
    report.from = period.from;
    report.to = period.to;
    SummaryAggregate sum;
    for (const SummaryAggregate &a : rows.value()) {
        SummaryCounters counters{a.total,
                                 a.newCount,
                                 a.assigned,
                                 a.inProgress,
                                 a.done,
                                 a.refused,
                                 minutes(a.completionSeconds, a.timedDone)};
        report.rows.append(SummaryRow{a.locationId, a.location, counters});
        sum.total += a.total;
        sum.newCount += a.newCount;
        sum.assigned += a.assigned;
        sum.inProgress += a.inProgress;
        sum.done += a.done;
        sum.refused += a.refused;
        sum.timedDone += a.timedDone;
        sum.completionSeconds += a.completionSeconds;
    }
    report.totals = SummaryCounters{sum.total,
                                    sum.newCount,
                                    sum.assigned,
                                    sum.inProgress,
                                    sum.done,
                                    sum.refused,
                                    minutes(sum.completionSeconds, sum.timedDone)};
    return report;
}

Result<MastersReport> ReportService::masters(const ReportPeriod &period)
{
    const auto rows = m_database.transact([&](pqxx::work &tx) -> Result<QList<MasterAggregate>> {
        return ReportStore::masters(tx, period.from, period.to);
    });
    if (!rows)
        return rows.error();

    MastersReport report;
    report.from = period.from;
    report.to = period.to;
    MasterAggregate sum;
    qint64 shiftMinutes = 0;
    for (const MasterAggregate &a : rows.value()) {
        const auto rowShiftMinutes = qint64(std::floor(a.shiftSeconds / 60.0));
        report.rows.append(MasterReportRow{
            a.masterId, a.fullName,
            MasterReportCounters{a.done, a.refused, minutes(a.workSeconds, a.timedDone), rowShiftMinutes}});
        sum.done += a.done;
        sum.refused += a.refused;
        sum.timedDone += a.timedDone;
        sum.workSeconds += a.workSeconds;
        shiftMinutes += rowShiftMinutes;
    }
    report.totals = MasterReportCounters{sum.done, sum.refused, minutes(sum.workSeconds, sum.timedDone), shiftMinutes};
    qCDebug(lcReports) << "masters report" << period.from << period.to << report.rows.size() << "rows";
    return report;
}

} // namespace okna::server

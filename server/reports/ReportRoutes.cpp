#include "reports/ReportRoutes.h"

#include "http/RouteHelpers.h"
#include "http/Router.h"
#include "reports/ReportService.h"
#include "reports/XlsxWriter.h"

namespace okna::server {

namespace {

// "okna-summary-2026-11-01.xlsx": the period's first day names the download.
template <typename Report>
HttpResponse workbook(const Result<Report> &report, Result<QByteArray> (*write)(const Report &), const char *name)
{
    if (!report)
        return HttpResponse::error(report.error());
    auto bytes = write(report.value());
    if (!bytes)
        return HttpResponse::error(bytes.error());
    const QString fileName =
        QStringLiteral("okna-%1-%2.xlsx").arg(QLatin1String(name), report->from.date().toString(Qt::ISODate));
    return HttpResponse::file(std::move(bytes).value(), XlsxWriter::kContentType, fileName);
}

} // namespace

void registerReportRoutes(Router &router, ReportService &reports)
{
    const Access access = Access::needs(Capability::Reports);
    router.add("GET", QStringLiteral("/reports/summary"), access,
               [&reports](const HttpRequest &request) { return respond(reports.summary(request.query)); });
    router.add("GET", QStringLiteral("/reports/masters"), access,
               [&reports](const HttpRequest &request) { return respond(reports.masters(request.query)); });
    router.add("GET", QStringLiteral("/reports/summary.xlsx"), access, [&reports](const HttpRequest &request) {
        return workbook(reports.summary(request.query), &XlsxWriter::summary, "summary");
    });
    router.add("GET", QStringLiteral("/reports/masters.xlsx"), access, [&reports](const HttpRequest &request) {
        return workbook(reports.masters(request.query), &XlsxWriter::masters, "masters");
    });
}

} // namespace okna::server

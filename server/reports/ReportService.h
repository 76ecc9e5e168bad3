// The summary and masters reports (API.md "Reports"), for the JSON and XLSX routes alike.
#pragma once

#include "core/Result.h"
#include "reports/ReportPeriod.h"
#include "url/QueryString.h"
#include "json/MastersReport.h"
#include "json/SummaryReport.h"

namespace okna::server {

class BusinessTimeZone;
class Database;

class ReportService
{
public:
    ReportService(Database &database, BusinessTimeZone &timeZone);

    // period, from, to and location_id from the query string; 400 naming the field when bad.
    Result<SummaryReport> summary(const QueryString &query);
    Result<MastersReport> masters(const QueryString &query);

    Result<SummaryReport> summary(const ReportPeriod &period, std::optional<qint64> locationId);
    Result<MastersReport> masters(const ReportPeriod &period);

private:
    Database &m_database;
    BusinessTimeZone &m_timeZone;
};

} // namespace okna::server

// The period a report covers (API.md "Reports"): today, week, month in the business time zone,
// or custom bounds; from inclusive, to exclusive.
#pragma once

#include "core/Result.h"
#include "url/QueryString.h"

#include <QDateTime>
#include <QTimeZone>

namespace okna::server {

struct ReportPeriod
{
    QDateTime from; // inclusive, in the business time zone
    QDateTime to;   // exclusive

    // Reads period (default today), from and to; a bad value is a 400 naming the field.
    // `now` is when "today" is; bounds are computed with QTimeZone, so a day across a DST change
    // is 23 or 25 hours long and a local midnight that does not exist moves to the next valid time.
    static Result<ReportPeriod> fromQuery(const QueryString &query, const QTimeZone &zone,
                                          const QDateTime &now = QDateTime::currentDateTimeUtc());

    // "2026-11-01 – 2026-11-30" for titles: the last day shown is the one before `to`.
    QString describe() const;
};

} // namespace okna::server

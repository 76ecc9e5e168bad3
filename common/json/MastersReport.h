// GET /reports/masters: done and refused orders, work and shift time per master in a period.
#pragma once

#include "core/Result.h"
#include "json/MasterReportCounters.h"
#include "json/MasterReportRow.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace okna {

struct MastersReport
{
    QDateTime from; // inclusive, in the business time zone
    QDateTime to;   // exclusive
    QList<MasterReportRow> rows;
    MasterReportCounters totals;

    QJsonObject toJson() const;
    static Result<MastersReport> fromJson(const QJsonObject &json);

    bool operator==(const MastersReport &) const = default;
};

} // namespace okna

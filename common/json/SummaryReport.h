// GET /reports/summary: orders per district in a period, with totals.
#pragma once

#include "core/Result.h"
#include "json/SummaryCounters.h"
#include "json/SummaryRow.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace okna {

struct SummaryReport
{
    QDateTime from; // inclusive, in the business time zone
    QDateTime to;   // exclusive
    QList<SummaryRow> rows;
    SummaryCounters totals;

    QJsonObject toJson() const;
    static Result<SummaryReport> fromJson(const QJsonObject &json);

    bool operator==(const SummaryReport &) const = default;
};

} // namespace okna

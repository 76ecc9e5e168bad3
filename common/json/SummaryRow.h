// One district row of GET /reports/summary.
#pragma once

#include "core/Result.h"
#include "json/SummaryCounters.h"

#include <QJsonObject>
#include <QString>

namespace okna {

struct SummaryRow
{
    qint64 locationId = 0;
    QString location; // the district's name, so the client needs no second lookup
    SummaryCounters counters;

    QJsonObject toJson() const;
    static Result<SummaryRow> fromJson(const QJsonObject &json);

    bool operator==(const SummaryRow &) const = default;
};

} // namespace okna

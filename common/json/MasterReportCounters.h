// The counters of the masters report, shared by each master's row and the totals.
#pragma once

#include "core/Result.h"

#include <QJsonObject>

#include <optional>

namespace okna {

struct MasterReportCounters
{
    qint64 done = 0;
    qint64 refused = 0;                   // counted for the master the order was assigned to
    std::optional<double> avgWorkMinutes; // completed_at - started_at over done orders; null if none
    qint64 shiftMinutes = 0;              // checked-in time inside the period

    // Adds the counters to json (a row also carries the master's fields).
    void writeTo(QJsonObject &json) const;
    QJsonObject toJson() const;
    static Result<MasterReportCounters> fromJson(const QJsonObject &json);

    bool operator==(const MasterReportCounters &) const = default;
};

} // namespace okna

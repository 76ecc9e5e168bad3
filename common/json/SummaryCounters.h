// The counters of the summary report, shared by each district row and the totals.
#pragma once

#include "core/Result.h"

#include <QJsonObject>

#include <optional>

namespace okna {

struct SummaryCounters
{
    qint64 total = 0;
    qint64 newCount = 0; // "new" on the wire; new is a C++ keyword
    qint64 assigned = 0;
    qint64 inProgress = 0;
    qint64 done = 0;
    qint64 refused = 0;
    std::optional<double> avgCompletionMinutes; // over done orders; null if none

    // Adds the counters to json (a row also carries location fields).
    void writeTo(QJsonObject &json) const;
    QJsonObject toJson() const;
    static Result<SummaryCounters> fromJson(const QJsonObject &json);

    bool operator==(const SummaryCounters &) const = default;
};

} // namespace okna

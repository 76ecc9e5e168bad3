// One master's row of GET /reports/masters.
#pragma once

#include "core/Result.h"
#include "json/MasterReportCounters.h"

#include <QJsonObject>
#include <QString>

namespace okna {

struct MasterReportRow
{
    qint64 masterId = 0;
    QString fullName;
    MasterReportCounters counters;

    QJsonObject toJson() const;
    static Result<MasterReportRow> fromJson(const QJsonObject &json);

    bool operator==(const MasterReportRow &) const = default;
};

} // namespace okna

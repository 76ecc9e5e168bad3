#include "json/MasterReportCounters.h"

#include "json/JsonReader.h"
#include "json/JsonWriter.h"

namespace okna {

void MasterReportCounters::writeTo(QJsonObject &json) const
{
    json.insert(QStringLiteral("done"), done);
    json.insert(QStringLiteral("refused"), refused);
    json.insert(QStringLiteral("avg_work_minutes"), JsonWriter::value(avgWorkMinutes));
    json.insert(QStringLiteral("shift_minutes"), shiftMinutes);
}

QJsonObject MasterReportCounters::toJson() const
{
    QJsonObject json;
    writeTo(json);
    return json;
}

Result<MasterReportCounters> MasterReportCounters::fromJson(const QJsonObject &json)
{
    MasterReportCounters counters;
    JsonReader reader(json);
    reader.required(QStringLiteral("done"), counters.done);
    reader.required(QStringLiteral("refused"), counters.refused);
    reader.nullable(QStringLiteral("avg_work_minutes"), counters.avgWorkMinutes);
    reader.required(QStringLiteral("shift_minutes"), counters.shiftMinutes);
    if (!reader.ok())
        return reader.error();
    return counters;
}

} // namespace okna

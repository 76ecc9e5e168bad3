#include "json/MasterReportRow.h"

#include "json/JsonReader.h"

namespace okna {

QJsonObject MasterReportRow::toJson() const
{
    QJsonObject json{{QStringLiteral("master_id"), masterId}, {QStringLiteral("full_name"), fullName}};
    counters.writeTo(json);
    return json;
}

Result<MasterReportRow> MasterReportRow::fromJson(const QJsonObject &json)
{
    MasterReportRow row;
    JsonReader reader(json);
    reader.required(QStringLiteral("master_id"), row.masterId);
    reader.required(QStringLiteral("full_name"), row.fullName);
    if (!reader.ok())
        return reader.error();
    auto counters = MasterReportCounters::fromJson(json);
    if (!counters)
        return counters.error();
    row.counters = *counters;
    return row;
}

} // namespace okna

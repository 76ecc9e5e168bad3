#include "json/SummaryRow.h"

#include "json/JsonReader.h"

namespace okna {

QJsonObject SummaryRow::toJson() const
{
    QJsonObject json{{QStringLiteral("location_id"), locationId}, {QStringLiteral("location"), location}};
    counters.writeTo(json);
    return json;
}

Result<SummaryRow> SummaryRow::fromJson(const QJsonObject &json)
{
    SummaryRow row;
    JsonReader reader(json);
    reader.required(QStringLiteral("location_id"), row.locationId);
    reader.required(QStringLiteral("location"), row.location);
    if (!reader.ok())
        return reader.error();
    auto counters = SummaryCounters::fromJson(json);
    if (!counters)
        return counters.error();
    row.counters = *counters;
    return row;
}

} // namespace okna

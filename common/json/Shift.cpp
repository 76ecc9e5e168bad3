#include "json/Shift.h"

#include "json/JsonReader.h"
#include "json/JsonWriter.h"

namespace okna {

QJsonObject Shift::toJson() const
{
    QJsonObject json{
        {QStringLiteral("id"), id},
        {QStringLiteral("started_at"), JsonWriter::value(startedAt)},
        {QStringLiteral("ended_at"), JsonWriter::value(endedAt)},
    };
    if (masterId)
        json.insert(QStringLiteral("master_id"), *masterId);
    return json;
}

Result<Shift> Shift::fromJson(const QJsonObject &json)
{
    Shift shift;
    JsonReader reader(json);
    reader.required(QStringLiteral("id"), shift.id);
    reader.nullable(QStringLiteral("master_id"), shift.masterId);
    reader.required(QStringLiteral("started_at"), shift.startedAt);
    reader.nullable(QStringLiteral("ended_at"), shift.endedAt);
    if (!reader.ok())
        return reader.error();
    return shift;
}

} // namespace okna

#include "json/MasterRow.h"

#include "json/JsonReader.h"
#include "json/JsonWriter.h"

namespace okna {

QJsonObject MasterRow::toJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("full_name"), fullName},
        {QStringLiteral("phone"), JsonWriter::value(phone)},
        {QStringLiteral("status"), wireName(status)},
        {QStringLiteral("current_order_id"), JsonWriter::value(currentOrderId)},
        {QStringLiteral("shift_started_at"), JsonWriter::value(shiftStartedAt)},
    };
}

Result<MasterRow> MasterRow::fromJson(const QJsonObject &json)
{
    MasterRow row;
    JsonReader reader(json);
    reader.required(QStringLiteral("id"), row.id);
    reader.required(QStringLiteral("full_name"), row.fullName);
    reader.nullable(QStringLiteral("phone"), row.phone);
    reader.required(QStringLiteral("status"), row.status);
    reader.nullable(QStringLiteral("current_order_id"), row.currentOrderId);
    reader.nullable(QStringLiteral("shift_started_at"), row.shiftStartedAt);
    if (!reader.ok())
        return reader.error();
    return row;
}

} // namespace okna

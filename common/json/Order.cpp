#include "json/Order.h"

#include "json/JsonReader.h"
#include "json/JsonWriter.h"

namespace okna {

QJsonObject Order::toJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("number"), number},
        {QStringLiteral("status"), wireName(status)},
        {QStringLiteral("client_name"), clientName},
        {QStringLiteral("phone"), phone},
        {QStringLiteral("address"), address},
        {QStringLiteral("location_id"), locationId},
        {QStringLiteral("comment"), comment},
        {QStringLiteral("master_id"), JsonWriter::value(masterId)},
        {QStringLiteral("created_by"), createdBy},
        {QStringLiteral("created_at"), JsonWriter::value(createdAt)},
        {QStringLiteral("assigned_at"), JsonWriter::value(assignedAt)},
        {QStringLiteral("started_at"), JsonWriter::value(startedAt)},
        {QStringLiteral("completed_at"), JsonWriter::value(completedAt)},
        {QStringLiteral("refused_at"), JsonWriter::value(refusedAt)},
        {QStringLiteral("refuse_reason"), JsonWriter::value(refuseReason)},
        {QStringLiteral("version"), version},
        {QStringLiteral("updated_at"), JsonWriter::value(updatedAt)},
    };
}

Result<Order> Order::fromJson(const QJsonObject &json)
{
    Order order;
    JsonReader reader(json);
    reader.required(QStringLiteral("id"), order.id);
    reader.required(QStringLiteral("number"), order.number);
    reader.required(QStringLiteral("status"), order.status);
    reader.required(QStringLiteral("client_name"), order.clientName);
    reader.required(QStringLiteral("phone"), order.phone);
    reader.required(QStringLiteral("address"), order.address);
    reader.required(QStringLiteral("location_id"), order.locationId);
    reader.optional(QStringLiteral("comment"), order.comment);
    reader.nullable(QStringLiteral("master_id"), order.masterId);
    reader.required(QStringLiteral("created_by"), order.createdBy);
    reader.required(QStringLiteral("created_at"), order.createdAt);
    reader.nullable(QStringLiteral("assigned_at"), order.assignedAt);
    reader.nullable(QStringLiteral("started_at"), order.startedAt);
    reader.nullable(QStringLiteral("completed_at"), order.completedAt);
    reader.nullable(QStringLiteral("refused_at"), order.refusedAt);
    reader.nullable(QStringLiteral("refuse_reason"), order.refuseReason);
    reader.required(QStringLiteral("version"), order.version);
    reader.required(QStringLiteral("updated_at"), order.updatedAt);
    if (!reader.ok())
        return reader.error();
    return order;
}

} // namespace okna

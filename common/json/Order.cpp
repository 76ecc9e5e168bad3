#include "json/Order.h"

#include "json/JsonReader.h"

#include <QJsonDocument>

namespace okna {

void Order::writeJson(JsonText &json) const
{
    json.beginObject();
    json.member("id", id);
    json.member("number", number);
    json.member("status", wireName(status));
    json.member("client_name", clientName);
    json.member("phone", phone);
    json.member("address", address);
    json.member("location_id", locationId);
    json.member("comment", comment);
    json.member("master_id", masterId);
    json.member("created_by", createdBy);
    json.member("created_at", createdAt);
    json.member("assigned_at", assignedAt);
    json.member("started_at", startedAt);
    json.member("completed_at", completedAt);
    json.member("refused_at", refusedAt);
    json.member("refuse_reason", refuseReason);
    json.member("version", version);
    json.member("updated_at", updatedAt);
    json.endObject();
}

QJsonObject Order::toJson() const
{
    JsonText json;
    writeJson(json);
    return QJsonDocument::fromJson(json.take()).object();
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

#include "json/AuditEntry.h"

#include "json/JsonReader.h"
#include "json/JsonWriter.h"

namespace okna {

QJsonObject AuditEntry::toJson() const
{
    return {
        {QStringLiteral("at"), JsonWriter::value(at)},
        {QStringLiteral("user_id"), JsonWriter::value(userId)},
        {QStringLiteral("action"), action},
        {QStringLiteral("target"), JsonWriter::value(target)},
        {QStringLiteral("details"), details},
        {QStringLiteral("ip"), JsonWriter::value(ip)},
    };
}

Result<AuditEntry> AuditEntry::fromJson(const QJsonObject &json)
{
    AuditEntry entry;
    JsonReader reader(json);
    reader.required(QStringLiteral("at"), entry.at);
    reader.nullable(QStringLiteral("user_id"), entry.userId);
    reader.required(QStringLiteral("action"), entry.action);
    reader.nullable(QStringLiteral("target"), entry.target);
    reader.optional(QStringLiteral("details"), entry.details);
    reader.nullable(QStringLiteral("ip"), entry.ip);
    if (!reader.ok())
        return reader.error();
    return entry;
}

} // namespace okna

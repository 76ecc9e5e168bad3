#include "json/BlacklistEntry.h"

#include "json/JsonReader.h"
#include "json/JsonWriter.h"

namespace okna {

QJsonObject BlacklistEntry::toJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("phone"), phone},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("created_by"), createdBy},
        {QStringLiteral("created_at"), JsonWriter::value(createdAt)},
    };
}

Result<BlacklistEntry> BlacklistEntry::fromJson(const QJsonObject &json)
{
    BlacklistEntry entry;
    JsonReader reader(json);
    reader.required(QStringLiteral("id"), entry.id);
    reader.required(QStringLiteral("phone"), entry.phone);
    reader.required(QStringLiteral("reason"), entry.reason);
    reader.required(QStringLiteral("created_by"), entry.createdBy);
    reader.required(QStringLiteral("created_at"), entry.createdAt);
    if (!reader.ok())
        return reader.error();
    return entry;
}

} // namespace okna

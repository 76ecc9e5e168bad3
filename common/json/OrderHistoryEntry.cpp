#include "json/OrderHistoryEntry.h"

#include "json/JsonReader.h"
#include "json/JsonWriter.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace okna {

QJsonObject OrderHistoryEntry::toJson() const
{
    QJsonObject jsonChanges;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it)
        jsonChanges.insert(it.key(), QJsonArray{it->oldValue, it->newValue});
    return {
        {QStringLiteral("at"), JsonWriter::value(at)},
        {QStringLiteral("user_id"), JsonWriter::value(userId)},
        {QStringLiteral("user_name"), JsonWriter::value(userName)},
        {QStringLiteral("action"), action},
        {QStringLiteral("changes"), jsonChanges},
    };
}

Result<OrderHistoryEntry> OrderHistoryEntry::fromJson(const QJsonObject &json)
{
    OrderHistoryEntry entry;
    QJsonObject jsonChanges;
    JsonReader reader(json);
    reader.required(QStringLiteral("at"), entry.at);
    reader.nullable(QStringLiteral("user_id"), entry.userId);
    reader.nullable(QStringLiteral("user_name"), entry.userName);
    reader.required(QStringLiteral("action"), entry.action);
    reader.optional(QStringLiteral("changes"), jsonChanges);
    if (!reader.ok())
        return reader.error();
    for (auto it = jsonChanges.begin(); it != jsonChanges.end(); ++it) {
        const QJsonArray pair = it.value().toArray();
        if (!it.value().isArray() || pair.size() != 2) {
            return ApiError::badRequest(
                QCoreApplication::translate("okna::OrderHistoryEntry", "changes.%1 must be an array [old, new]")
                    .arg(it.key()));
        }
        entry.changes.insert(it.key(), Change{pair.at(0), pair.at(1)});
    }
    return entry;
}

} // namespace okna

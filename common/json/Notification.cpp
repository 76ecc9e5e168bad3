#include "json/Notification.h"

#include "json/JsonReader.h"
#include "json/JsonWriter.h"

#include <QCoreApplication>

namespace okna {

QString Notification::wireName(Status status)
{
    switch (status) {
    case Status::Pending:
        return QStringLiteral("pending");
    case Status::Sent:
        return QStringLiteral("sent");
    case Status::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

std::optional<Notification::Status> Notification::parseStatus(const QString &wireName)
{
    for (const auto status : {Status::Pending, Status::Sent, Status::Failed}) {
        if (Notification::wireName(status) == wireName)
            return status;
    }
    return std::nullopt;
}

QJsonObject Notification::toJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("chat_id"), chatId.isEmpty() ? QJsonValue() : QJsonValue(chatId)},
        {QStringLiteral("text"), text},
        {QStringLiteral("status"), wireName(status)},
        {QStringLiteral("attempts"), attempts},
        {QStringLiteral("last_error"), JsonWriter::value(lastError)},
        {QStringLiteral("created_at"), JsonWriter::value(createdAt)},
        {QStringLiteral("sent_at"), JsonWriter::value(sentAt)},
    };
}

Result<Notification> Notification::fromJson(const QJsonObject &json)
{
    Notification notification;
    QString status;
    JsonReader reader(json);
    reader.required(QStringLiteral("id"), notification.id);
    std::optional<QString> chatId;
    reader.nullableChatId(QStringLiteral("chat_id"), chatId);
    notification.chatId = chatId.value_or(QString());
    reader.required(QStringLiteral("text"), notification.text);
    reader.required(QStringLiteral("status"), status);
    reader.required(QStringLiteral("attempts"), notification.attempts);
    reader.nullable(QStringLiteral("last_error"), notification.lastError);
    reader.required(QStringLiteral("created_at"), notification.createdAt);
    reader.nullable(QStringLiteral("sent_at"), notification.sentAt);
    if (!reader.ok())
        return reader.error();
    const auto parsed = parseStatus(status);
    if (!parsed) {
        return ApiError::badRequest(
            QCoreApplication::translate("okna::Notification", "status must be one of pending, sent, failed"));
    }
    notification.status = *parsed;
    return notification;
}

} // namespace okna

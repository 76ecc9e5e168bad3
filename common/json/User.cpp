#include "json/User.h"

#include "json/JsonReader.h"
#include "json/JsonWriter.h"

namespace okna {

QJsonObject User::toJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("login"), login},
        {QStringLiteral("full_name"), fullName},
        {QStringLiteral("role"), wireName(role)},
        {QStringLiteral("active"), active},
        {QStringLiteral("phone"), JsonWriter::value(phone)},
        {QStringLiteral("telegram_chat_id"), JsonWriter::value(telegramChatId)},
        {QStringLiteral("totp_enabled"), totpEnabled},
    };
}

Result<User> User::fromJson(const QJsonObject &json)
{
    User user;
    JsonReader reader(json);
    reader.required(QStringLiteral("id"), user.id);
    reader.required(QStringLiteral("login"), user.login);
    reader.required(QStringLiteral("full_name"), user.fullName);
    reader.required(QStringLiteral("role"), user.role);
    reader.optional(QStringLiteral("active"), user.active);
    reader.nullable(QStringLiteral("phone"), user.phone);
    reader.nullableChatId(QStringLiteral("telegram_chat_id"), user.telegramChatId);
    reader.optional(QStringLiteral("totp_enabled"), user.totpEnabled);
    if (!reader.ok())
        return reader.error();
    return user;
}

} // namespace okna

// SQL for the settings table: a few named values (Telegram bot token and chat, time zone).
#pragma once

#include <QMap>
#include <QString>

#include <pqxx/transaction>

#include <optional>

namespace okna::server {

class SettingsStore
{
public:
    static inline const QString kTelegramBotToken = QStringLiteral("telegram_bot_token");
    static inline const QString kTelegramChatId = QStringLiteral("telegram_chat_id");
    static inline const QString kTimezone = QStringLiteral("timezone");

    static QMap<QString, QString> all(pqxx::work &tx);
    static std::optional<QString> value(pqxx::work &tx, const QString &key);
    // An empty value removes the key.
    static void set(pqxx::work &tx, const QString &key, const QString &value);
};

} // namespace okna::server

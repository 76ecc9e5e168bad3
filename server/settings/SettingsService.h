// The administrator's settings (API.md "Administration"): Telegram bot and chat, business time zone.
#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace okna::server {

class BusinessTimeZone;
class Database;
struct Actor;

// GET /settings: the token itself never leaves the server, only whether one is set.
struct SettingsView
{
    bool telegramBotTokenSet = false;
    std::optional<QString> telegramChatId;
    QString timezone; // the effective IANA id

    QJsonObject toJson() const;
};

// PATCH /settings. Outer nullopt: not sent; inner nullopt: cleared (null or "").
struct SettingsChange
{
    std::optional<std::optional<QString>> telegramBotToken;
    std::optional<std::optional<QString>> telegramChatId; // already checked: '-'? digits
    std::optional<std::optional<QString>> timezone;       // cleared: back to the server's default
};

class SettingsService
{
public:
    SettingsService(Database &database, BusinessTimeZone &timeZone);

    Result<SettingsView> get();
    // Validates the time zone (422 fields.timezone), stores the changed keys and audits
    // `settings_changed` with their names (never a value).
    Result<SettingsView> update(const SettingsChange &change, const Actor &actor);

private:
    Database &m_database;
    BusinessTimeZone &m_timeZone;
};

} // namespace okna::server

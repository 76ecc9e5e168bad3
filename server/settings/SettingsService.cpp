#include "settings/SettingsService.h"

#include "audit/AuditLog.h"
#include "db/Database.h"
#include "notifications/OutboxStore.h"
#include "settings/BusinessTimeZone.h"
#include "settings/SettingsStore.h"
#include "users/UserService.h"
#include "json/JsonWriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QTimeZone>

Q_LOGGING_CATEGORY(lcSettings, "okna.server.settings")

namespace okna::server {

QJsonObject SettingsView::toJson() const
{
    return {{QStringLiteral("telegram_bot_token_set"), telegramBotTokenSet},
            {QStringLiteral("telegram_chat_id"), JsonWriter::value(telegramChatId)},
            {QStringLiteral("timezone"), timezone}};
}

SettingsService::SettingsService(Database &database, BusinessTimeZone &timeZone)
    : m_database(database)
    , m_timeZone(timeZone)
{}

Result<SettingsView> SettingsService::get()
{
    const auto stored =
        m_database.transact([](pqxx::work &tx) -> Result<QMap<QString, QString>> { return SettingsStore::all(tx); });
    if (!stored)
        return stored.error();
    SettingsView view;
    view.telegramBotTokenSet = !stored->value(SettingsStore::kTelegramBotToken).isEmpty();
    const QString chatId = stored->value(SettingsStore::kTelegramChatId);
    if (!chatId.isEmpty())
        view.telegramChatId = chatId;
    view.timezone = QString::fromUtf8(m_timeZone.zone().id());
    return view;
}

Result<SettingsView> SettingsService::update(const SettingsChange &change, const Actor &actor)
{
    if (change.telegramChatId && *change.telegramChatId && !UserService::isValidTelegramChatId(**change.telegramChatId))
        return ApiError::validation(
            QStringLiteral("telegram_chat_id"),
            QCoreApplication::translate("SettingsService",
                                        "must be a Telegram chat id: digits, optionally after a minus sign"));
    if (change.timezone && *change.timezone && !QTimeZone::isTimeZoneIdAvailable((*change.timezone)->toUtf8()))
        return ApiError::validation(
            QStringLiteral("timezone"),
            QCoreApplication::translate("SettingsService", "must be an IANA time zone such as Europe/Moscow"));

    // An empty value removes the key (SettingsStore::set), which is what clearing means.
    const QList<std::pair<QString, std::optional<std::optional<QString>>>> requested{
        {SettingsStore::kTelegramBotToken, change.telegramBotToken},
        {SettingsStore::kTelegramChatId, change.telegramChatId},
        {SettingsStore::kTimezone, change.timezone},
    };
    const bool telegramRequested = change.telegramBotToken || change.telegramChatId;
    const auto changedKeys = m_database.transact([&](pqxx::work &tx) -> Result<QStringList> {
        if (telegramRequested)
            OutboxStore::lockHolds(tx, true);
        QStringList changed;
        for (const auto &[key, value] : requested) {
            if (!value)
                continue;
            const QString next = value->value_or(QString());
            if (SettingsStore::value(tx, key).value_or(QString()) == next)
                continue;
            SettingsStore::set(tx, key, next);
            changed.append(key);
        }
        // Messages held for a missing token or chat may go now: released with the change itself,
        // so that none stays held when the instance that held it is gone (OutboxStore::lockHolds).
        if (changed.contains(SettingsStore::kTelegramBotToken) || changed.contains(SettingsStore::kTelegramChatId))
            OutboxStore::releaseBlocked(tx);
        if (!changed.isEmpty())
            AuditLog::record(tx,
                             {actor.userId, QStringLiteral("settings_changed"), QStringLiteral("settings"),
                              QJsonObject{{QStringLiteral("changed"), QJsonArray::fromStringList(changed)}}, actor.ip});
        return changed;
    });
    if (!changedKeys)
        return changedKeys.error();
    if (changedKeys->contains(SettingsStore::kTimezone))
        m_timeZone.invalidate();
    if (!changedKeys->isEmpty())
        qCInfo(lcSettings) << "settings changed by user" << actor.userId << ":" << changedKeys.value();
    return get();
}

} // namespace okna::server

// Users and roles (API.md "Users", admin only): list, create, edit, deactivate, reset password.
#pragma once

#include "core/Result.h"
#include "json/User.h"

#include <QJsonObject>
#include <QList>

namespace okna::server {

class Database;

// Who acts, for the audit log: a signed-in admin, or the command line (actorId 0).
struct Actor
{
    qint64 userId = 0;
    QString ip;
    qint64 sessionId = 0; // the actor's own session, kept when an admin resets his own password
};

class UserService
{
public:
    explicit UserService(Database &database);

    Result<QList<User>> list();
    // body: {"login","password","full_name","role","phone"?,"telegram_chat_id"?} (the API's JSON).
    Result<User> create(const QJsonObject &body, const Actor &actor);
    // body: any of full_name, role, phone, telegram_chat_id, active, password.
    // Deactivating a user, or setting his password, revokes his tokens at once; the last active
    // admin can be neither deactivated nor demoted (409 conflict).
    Result<User> update(qint64 id, const QJsonObject &body, const Actor &actor);

    // A Telegram chat id: an optional '-' and digits ("-1001234567890").
    static bool isValidTelegramChatId(const QString &chatId);

    static constexpr int kMaxLoginLength = 64;
    static constexpr int kMaxFullNameLength = 200;

private:
    Database &m_database;
};

} // namespace okna::server

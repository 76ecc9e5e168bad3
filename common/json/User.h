// The user object (GET /me, GET /users, the "user" of a login answer).
#pragma once

#include "core/Result.h"
#include "domain/Role.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace okna {

struct User
{
    qint64 id = 0;
    QString login;
    QString fullName;
    Role role = Role::Operator;
    // The login answer carries only the four fields above, so the rest have defaults when missing.
    bool active = true;
    std::optional<QString> phone;          // E.164
    std::optional<QString> telegramChatId; // a string even when sent as a JSON integer
    bool totpEnabled = false;

    QJsonObject toJson() const;
    static Result<User> fromJson(const QJsonObject &json);

    bool operator==(const User &) const = default;
};

} // namespace okna

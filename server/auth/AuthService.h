// Sign-in, sessions, own password and two-factor authentication (API.md "Auth").
#pragma once

#include "auth/Caller.h"
#include "core/Result.h"
#include "json/User.h"

#include <QDateTime>

#include <optional>

namespace okna::server {

class BusinessTimeZone;
class Database;

struct LoginResult
{
    QString token;
    QDateTime expiresAt;
    User user;
};

struct TotpSetup
{
    QString secret;
    QString otpauthUri;
};

class AuthService
{
public:
    static constexpr int kMinPasswordLength = 8;

    AuthService(Database &database, BusinessTimeZone &timeZone);

    Result<LoginResult> login(const QString &login, const QString &password, const std::optional<QString> &totp,
                              const QString &ip);
    Status logout(const Caller &caller, const QString &ip);
    Result<Caller> authenticate(const QString &token);
    Result<User> me(const Caller &caller);
    // The business time zone's IANA id, told to every signed-in role so that clients show its wall clock.
    QString businessTimeZone();
    Status changePassword(const Caller &caller, const QString &oldPassword, const QString &newPassword,
                          const QString &ip);

    Result<TotpSetup> setupTotp(const Caller &caller);
    Status enableTotp(const Caller &caller, const QString &code, const QString &ip);
    Status disableTotp(const Caller &caller, const QString &code, const QString &ip);

    // A translated reason when the password is unacceptable, else nullopt.
    static std::optional<QString> passwordProblem(const QString &password);

private:
    Database &m_database;
    BusinessTimeZone &m_timeZone;
};

} // namespace okna::server

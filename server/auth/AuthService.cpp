#include "auth/AuthService.h"

#include "audit/AuditLog.h"
#include "auth/SessionStore.h"
#include "auth/crypto/PasswordHasher.h"
#include "auth/crypto/TokenGenerator.h"
#include "auth/crypto/Totp.h"
#include "db/Database.h"
#include "settings/BusinessTimeZone.h"
#include "users/UserStore.h"

#include <QCoreApplication>

namespace okna::server {

namespace {

ApiError invalidCredentials()
{
    return {ErrorCode::InvalidCredentials, QCoreApplication::translate("AuthService", "Wrong login or password")};
}

ApiError wrongCode()
{
    return ApiError::validation(
        QStringLiteral("code"),
        QCoreApplication::translate("AuthService", "The code is not valid; check your device's clock"));
}

qint64 nowSeconds()
{
    return QDateTime::currentSecsSinceEpoch();
}

// A login that fails must still commit its failure record, so the transaction's value
// carries the outcome and the error is returned after commit.
struct LoginOutcome
{
    std::optional<ApiError> failure;
    LoginResult success;
};

} // namespace

AuthService::AuthService(Database &database, BusinessTimeZone &timeZone)
    : m_database(database)
    , m_timeZone(timeZone)
{}

std::optional<QString> AuthService::passwordProblem(const QString &password)
{
    if (password.size() < kMinPasswordLength)
        return QCoreApplication::translate("AuthService", "must be at least %1 characters").arg(kMinPasswordLength);
    if (password.size() > 1024)
        return QCoreApplication::translate("AuthService", "must be at most 1024 characters");
    return std::nullopt;
}

Result<LoginResult> AuthService::login(const QString &login, const QString &password,
                                       const std::optional<QString> &totp, const QString &ip)
{
    const auto outcome = m_database.transact([&](pqxx::work &tx) -> Result<LoginOutcome> {
        SessionStore::lockLoginName(tx, login);
        const auto fail = [&](ApiError error, const QString &reason, qint64 userId) {
            SessionStore::recordFailure(tx, login, ip);
            AuditLog::record(tx, {userId, QStringLiteral("login_failed"), QStringLiteral("login:") + login,
                                  QJsonObject{{QStringLiteral("reason"), reason}}, ip});
            return LoginOutcome{std::move(error), {}};
        };

        if (const auto seconds = SessionStore::lockedForSeconds(tx, login)) {
            AuditLog::record(tx, {0, QStringLiteral("login_failed"), QStringLiteral("login:") + login,
                                  QJsonObject{{QStringLiteral("reason"), QStringLiteral("rate_limited")}}, ip});
            ApiError limited(
                ErrorCode::RateLimited,
                QCoreApplication::translate("AuthService", "Too many failed logins; try again in %1 seconds")
                    .arg(*seconds));
            limited.setRetryAfterSeconds(*seconds);
            return LoginOutcome{limited, {}};
        }

        const auto account = UserStore::findByLogin(tx, login);
        if (!account) {
            PasswordHasher::verify(PasswordHasher::dummyHash(), password); // same time as a known name
            return fail(invalidCredentials(), QStringLiteral("unknown_login"), 0);
        }
        if (!PasswordHasher::verify(account->passwordHash, password))
            return fail(invalidCredentials(), QStringLiteral("wrong_password"), account->user.id);
        if (!account->user.active)
            return fail(invalidCredentials(), QStringLiteral("inactive"), account->user.id);

        if (account->user.totpEnabled) {
            if (!totp || totp->trimmed().isEmpty())
                return LoginOutcome{
                    ApiError(ErrorCode::TotpRequired,
                             QCoreApplication::translate("AuthService", "Enter the code from your authenticator app")),
                    {}};
            const auto step = Totp::verify(*account->totpSecret, totp->trimmed(), nowSeconds());
            if (!step || (account->totpLastStep && *step <= *account->totpLastStep))
                return fail(ApiError(ErrorCode::TotpInvalid,
                                     QCoreApplication::translate("AuthService", "The code is not valid")),
                            QStringLiteral("wrong_totp"), account->user.id);
            UserStore::setTotpLastStep(tx, account->user.id, *step);
        }
        if (PasswordHasher::needsRehash(account->passwordHash))
            UserStore::setText(tx, account->user.id, "password_hash", PasswordHasher::hash(password));

        LoginOutcome success;
        success.success.token = TokenGenerator::newToken();
        const qint64 sessionId =
            SessionStore::create(tx, account->user.id, TokenGenerator::hashToken(success.success.token), ip);
        success.success.user = account->user;
        success.success.expiresAt = QDateTime::currentDateTime().addSecs(SessionStore::kIdleHours * 3600);
        AuditLog::record(
            tx,
            {account->user.id, QStringLiteral("login_succeeded"), QStringLiteral("session:%1").arg(sessionId), {}, ip});
        return success;
    });
    if (!outcome)
        return outcome.error();
    if (outcome->failure)
        return *outcome->failure;
    LoginResult result = outcome->success;
    result.expiresAt = result.expiresAt.toTimeZone(m_timeZone.zone());
    return result;
}

Status AuthService::logout(const Caller &caller, const QString &ip)
{
    return m_database.transact([&](pqxx::work &tx) -> Status {
        SessionStore::revoke(tx, caller.sessionId);
        AuditLog::record(
            tx, {caller.userId, QStringLiteral("logout"), QStringLiteral("session:%1").arg(caller.sessionId), {}, ip});
        return {};
    });
}

Result<Caller> AuthService::authenticate(const QString &token)
{
    const QString hash = TokenGenerator::hashToken(token);
    return m_database.autocommit(Database::Replay::Safe, [&](pqxx::nontransaction &tx) -> Result<Caller> {
        if (auto caller = SessionStore::findLive(tx, hash))
            return *caller;
        return ApiError(ErrorCode::Unauthenticated,
                        QCoreApplication::translate("AuthService", "Your session has ended; sign in again"));
    });
}

Result<User> AuthService::me(const Caller &caller)
{
    return m_database.transact([&](pqxx::work &tx) -> Result<User> {
        if (auto user = UserStore::find(tx, caller.userId))
            return *user;
        return ApiError::notFound(QCoreApplication::translate("AuthService", "User"));
    });
}

QString AuthService::businessTimeZone()
{
    return QString::fromLatin1(m_timeZone.zone().id());
}

Status AuthService::changePassword(const Caller &caller, const QString &oldPassword, const QString &newPassword,
                                   const QString &ip)
{
    if (const auto problem = passwordProblem(newPassword))
        return ApiError::validation(QStringLiteral("new_password"), *problem);
    const auto outcome = m_database.transact([&](pqxx::work &tx) -> Result<std::optional<ApiError>> {
        const auto account = UserStore::lockAccount(tx, caller.userId);
        if (!account)
            return ApiError::notFound(QCoreApplication::translate("AuthService", "User"));
        if (!PasswordHasher::verify(account->passwordHash, oldPassword)) {
            // Counts as a failed login: guessing through this door must hit the same limit.
            SessionStore::recordFailure(tx, caller.login, ip);
            return std::optional(
                ApiError::validation(QStringLiteral("old_password"),
                                     QCoreApplication::translate("AuthService", "is not your current password")));
        }
        UserStore::setText(tx, caller.userId, "password_hash", PasswordHasher::hash(newPassword));
        SessionStore::revokeAllOf(tx, caller.userId, caller.sessionId);
        AuditLog::record(
            tx,
            {caller.userId, QStringLiteral("password_changed"), QStringLiteral("user:%1").arg(caller.userId), {}, ip});
        return std::optional<ApiError>();
    });
    if (!outcome)
        return outcome.error();
    if (outcome.value())
        return *outcome.value();
    return {};
}

Result<TotpSetup> AuthService::setupTotp(const Caller &caller)
{
    return m_database.transact([&](pqxx::work &tx) -> Result<TotpSetup> {
        const auto account = UserStore::lockAccount(tx, caller.userId);
        if (!account)
            return ApiError::notFound(QCoreApplication::translate("AuthService", "User"));
        if (account->user.totpEnabled)
            return ApiError::conflict(QCoreApplication::translate(
                "AuthService", "Two-factor authentication is already on; turn it off first"));
        TotpSetup setup;
        setup.secret = Totp::generateSecret();
        setup.otpauthUri = Totp::otpauthUri(QStringLiteral("Okna"), account->user.login, setup.secret);
        UserStore::setTotp(tx, caller.userId, std::nullopt, false, setup.secret, std::nullopt);
        return setup;
    });
}

Status AuthService::enableTotp(const Caller &caller, const QString &code, const QString &ip)
{
    return m_database.transact([&](pqxx::work &tx) -> Status {
        const auto account = UserStore::lockAccount(tx, caller.userId);
        if (!account)
            return ApiError::notFound(QCoreApplication::translate("AuthService", "User"));
        if (account->user.totpEnabled)
            return ApiError::conflict(
                QCoreApplication::translate("AuthService", "Two-factor authentication is already on"));
        if (!account->totpPending)
            return ApiError::conflict(QCoreApplication::translate("AuthService", "Start the setup first"));
        const auto step = Totp::verify(*account->totpPending, code.trimmed(), nowSeconds());
        if (!step)
            return wrongCode();
        UserStore::setTotp(tx, caller.userId, account->totpPending, true, std::nullopt, *step);
        AuditLog::record(
            tx, {caller.userId, QStringLiteral("2fa_enabled"), QStringLiteral("user:%1").arg(caller.userId), {}, ip});
        return {};
    });
}

Status AuthService::disableTotp(const Caller &caller, const QString &code, const QString &ip)
{
    return m_database.transact([&](pqxx::work &tx) -> Status {
        const auto account = UserStore::lockAccount(tx, caller.userId);
        if (!account)
            return ApiError::notFound(QCoreApplication::translate("AuthService", "User"));
        if (!account->user.totpEnabled)
            return ApiError::conflict(
                QCoreApplication::translate("AuthService", "Two-factor authentication is not on"));
        const auto step = Totp::verify(*account->totpSecret, code.trimmed(), nowSeconds());
        if (!step || (account->totpLastStep && *step <= *account->totpLastStep))
            return wrongCode();
        UserStore::setTotp(tx, caller.userId, std::nullopt, false, std::nullopt, std::nullopt);
        AuditLog::record(
            tx, {caller.userId, QStringLiteral("2fa_disabled"), QStringLiteral("user:%1").arg(caller.userId), {}, ip});
        return {};
    });
}

} // namespace okna::server

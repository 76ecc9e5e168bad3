// SQL for the users table.
#pragma once

#include "json/User.h"

#include <QList>

#include <pqxx/transaction>

#include <optional>

namespace okna::server {

// A user with the secrets that never leave the server.
struct UserAccount
{
    User user;
    QString passwordHash;
    std::optional<QString> totpSecret;
    std::optional<QString> totpPending;
    std::optional<qint64> totpLastStep;
};

class UserStore
{
public:
    static std::optional<UserAccount> findByLogin(pqxx::work &tx, const QString &login);
    // FOR UPDATE: serialises concurrent changes of one account (2FA, password).
    static std::optional<UserAccount> lockAccount(pqxx::work &tx, qint64 id);
    static std::optional<User> find(pqxx::work &tx, qint64 id);
    static QList<User> list(pqxx::work &tx);
    static int activeAdminCount(pqxx::work &tx);

    // Throws DbError(conflict) when the login is taken (case-insensitive).
    static User insert(pqxx::work &tx, const User &user, const QString &passwordHash);

    // column is one of the users table's columns, chosen by our code (never by the caller).
    static void setText(pqxx::work &tx, qint64 id, const char *column, const std::optional<QString> &value);
    static void setBool(pqxx::work &tx, qint64 id, const char *column, bool value);
    static void setTotp(pqxx::work &tx, qint64 id, const std::optional<QString> &secret, bool enabled,
                        const std::optional<QString> &pending, std::optional<qint64> lastStep);
    static void setTotpLastStep(pqxx::work &tx, qint64 id, qint64 step);
};

} // namespace okna::server

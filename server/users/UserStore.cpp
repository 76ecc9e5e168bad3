#include "users/UserStore.h"

#include "db/DbError.h"
#include "db/SqlValue.h"

#include <QCoreApplication>

#include <pqxx/except>

namespace okna::server {

namespace {

constexpr const char *kColumns = "id, login, full_name, role, active, phone, telegram_chat_id, totp_enabled, "
                                 "password_hash, totp_secret, totp_pending, totp_last_step";

UserAccount accountFromRow(const pqxx::row &row)
{
    UserAccount account;
    User &user = account.user;
    user.id = row[0].as<qint64>();
    user.login = sql::text(row[1]);
    user.fullName = sql::text(row[2]);
    user.role = parseRole(sql::text(row[3])).value_or(Role::Operator);
    user.active = row[4].as<bool>();
    user.phone = sql::optionalText(row[5]);
    user.telegramChatId = sql::optionalText(row[6]);
    user.totpEnabled = row[7].as<bool>();
    account.passwordHash = sql::text(row[8]);
    account.totpSecret = sql::optionalText(row[9]);
    account.totpPending = sql::optionalText(row[10]);
    account.totpLastStep = sql::optionalInt(row[11]);
    return account;
}

std::string select(const char *where)
{
    return std::string("SELECT ") + kColumns + " FROM users " + where;
}

} // namespace

std::optional<UserAccount> UserStore::findByLogin(pqxx::work &tx, const QString &login)
{
    const auto rows = tx.exec_params(select("WHERE lower(login) = lower($1)"), login.toStdString());
    if (rows.empty())
        return std::nullopt;
    return accountFromRow(rows[0]);
}

std::optional<UserAccount> UserStore::lockAccount(pqxx::work &tx, qint64 id)
{
    const auto rows = tx.exec_params(select("WHERE id = $1 FOR UPDATE"), id);
    if (rows.empty())
        return std::nullopt;
    return accountFromRow(rows[0]);
}

std::optional<User> UserStore::find(pqxx::work &tx, qint64 id)
{
    const auto rows = tx.exec_params(select("WHERE id = $1"), id);
    if (rows.empty())
        return std::nullopt;
    return accountFromRow(rows[0]).user;
}

QList<User> UserStore::list(pqxx::work &tx)
{
    QList<User> users;
    for (const auto &row : tx.exec(select("ORDER BY lower(full_name), id")))
        users.append(accountFromRow(row).user);
    return users;
}

int UserStore::activeAdminCount(pqxx::work &tx)
{
    return tx.exec("SELECT count(*) FROM users WHERE role = 'admin' AND active")[0][0].as<int>();
}

User UserStore::insert(pqxx::work &tx, const User &user, const QString &passwordHash)
{
    // ON CONFLICT keeps the transaction usable and avoids parsing error texts.
    const auto rows = tx.exec_params(
        "INSERT INTO users (login, password_hash, full_name, role, phone, telegram_chat_id, active) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING RETURNING id",
        user.login.toStdString(), passwordHash.toStdString(), user.fullName.toStdString(),
        wireName(user.role).toStdString(), sql::param(user.phone), sql::param(user.telegramChatId), user.active);
    if (rows.empty())
        throw DbError(
            ApiError(ErrorCode::Conflict,
                     QCoreApplication::translate("UserStore", "The login \"%1\" is already taken").arg(user.login),
                     {{QStringLiteral("login"), QCoreApplication::translate("UserStore", "already taken")}}));
    User created = user;
    created.id = rows[0][0].as<qint64>();
    created.totpEnabled = false;
    return created;
}

void UserStore::setText(pqxx::work &tx, qint64 id, const char *column, const std::optional<QString> &value)
{
    tx.exec_params(std::string("UPDATE users SET ") + tx.quote_name(column) + " = $2, updated_at = now() WHERE id = $1",
                   id, sql::param(value));
}

void UserStore::setBool(pqxx::work &tx, qint64 id, const char *column, bool value)
{
    tx.exec_params(std::string("UPDATE users SET ") + tx.quote_name(column) + " = $2, updated_at = now() WHERE id = $1",
                   id, value);
}

void UserStore::setTotp(pqxx::work &tx, qint64 id, const std::optional<QString> &secret, bool enabled,
                        const std::optional<QString> &pending, std::optional<qint64> lastStep)
{
    tx.exec_params("UPDATE users SET totp_secret = $2, totp_enabled = $3, totp_pending = $4, totp_last_step = $5, "
                   "updated_at = now() WHERE id = $1",
                   id, sql::param(secret), enabled, sql::param(pending), lastStep);
}

void UserStore::setTotpLastStep(pqxx::work &tx, qint64 id, qint64 step)
{
    tx.exec_params("UPDATE users SET totp_last_step = $2 WHERE id = $1", id, step);
}

} // namespace okna::server

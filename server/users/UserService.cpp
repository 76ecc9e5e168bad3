#include "users/UserService.h"

#include "audit/AuditLog.h"
#include "auth/AuthService.h"
#include "auth/SessionStore.h"
#include "auth/crypto/PasswordHasher.h"
#include "db/Database.h"
#include "http/FieldReader.h"
#include "phone/PhoneNumber.h"
#include "users/UserStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcUsers, "okna.server.users")

namespace okna::server {

namespace {

QString targetOf(qint64 id)
{
    return QStringLiteral("user:%1").arg(id);
}

const QString kLogin = QStringLiteral("login");
const QString kPassword = QStringLiteral("password");
const QString kFullName = QStringLiteral("full_name");
const QString kRole = QStringLiteral("role");
const QString kPhone = QStringLiteral("phone");
const QString kChatId = QStringLiteral("telegram_chat_id");
const QString kActive = QStringLiteral("active");

bool isValidLogin(const QString &login)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^[\p{L}\p{N}._@-]+$)"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    return pattern.match(login).hasMatch();
}

// An unknown role is an unknown enum value: 400, like any other wrong type.
std::optional<Role> readRole(FieldReader &reader)
{
    const auto text = reader.string(kRole);
    if (!text)
        return std::nullopt;
    const auto role = parseRole(*text);
    if (!role)
        reader.badType(
            kRole, QCoreApplication::translate("UserService", "must be one of operator, coordinator, master, admin"));
    return role;
}

// For the nullable text fields: nullopt = not sent, holds nullopt = clear (null or ""), else the value.
using Patch = std::optional<std::optional<QString>>;

Patch readPhone(FieldReader &reader)
{
    if (!reader.has(kPhone))
        return std::nullopt;
    const auto text = reader.string(kPhone);
    if (!text || text->trimmed().isEmpty())
        return Patch(std::in_place, std::nullopt);
    const auto normalised = PhoneNumber::normalize(*text);
    if (!normalised) {
        reader.invalid(kPhone, normalised.error().fields().value(
                                   kPhone, QCoreApplication::translate("UserService", "is not a valid phone number")));
        return std::nullopt;
    }
    return Patch(std::in_place, normalised.value());
}

Patch readChatId(FieldReader &reader)
{
    if (!reader.has(kChatId))
        return std::nullopt;
    const auto text = reader.stringOrInteger(kChatId);
    if (!text || text->trimmed().isEmpty())
        return Patch(std::in_place, std::nullopt);
    const QString chatId = text->trimmed();
    if (!UserService::isValidTelegramChatId(chatId)) {
        reader.invalid(
            kChatId, QCoreApplication::translate("UserService",
                                                 "must be a Telegram chat id: digits, optionally after a minus sign"));
        return std::nullopt;
    }
    return Patch(std::in_place, chatId);
}

std::optional<QString> readPassword(FieldReader &reader)
{
    const auto password = reader.string(kPassword);
    if (!password)
        return std::nullopt;
    if (const auto problem = AuthService::passwordProblem(*password)) {
        reader.invalid(kPassword, *problem);
        return std::nullopt;
    }
    return password;
}

// PATCH: a field that may not be cleared was sent as null.
void refuseNull(FieldReader &reader, const QString &key)
{
    if (reader.has(key) && reader.isNull(key))
        reader.badType(key, QCoreApplication::translate("UserService", "must not be null"));
}

// Locks every active admin row, in id order so that two such transactions cannot deadlock: two
// admins demoting each other at once are then serialised and the second sees the first's change.
void lockActiveAdmins(pqxx::work &tx)
{
    for (const User &user : UserStore::list(tx)) {
        if (user.role == Role::Admin && user.active)
            UserStore::lockAccount(tx, user.id);
    }
}

} // namespace

UserService::UserService(Database &database)
    : m_database(database)
{}

bool UserService::isValidTelegramChatId(const QString &chatId)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^-?[0-9]{1,20}$)"));
    return pattern.match(chatId).hasMatch();
}

Result<QList<User>> UserService::list()
{
    return m_database.transact([](pqxx::work &tx) -> Result<QList<User>> { return UserStore::list(tx); });
}

Result<User> UserService::create(const QJsonObject &body, const Actor &actor)
{
    FieldReader reader(body);
    User user;

    if (!reader.has(kLogin) || reader.isNull(kLogin)) {
        reader.missing(kLogin);
    } else if (const auto login = reader.string(kLogin)) {
        const QString trimmed = login->trimmed();
        if (trimmed.isEmpty())
            reader.invalid(kLogin, QCoreApplication::translate("UserService", "must not be blank"));
        else if (trimmed.size() > kMaxLoginLength)
            reader.invalid(
                kLogin,
                QCoreApplication::translate("UserService", "must be at most %1 characters").arg(kMaxLoginLength));
        else if (!isValidLogin(trimmed))
            reader.invalid(kLogin,
                           QCoreApplication::translate("UserService", "may contain only letters, digits and . _ - @"));
        user.login = trimmed;
    }

    std::optional<QString> password;
    if (!reader.has(kPassword) || reader.isNull(kPassword))
        reader.missing(kPassword);
    else
        password = readPassword(reader);

    if (const auto fullName = reader.requiredText(kFullName, kMaxFullNameLength))
        user.fullName = *fullName;

    if (!reader.has(kRole) || reader.isNull(kRole))
        reader.missing(kRole);
    else if (const auto role = readRole(reader))
        user.role = *role;

    if (const auto phone = readPhone(reader))
        user.phone = *phone;
    if (const auto chatId = readChatId(reader))
        user.telegramChatId = *chatId;

    if (auto problem = reader.error())
        return *problem;

    // Hash outside the transaction: argon2id takes a while and needs no connection.
    const QString hash = PasswordHasher::hash(*password);
    if (hash.isEmpty())
        return ApiError::internal();
    auto created = m_database.transact([&](pqxx::work &tx) -> Result<User> {
        const User inserted = UserStore::insert(tx, user, hash);
        AuditLog::record(tx, {actor.userId, QStringLiteral("user_created"), targetOf(inserted.id),
                              QJsonObject{{kLogin, inserted.login}, {kRole, wireName(inserted.role)}}, actor.ip});
        return inserted;
    });
    if (created)
        qCInfo(lcUsers) << "user" << created->id << "created by user" << actor.userId;
    return created;
}

Result<User> UserService::update(qint64 id, const QJsonObject &body, const Actor &actor)
{
    FieldReader reader(body);
    for (const QString &key : {kFullName, kRole, kActive, kPassword})
        refuseNull(reader, key);

    const auto fullName = reader.optionalText(kFullName, kMaxFullNameLength);
    const auto role = readRole(reader);
    const auto phone = readPhone(reader);
    const auto chatId = readChatId(reader);
    const auto active = reader.boolean(kActive);
    const auto password = readPassword(reader);
    if (auto problem = reader.error())
        return *problem;

    QString hash;
    if (password) {
        hash = PasswordHasher::hash(*password);
        if (hash.isEmpty())
            return ApiError::internal();
    }
    const bool mayRemoveAdmin = (role && *role != Role::Admin) || (active && !*active);

    return m_database.transact([&](pqxx::work &tx) -> Result<User> {
        if (mayRemoveAdmin)
            lockActiveAdmins(tx);
        const auto account = UserStore::lockAccount(tx, id);
        if (!account)
            return ApiError::notFound(QCoreApplication::translate("UserService", "User"));
        const User &before = account->user;

        const bool wasActiveAdmin = before.role == Role::Admin && before.active;
        const bool staysActiveAdmin = role.value_or(before.role) == Role::Admin && active.value_or(before.active);
        if (wasActiveAdmin && !staysActiveAdmin && UserStore::activeAdminCount(tx) <= 1)
            return ApiError::conflict(QCoreApplication::translate(
                "UserService", "This is the last active administrator; make another user an "
                               "administrator first"));

        QJsonArray changed;
        if (fullName && *fullName != before.fullName) {
            UserStore::setText(tx, id, "full_name", *fullName);
            changed.append(kFullName);
        }
        if (role && *role != before.role) {
            UserStore::setText(tx, id, "role", wireName(*role));
            changed.append(kRole);
        }
        if (phone && *phone != before.phone) {
            UserStore::setText(tx, id, "phone", *phone);
            changed.append(kPhone);
        }
        if (chatId && *chatId != before.telegramChatId) {
            UserStore::setText(tx, id, "telegram_chat_id", *chatId);
            changed.append(kChatId);
        }
        if (active && *active != before.active) {
            UserStore::setBool(tx, id, "active", *active);
            changed.append(kActive);
            if (!*active)
                SessionStore::revokeAllOf(tx, id);
        }
        if (password) {
            UserStore::setText(tx, id, "password_hash", hash);
            changed.append(kPassword);
            // Whoever held the old password is out; an admin resetting his own keeps this session.
            SessionStore::revokeAllOf(tx, id, id == actor.userId ? actor.sessionId : 0);
        }
        if (changed.isEmpty())
            return before;
        AuditLog::record(tx, {actor.userId, QStringLiteral("user_updated"), targetOf(id),
                              QJsonObject{{QStringLiteral("changed"), changed}}, actor.ip});
        const auto after = UserStore::find(tx, id);
        if (!after)
            return ApiError::internal();
        return *after;
    });
}

} // namespace okna::server

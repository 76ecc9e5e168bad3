#include "auth/SessionStore.h"

#include "db/Prepared.h"
#include "db/SqlValue.h"

namespace okna::server {

namespace {
// Refreshing last_used_at on every request would turn every read into a write; a minute's
// precision is plenty for a 12-hour idle limit.
constexpr const char *kTouchEvery = "1 minute";

std::string normalisedLogin(const QString &login)
{
    return login.trimmed().toLower().toStdString();
}
} // namespace

qint64 SessionStore::create(pqxx::work &tx, qint64 userId, const QString &tokenHash, const QString &ip)
{
    return tx
        .exec_params("INSERT INTO sessions (user_id, token_hash, ip) VALUES ($1, $2, $3) RETURNING id", userId,
                     tokenHash.toStdString(), ip.toStdString())[0][0]
        .as<qint64>();
}

std::optional<Caller> SessionStore::findLive(pqxx::transaction_base &tx, const QString &tokenHash)
{
    const auto rows = sql::execPrepared(tx, "okna_sessions_find_live",
                                        "WITH live AS ("
                                        "  SELECT s.id AS session_id, u.id AS user_id, u.login, u.full_name, u.role,"
                                        "         s.last_used_at < now() - $2::interval AS stale"
                                        "  FROM sessions s JOIN users u ON u.id = s.user_id"
                                        "  WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND u.active"
                                        "    AND s.last_used_at > now() - make_interval(hours => $3)),"
                                        " touched AS (UPDATE sessions SET last_used_at = now()"
                                        "  WHERE id = (SELECT session_id FROM live WHERE stale))"
                                        " SELECT session_id, user_id, login, full_name, role FROM live",
                                        tokenHash.toStdString(), kTouchEvery, kIdleHours);
    if (rows.empty())
        return std::nullopt;
    const auto &row = rows[0];
    Caller caller;
    caller.sessionId = row[0].as<qint64>();
    caller.userId = row[1].as<qint64>();
    caller.login = sql::text(row[2]);
    caller.fullName = sql::text(row[3]);
    caller.role = parseRole(sql::text(row[4])).value_or(Role::Operator);
    return caller;
}

void SessionStore::revoke(pqxx::work &tx, qint64 sessionId)
{
    tx.exec_params("UPDATE sessions SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL", sessionId);
}

void SessionStore::revokeAllOf(pqxx::work &tx, qint64 userId, qint64 keepSessionId)
{
    tx.exec_params("UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND id <> $2 AND revoked_at IS NULL",
                   userId, keepSessionId);
}

void SessionStore::recordFailure(pqxx::work &tx, const QString &login, const QString &ip)
{
    tx.exec_params("INSERT INTO login_failures (login, ip) VALUES ($1, $2)", normalisedLogin(login), ip.toStdString());
}

std::optional<int> SessionStore::lockedForSeconds(pqxx::work &tx, const QString &login)
{
    // The name is locked while kMaxFailures failures lie inside the window; it frees when the
    // kMaxFailures-th most recent one leaves it.
    const auto rows = tx.exec_params("SELECT ceil(extract(epoch from (at + make_interval(mins => $2)) - now()))::int "
                                     "FROM login_failures WHERE login = $1 AND at > now() - make_interval(mins => $2) "
                                     "ORDER BY at DESC OFFSET $3 LIMIT 1",
                                     normalisedLogin(login), kFailureWindowMinutes, kMaxFailures - 1);
    if (rows.empty())
        return std::nullopt;
    return std::max(1, rows[0][0].as<int>());
}

void SessionStore::lockLoginName(pqxx::work &tx, const QString &login)
{
    tx.exec_params("SELECT pg_advisory_xact_lock(hashtext('login:' || $1))", normalisedLogin(login));
}

} // namespace okna::server

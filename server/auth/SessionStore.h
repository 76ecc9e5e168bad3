// SQL for sessions (bearer tokens, stored as hashes) and the failed-login counter.
#pragma once

#include "auth/Caller.h"

#include <pqxx/transaction>

#include <optional>

namespace okna::server {

class SessionStore
{
public:
    static constexpr int kIdleHours = 12;
    static constexpr int kMaxFailures = 5;
    static constexpr int kFailureWindowMinutes = 15;

    static qint64 create(pqxx::work &tx, qint64 userId, const QString &tokenHash, const QString &ip);
    // The live session for a token of an active user, its idle clock restarted; nullopt when the
    // token is unknown, revoked, idle for over 12 h, or its user deactivated. One statement (it
    // runs on every request), safe to send twice.
    static std::optional<Caller> findLive(pqxx::transaction_base &tx, const QString &tokenHash);
    static void revoke(pqxx::work &tx, qint64 sessionId);
    // Every live session of the user except keepSessionId (0: all of them).
    static void revokeAllOf(pqxx::work &tx, qint64 userId, qint64 keepSessionId = 0);

    static void recordFailure(pqxx::work &tx, const QString &login, const QString &ip);
    // Seconds until the login name may try again, or nullopt when it is not locked.
    static std::optional<int> lockedForSeconds(pqxx::work &tx, const QString &login);
    // Serialises logins of one name across threads and server instances for this transaction.
    static void lockLoginName(pqxx::work &tx, const QString &login);
};

} // namespace okna::server

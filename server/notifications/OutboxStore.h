// SQL for the Telegram outbox (table telegram_outbox). Rows are inserted inside the caller's
// transaction; senders claim due rows with FOR UPDATE SKIP LOCKED and a lease, so that several
// server instances never work on one message at the same time.
#pragma once

#include "json/Notification.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <pqxx/transaction>

#include <optional>

namespace okna::server {

// A claimed message, ready to send.
struct OutboxMessage
{
    qint64 id = 0;
    QString chatId;
    QString text;
    int attempts = 0; // before this one
};

class OutboxStore
{
public:
    // A new-order message to the configured chat is written by the order's own INSERT statement
    // (OrderStore::insert), with the telegram_chat_id setting as it is now; if it is not set yet,
    // as it is when the message is first claimed.
    // To the user's own telegram_chat_id; nothing when he has none.
    static void insertForUser(pqxx::work &tx, qint64 userId, const QString &text);

    // Why a pending message cannot go out, in its last_error for GET /notifications.
    static inline const QString kNoToken = QStringLiteral("telegram_bot_token is not set");
    static inline const QString kNoChat = QStringLiteral("telegram_chat_id is not set");

    // A dispatcher's poll holds blocked messages under this lock shared, before it reads the
    // settings; a change of the Telegram settings takes it exclusively and releases them in its
    // own transaction. So a hold can never land after the release that should have freed it:
    // either the poll saw the new setting, or the change saw the poll's hold.
    static void lockHolds(pqxx::work &tx, bool exclusive);
    // Due pending rows that cannot go out (the token is missing: all of them; the chat is
    // missing: those without one) say why in last_error and are held until that is fixed, not
    // due again by time: a server that never had Telegram configured neither rescans nor
    // rewrites its backlog. They stay pending; their attempts do not count up.
    static void holdBlocked(pqxx::work &tx, const QString &problem, bool onlyWithoutChat);
    // What held them may be fixed: every held row is due at once (and held again if not).
    static void releaseBlocked(pqxx::work &tx);
    // Takes up to `limit` due rows for `leaseMs`; configuredChat (may be empty) fills chat_id
    // of new-order rows that have none yet; rows still without a chat are left alone.
    static QList<OutboxMessage> claim(pqxx::work &tx, int limit, int leaseMs, const QString &claimer,
                                      const QString &configuredChat);
    // Telegram acknowledged the message: it is never sent again.
    static void markSent(pqxx::work &tx, qint64 id);
    // One failed attempt by `claimer`: pending again after delayMs, or failed at maxAttempts.
    static void recordFailure(pqxx::work &tx, qint64 id, const QString &claimer, const QString &error, qint64 delayMs,
                              int maxAttempts);

    // Telegram asked to wait (429 retry_after): no pending message goes out before delayMs,
    // whichever instance holds it.
    static void deferAll(pqxx::work &tx, qint64 delayMs);

    static QList<Notification> list(pqxx::work &tx, std::optional<Notification::Status> status, int limit,
                                    const QTimeZone &zone);
    static std::optional<Notification> find(pqxx::work &tx, qint64 id, const QTimeZone &zone);
    // failed -> pending with a fresh attempt count; false when the row is not failed.
    static bool retry(pqxx::work &tx, qint64 id);
};

} // namespace okna::server

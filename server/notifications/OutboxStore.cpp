#include "notifications/OutboxStore.h"

#include "db/SqlValue.h"

#include <algorithm>

namespace okna::server {

namespace {

#define OKNA_OUTBOX_COLUMNS                                                                                            \
    "id, chat_id, text, status, attempts, last_error, " OKNA_EPOCH_MS("created_at") ", " OKNA_EPOCH_MS("sent_at")

Notification fromRow(const pqxx::row &row, const QTimeZone &zone)
{
    Notification notification;
    notification.id = row[0].as<qint64>();
    notification.chatId = sql::text(row[1]);
    notification.text = sql::text(row[2]);
    notification.status = Notification::parseStatus(sql::text(row[3])).value_or(Notification::Status::Pending);
    notification.attempts = row[4].as<int>();
    notification.lastError = sql::optionalText(row[5]);
    notification.createdAt = sql::time(row[6], zone);
    notification.sentAt = sql::optionalTime(row[7], zone);
    return notification;
}

} // namespace

void OutboxStore::insertForUser(pqxx::work &tx, qint64 userId, const QString &text)
{
    tx.exec_params("INSERT INTO telegram_outbox (kind, user_id, chat_id, text) "
                   "SELECT 'direct', id, telegram_chat_id, $2 FROM users "
                   "WHERE id = $1 AND coalesce(telegram_chat_id, '') <> ''",
                   userId, text.toStdString());
}

void OutboxStore::lockHolds(pqxx::work &tx, bool exclusive)
{
    constexpr long long kHoldsLockKey = 0x6f6b7467; // "oktg"
    tx.exec_params(exclusive ? "SELECT pg_advisory_xact_lock($1)" : "SELECT pg_advisory_xact_lock_shared($1)",
                   kHoldsLockKey);
}

void OutboxStore::holdBlocked(pqxx::work &tx, const QString &problem, bool onlyWithoutChat)
{
    tx.exec_params("UPDATE telegram_outbox SET last_error = $1, next_attempt_at = 'infinity' "
                   "WHERE status = 'pending' AND next_attempt_at <= now()"
                   " AND (claimed_until IS NULL OR claimed_until < now())"
                   " AND (NOT $2::bool OR chat_id IS NULL)",
                   problem.toStdString(), onlyWithoutChat);
}

void OutboxStore::releaseBlocked(pqxx::work &tx)
{
    tx.exec_params("UPDATE telegram_outbox SET next_attempt_at = now() "
                   "WHERE status = 'pending' AND next_attempt_at > now() AND last_error IN ($1, $2)",
                   kNoToken.toStdString(), kNoChat.toStdString());
}

QList<OutboxMessage> OutboxStore::claim(pqxx::work &tx, int limit, int leaseMs, const QString &claimer,
                                        const QString &configuredChat)
{
    const auto chat = configuredChat.isEmpty() ? std::nullopt : std::optional(configuredChat.toStdString());
    const auto rows = tx.exec_params(
        "WITH due AS (SELECT id FROM telegram_outbox"
        "  WHERE status = 'pending' AND next_attempt_at <= now()"
        "   AND (claimed_until IS NULL OR claimed_until < now())"
        "   AND (chat_id IS NOT NULL OR $3::text IS NOT NULL)"
        "  ORDER BY next_attempt_at, id LIMIT $1::int FOR UPDATE SKIP LOCKED)"
        " UPDATE telegram_outbox o SET claimed_until = now() + $2::int * interval '1 millisecond', claimed_by = $4,"
        "  chat_id = coalesce(o.chat_id, $3::text)"
        " FROM due WHERE o.id = due.id"
        " RETURNING o.id, o.chat_id, o.text, o.attempts",
        limit, leaseMs, chat, claimer.toStdString());
    QList<OutboxMessage> messages;
    for (const auto &row : rows)
        messages.append({row[0].as<qint64>(), sql::text(row[1]), sql::text(row[2]), row[3].as<int>()});
    std::sort(messages.begin(), messages.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
    return messages;
}

void OutboxStore::markSent(pqxx::work &tx, qint64 id)
{
    // claimed_by stays: which instance sent it.
    tx.exec_params("UPDATE telegram_outbox SET status = 'sent', sent_at = now(), attempts = attempts + 1,"
                   " last_error = NULL, claimed_until = NULL "
                   "WHERE id = $1 AND status = 'pending'",
                   id);
}

void OutboxStore::recordFailure(pqxx::work &tx, qint64 id, const QString &claimer, const QString &error, qint64 delayMs,
                                int maxAttempts)
{
    tx.exec_params("UPDATE telegram_outbox SET attempts = attempts + 1, last_error = $3,"
                   " claimed_until = NULL, claimed_by = NULL,"
                   " status = CASE WHEN attempts + 1 >= $5::int THEN 'failed' ELSE 'pending' END,"
                   " next_attempt_at = now() + $4::int8 * interval '1 millisecond' "
                   "WHERE id = $1 AND status = 'pending' AND claimed_by = $2",
                   id, claimer.toStdString(), error.toStdString(), delayMs, maxAttempts);
}

void OutboxStore::deferAll(pqxx::work &tx, qint64 delayMs)
{
    tx.exec_params("UPDATE telegram_outbox SET next_attempt_at = now() + $1::int8 * interval '1 millisecond' "
                   "WHERE status = 'pending' AND next_attempt_at < now() + $1::int8 * interval '1 millisecond'",
                   delayMs);
}

QList<Notification> OutboxStore::list(pqxx::work &tx, std::optional<Notification::Status> status, int limit,
                                      const QTimeZone &zone)
{
    const auto wire = status ? std::optional(Notification::wireName(*status).toStdString()) : std::nullopt;
    const auto rows = tx.exec_params("SELECT " OKNA_OUTBOX_COLUMNS " FROM telegram_outbox "
                                     "WHERE $1::text IS NULL OR status = $1 ORDER BY id DESC LIMIT $2",
                                     wire, limit);
    QList<Notification> result;
    for (const auto &row : rows)
        result.append(fromRow(row, zone));
    return result;
}

std::optional<Notification> OutboxStore::find(pqxx::work &tx, qint64 id, const QTimeZone &zone)
{
    const auto rows = tx.exec_params("SELECT " OKNA_OUTBOX_COLUMNS " FROM telegram_outbox WHERE id = $1", id);
    if (rows.empty())
        return std::nullopt;
    return fromRow(rows[0], zone);
}

bool OutboxStore::retry(pqxx::work &tx, qint64 id)
{
    // The administrator retries after fixing the cause, often the chat: the message goes to the
    // chat configured now (the setting, or the user's own), falling back to the one it had.
    const auto rows =
        tx.exec_params("UPDATE telegram_outbox o SET status = 'pending', attempts = 0, last_error = NULL,"
                       " next_attempt_at = now(), claimed_until = NULL, claimed_by = NULL,"
                       " chat_id = coalesce(CASE o.kind"
                       "   WHEN 'new_order' THEN (SELECT value FROM settings WHERE key = 'telegram_chat_id')"
                       "   ELSE (SELECT nullif(telegram_chat_id, '') FROM users WHERE id = o.user_id) END, o.chat_id) "
                       "WHERE o.id = $1 AND o.status = 'failed' RETURNING o.id",
                       id);
    return !rows.empty();
}

} // namespace okna::server

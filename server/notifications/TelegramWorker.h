// Works the Telegram outbox in the dispatcher's thread: claims one due message at a time, sends
// it with the Bot API's sendMessage and records the outcome (sent, retry later, or failed).
#pragma once

#include "notifications/OutboxStore.h"
#include "notifications/TelegramOptions.h"

#include <QDeadlineTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace okna::server {

class Database;

class TelegramWorker : public QObject
{
    Q_OBJECT

public:
    TelegramWorker(Database &database, TelegramOptions options);

public slots:
    // In the worker's thread: creates the network access and starts polling.
    void start();
    // In the worker's thread: stops claiming and lets a request in flight finish (at most its
    // timeout), so that its outcome is recorded instead of left to the lease.
    void shutdown();

private:
    void poll();
    bool flushAcknowledged();
    void send(const OutboxMessage &message, const QString &token);
    void finish(QNetworkReply *reply, const OutboxMessage &message, const QString &token);
    // throttled: Telegram answered 429, so every pending message waits delayMs too.
    void recordFailure(const OutboxMessage &message, const QString &error, qint64 delayMs, bool throttled);
    void pauseFor(qint64 delayMs);
    void reportDatabase(const Status &status, const char *what);

    Database &m_database;
    const TelegramOptions m_options;
    const QString m_claimer; // this process, in claimed_by
    QNetworkAccessManager *m_network = nullptr;
    QTimer *m_timer = nullptr;
    QPointer<QNetworkReply> m_inFlight;
    bool m_timedOut = false; // the request in flight was aborted by its deadline
    bool m_stopping = false;
    bool m_databaseOk = true;           // to log a database outage once, not on every poll
    QList<qint64> m_acknowledged;       // sent, but not yet recorded as sent (the database was away)
    QDeadlineTimer m_pausedUntil;       // Telegram said 429: nothing goes out before this
    std::optional<QString> m_blockedBy; // what the last poll found missing; unknown before it
};

} // namespace okna::server

// Works the Telegram outbox in the dispatcher's thread: claims one due message at a time, sends
// it with the Bot API's sendMessage and records the outcome (sent, retry later, or failed).
#pragma once

#include "notifications/OutboxStore.h"
#include "notifications/TelegramOptions.h"

#include <QObject>
#include <QString>

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

    static inline const QString kNoToken = QStringLiteral("telegram_bot_token is not set");
    static inline const QString kNoChat = QStringLiteral("telegram_chat_id is not set");

public slots:
    // In the worker's thread: creates the network access and starts polling.
    void start();

private:
    void poll();
    void send(const OutboxMessage &message, const QString &token);
    void finish(QNetworkReply *reply, const OutboxMessage &message);
    void recordFailure(const OutboxMessage &message, const QString &error, qint64 delayMs);

    Database &m_database;
    const TelegramOptions m_options;
    const QString m_claimer; // this process, in claimed_by
    QNetworkAccessManager *m_network = nullptr;
    QTimer *m_timer = nullptr;
    bool m_busy = false;
};

} // namespace okna::server

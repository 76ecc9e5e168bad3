// Runs the TelegramWorker in a thread of its own, so that neither request handling nor the
// event loop of the main thread ever waits for Telegram or for the outbox's queries.
#pragma once

#include "notifications/TelegramOptions.h"

#include <QPointer>
#include <QThread>

namespace okna::server {

class Database;
class TelegramWorker;

class TelegramDispatcher
{
public:
    TelegramDispatcher(Database &database, TelegramOptions options);
    ~TelegramDispatcher();
    TelegramDispatcher(const TelegramDispatcher &) = delete;
    TelegramDispatcher &operator=(const TelegramDispatcher &) = delete;

    void start();
    // Waits for a request in flight (at most its timeout) and records its outcome, then stops.
    void stop();

private:
    Database &m_database;
    const TelegramOptions m_options;
    QThread m_thread;
    QPointer<TelegramWorker> m_worker; // lives in m_thread
};

} // namespace okna::server

#include "notifications/TelegramDispatcher.h"

#include "notifications/TelegramWorker.h"

namespace okna::server {

TelegramDispatcher::TelegramDispatcher(Database &database, TelegramOptions options)
    : m_database(database)
    , m_options(std::move(options))
{
    m_thread.setObjectName(QStringLiteral("telegram"));
}

TelegramDispatcher::~TelegramDispatcher()
{
    stop();
}

void TelegramDispatcher::start()
{
    if (m_thread.isRunning())
        return;
    // Owned by its thread: deleted there once the thread's event loop has stopped.
    auto *worker = new TelegramWorker(m_database, m_options);
    worker->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::started, worker, &TelegramWorker::start);
    QObject::connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    m_worker = worker;
    m_thread.start();
}

void TelegramDispatcher::stop()
{
    if (!m_thread.isRunning())
        return;
    // Lets a request in flight finish and records its outcome (bounded by the request timeout).
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &TelegramWorker::shutdown, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

} // namespace okna::server

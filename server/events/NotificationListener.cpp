#include "events/NotificationListener.h"

#include "events/EventPublisher.h"
#include "events/NotificationConnection.h"

namespace okna::server {

NotificationListener::NotificationListener(std::string connectionString, QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("okna-event-listener"));
    // No parent: it lives on m_thread and is deleted there when the thread finishes.
    auto *connection = new NotificationConnection(std::move(connectionString), EventPublisher::kChannel);
    connection->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, connection, &NotificationConnection::start);
    connect(&m_thread, &QThread::finished, connection, &QObject::deleteLater);
    connect(connection, &NotificationConnection::notified, this, &NotificationListener::notified);
    connect(connection, &NotificationConnection::resynced, this, &NotificationListener::resynced);
    m_thread.start();
}

NotificationListener::~NotificationListener()
{
    stop();
}

void NotificationListener::stop()
{
    if (!m_thread.isRunning())
        return;
    m_thread.quit();
    m_thread.wait();
}

} // namespace okna::server

// Hears every change any okna-server instance announces (EventPublisher, PostgreSQL NOTIFY on
// "okna_events") and re-emits it on the thread that owns this object. The database connection
// and its waiting run on a thread of their own, so a slow or restarting database never stalls
// the HTTP or WebSocket side.
#pragma once

#include <QObject>
#include <QThread>

#include <string>

namespace okna::server {

class NotificationListener : public QObject
{
    Q_OBJECT

public:
    explicit NotificationListener(std::string connectionString, QObject *parent = nullptr);
    ~NotificationListener() override;

    // Stops listening and joins the thread; also done by the destructor. Call before the
    // database goes away so the listener does not try to reconnect to it.
    void stop();

signals:
    // type: "order.created", "order.updated" or "master.updated"; id: the order or master user.
    void notified(const QString &type, qint64 id);
    // The connection was lost and is back: events in between were missed (API clients resync
    // themselves after they reconnect; the hub only logs it).
    void resynced();

private:
    QThread m_thread;
};

} // namespace okna::server

// The LISTEN side of PostgreSQL NOTIFY: one dedicated libpqxx connection (never a pooled one:
// LISTEN belongs to a session), watched with a QSocketNotifier. Lives on the listener's own
// thread (see NotificationListener); reconnects with back-off when the database goes away.
#pragma once

#include <QObject>
#include <QTimer>

#include <pqxx/connection>

#include <memory>
#include <string>

class QSocketNotifier;

namespace okna::server {

class NotificationConnection : public QObject
{
    Q_OBJECT

public:
    NotificationConnection(std::string connectionString, QByteArray channel);
    ~NotificationConnection() override;

public slots:
    // Connects (or schedules retries); call in the thread this object lives in.
    void start();

signals:
    // A well-formed payload {"type":"...","id":N} arrived.
    void notified(const QString &type, qint64 id);
    // Listening again after the connection was lost: notifications in between were missed.
    void resynced();
    void connectionLost();

private:
    class Receiver;

    void connectNow();
    void onReadable();
    void checkAlive();
    void dropConnection(const char *why);
    void deliver(const std::string &payload);

    const std::string m_connectionString;
    const QByteArray m_channel;
    std::unique_ptr<pqxx::connection> m_connection;
    std::unique_ptr<Receiver> m_receiver; // declared after m_connection: it must go first
    std::unique_ptr<QSocketNotifier> m_notifier;
    int m_socket = -1;
    QTimer m_retryTimer;
    QTimer m_aliveTimer;
    int m_retryDelayMs;
    bool m_everConnected = false;
};

} // namespace okna::server

// The live events WebSocket (/api/v1/events): the same certificate pin as the API, reconnects with
// back-off, and asks the models to refetch after a reconnect (events may have been missed).
#pragma once

#include "json/MasterRow.h"
#include "json/Order.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

class QWebSocket;

namespace okna {

class TlsGuard;

class EventStream : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Disconnected,
        Connecting,
        Connected,
        Reconnecting,
    };
    Q_ENUM(State)

    EventStream(TlsGuard *tls, QObject *parent = nullptr);
    ~EventStream() override;

    void open(const QUrl &serverUrl, const QString &token);
    void close();
    State state() const { return m_state; }
    // The next reconnect delay (grows 1 s, 2 s, 4 s ... 30 s; back to 1 s once connected).
    int nextDelayMs() const { return m_delayMs; }

signals:
    void stateChanged(okna::EventStream::State state);
    void orderCreated(const okna::Order &order);
    void orderUpdated(const okna::Order &order);
    void masterUpdated(const okna::MasterRow &master);
    // Connected again after a loss: whatever happened meanwhile must be fetched.
    void resyncNeeded();
    // The server closed the socket with 1008 (policy): the token may have expired.
    void tokenRejected();

private:
    void connectSocket();
    void setState(State state);
    void onText(const QString &text);
    void scheduleReconnect();

    TlsGuard *m_tls;
    QWebSocket *m_socket;
    QTimer m_reconnect;
    QTimer m_heartbeat;
    bool m_awaitingPong = false;
    QUrl m_url;
    State m_state = State::Disconnected;
    bool m_wasConnected = false;
    bool m_wanted = false;
    int m_delayMs = 1000;
};

} // namespace okna

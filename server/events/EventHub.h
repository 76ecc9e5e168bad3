// The WebSocket side of GET /api/v1/events: takes the sockets Qt upgraded, authenticates their
// token off the main thread, and fans every change heard by the NotificationListener out to the
// clients entitled to see it. The object is loaded once per event, never once per client.
//
// Who receives what:
// - order.created/order.updated: roles that read all orders (operator, coordinator, admin); a
//   master only for orders whose master_id is his. An order taken away from a master (unassigned
//   or reassigned) reaches him once more, carrying its new state, so his list can drop it: the
//   hub remembers per master which active orders he holds (seeded from the database when he
//   connects, then kept up to date from the events he receives).
// - master.updated: roles that may list masters (operator, coordinator, admin) and the master himself.
//
// Refused tokens are closed with 1008 and hear nothing. Heartbeats: a ping every pingIntervalMs;
// no pong (or other frame) for pongTimeoutMs closes the client with 1008. A client whose unsent
// data exceeds maxPendingBytes is closed with 1008 so it never holds the others back. Every
// client's token is checked again every tokenRecheckMs; a revoked one is closed with 1008.
#pragma once

#include "auth/Caller.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSslSocket>
#include <QThreadPool>
#include <QTimer>
#include <QWebSocketProtocol>

#include <deque>
#include <map>
#include <memory>
#include <optional>

class QAbstractHttpServer;
class QWebSocket;

namespace okna::server {

class AuthService;
class EventSource;
class NotificationListener;

class EventHub : public QObject
{
    Q_OBJECT

public:
    static inline const QString kPath = QStringLiteral("/api/v1/events");

    struct Settings
    {
        int pingIntervalMs = 20000;
        int pongTimeoutMs = 60000;
        int tokenRecheckMs = 60000;
        int authTimeoutMs = 5000;
        qint64 maxPendingBytes = 1024 * 1024;

        // Defaults, with OKNA_WS_PING_MS (the pong timeout follows at three intervals),
        // OKNA_WS_RECHECK_MS and OKNA_WS_MAX_PENDING_BYTES from the environment: tests shorten them.
        static Settings fromEnvironment();
    };

    EventHub(QAbstractHttpServer &server, NotificationListener &listener, AuthService &auth, EventSource &source,
             Settings settings = Settings::fromEnvironment(), QObject *parent = nullptr);
    ~EventHub() override;

    // Clients whose token was accepted.
    int connectedClients() const;

private:
    struct Client
    {
        std::unique_ptr<QWebSocket> socket;
        // The TLS socket under it, when found: QWebSocket::bytesToWrite() counts only what TLS has
        // not encrypted yet, while a slow reader's backlog piles up encrypted in this one.
        QPointer<QSslSocket> tls;
        QString token;
        std::optional<Caller> caller; // set once the token was accepted: only then it gets events
        QSet<qint64> heldOrders;      // a master's active orders, see the top of this file
        qint64 lastSeenMs = 0;        // m_clock time of the last pong or frame
    };
    struct PendingEvent
    {
        quint64 seq = 0;
        QString type;
        qint64 id = 0;
        bool loaded = false;
        std::optional<QJsonObject> data;
    };
    struct Verdict;

    void takePendingConnections();
    void admit(std::unique_ptr<QWebSocket> socket);
    void onVerdict(quint64 clientId, const Verdict &verdict);
    void onNotified(const QString &type, qint64 id);
    void flushEvents();
    void dispatch(const QString &type, qint64 id, const QJsonObject &data);
    static qint64 pendingBytes(const Client &client);
    void send(quint64 clientId, Client &client, const QString &message);
    void heartbeat();
    void recheckTokens();
    void drop(quint64 clientId, QWebSocketProtocol::CloseCode code, const QString &reason);

    QAbstractHttpServer &m_server;
    AuthService &m_auth;
    EventSource &m_source;
    const Settings m_settings;
    QThreadPool m_pool;
    std::map<quint64, Client> m_clients;
    quint64 m_nextClientId = 1;
    quint64 m_nextEventSeq = 1;
    std::deque<PendingEvent> m_events; // in NOTIFY order; sent in that order once loaded
    QElapsedTimer m_clock;
    QTimer m_pingTimer;
    QTimer m_recheckTimer;
    bool m_recheckRunning = false;
};

} // namespace okna::server

#include "events/EventHub.h"

#include "auth/AuthService.h"
#include "domain/OrderStatus.h"
#include "domain/Permissions.h"
#include "events/EventSource.h"
#include "events/NotificationListener.h"
#include "url/QueryString.h"

#include <QAbstractHttpServer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkRequest>
#include <QWebSocket>
#include <QtConcurrent>

#include <utility>

Q_LOGGING_CATEGORY(lcEvents, "okna.server.events")

namespace okna::server {

namespace {

constexpr int kLoaderThreads = 2;
// Frames a client may send us (we expect none but control frames).
constexpr quint64 kMaxIncomingBytes = 64 * 1024;
// How long a closing client may take to answer our close frame before we cut the connection.
constexpr int kCloseGraceMs = 2000;

int positiveFromEnvironment(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

// The TLS connection a WebSocket was upgraded from. Qt 6.4 offers no accessor and does not make it
// the WebSocket's child; it stays a child of the listening server, so it is found by its ports.
QSslSocket *tlsSocketUnder(const QObject &server, const QWebSocket &socket)
{
    const auto candidates = server.findChildren<QSslSocket *>();
    for (QSslSocket *candidate : candidates) {
        if (candidate->peerPort() == socket.peerPort() && candidate->localPort() == socket.localPort() &&
            candidate->peerAddress() == socket.peerAddress())
            return candidate;
    }
    qCWarning(lcEvents) << "no TLS socket under the WebSocket from" << socket.peerAddress() << socket.peerPort()
                        << "; its encrypted backlog goes uncounted";
    return nullptr;
}

QString tokenOf(const QWebSocket &socket)
{
    const QString fromQuery = QueryString::fromUrl(socket.requestUrl()).value(u"token");
    if (!fromQuery.isEmpty())
        return fromQuery;
    const QByteArray header = socket.request().rawHeader("Authorization").trimmed();
    const QByteArray scheme = "bearer ";
    if (header.size() > scheme.size() && header.left(scheme.size()).toLower() == scheme)
        return QString::fromLatin1(header.mid(scheme.size())).trimmed();
    return {};
}

bool isOrderEvent(const QString &type)
{
    return type == QLatin1String("order.created") || type == QLatin1String("order.updated");
}

bool isMasterEvent(const QString &type)
{
    return type == QLatin1String("master.updated");
}

} // namespace

// What the worker thread found out about a token.
struct EventHub::Verdict
{
    std::optional<Caller> caller;
    bool refused = false; // unknown, expired or revoked (as opposed to: the database is down)
    QList<qint64> heldOrders;
};

EventHub::Settings EventHub::Settings::fromEnvironment()
{
    Settings settings;
    settings.pingIntervalMs = positiveFromEnvironment("OKNA_WS_PING_MS", settings.pingIntervalMs);
    settings.pongTimeoutMs = 3 * settings.pingIntervalMs;
    settings.tokenRecheckMs = positiveFromEnvironment("OKNA_WS_RECHECK_MS", settings.tokenRecheckMs);
    settings.maxPendingBytes = positiveFromEnvironment("OKNA_WS_MAX_PENDING_BYTES", int(settings.maxPendingBytes));
    return settings;
}

EventHub::EventHub(QAbstractHttpServer &server, NotificationListener &listener, AuthService &auth, EventSource &source,
                   Settings settings, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_auth(auth)
    , m_source(source)
    , m_settings(settings)
    , m_pingTimer(this)
    , m_recheckTimer(this)
{
    m_pool.setMaxThreadCount(kLoaderThreads);
    m_pool.setObjectName(QStringLiteral("okna-event-loaders"));
    m_clock.start();
    connect(&server, &QAbstractHttpServer::newWebSocketConnection, this, &EventHub::takePendingConnections);
    connect(&listener, &NotificationListener::notified, this, &EventHub::onNotified);
    connect(&listener, &NotificationListener::resynced, this, [] {
        qCWarning(lcEvents) << "event listener reconnected; clients may have missed events while it was down";
    });
    connect(&m_pingTimer, &QTimer::timeout, this, &EventHub::heartbeat);
    m_pingTimer.start(m_settings.pingIntervalMs);
    connect(&m_recheckTimer, &QTimer::timeout, this, &EventHub::recheckTokens);
    m_recheckTimer.start(m_settings.tokenRecheckMs);
}

EventHub::~EventHub()
{
    m_pool.waitForDone(); // the workers use m_auth and m_source
    // A QWebSocket emits disconnected() from its destructor; our handler would then erase the
    // very entry that clear() is destroying (a double free at every shutdown with clients on).
    for (auto &[clientId, client] : m_clients)
        QObject::disconnect(client.socket.get(), nullptr, this, nullptr);
    m_clients.clear();
}

int EventHub::connectedClients() const
{
    int count = 0;
    for (const auto &[id, client] : m_clients)
        count += client.caller ? 1 : 0;
    return count;
}

void EventHub::takePendingConnections()
{
    while (m_server.hasPendingWebSocketConnections()) {
        if (auto socket = m_server.nextPendingWebSocketConnection())
            admit(std::move(socket));
    }
}

void EventHub::admit(std::unique_ptr<QWebSocket> socket)
{
    const quint64 clientId = m_nextClientId++;
    QWebSocket *raw = socket.get();
    raw->setMaxAllowedIncomingFrameSize(kMaxIncomingBytes);
    raw->setMaxAllowedIncomingMessageSize(kMaxIncomingBytes);
    const bool rightPath = raw->requestUrl().path() == kPath;
    const QString token = tokenOf(*raw);

    Client &client = m_clients[clientId];
    client.socket = std::move(socket);
    client.tls = tlsSocketUnder(m_server, *raw);
    client.token = token;
    client.lastSeenMs = m_clock.elapsed();
    const auto seen = [this, clientId] {
        if (auto it = m_clients.find(clientId); it != m_clients.end())
            it->second.lastSeenMs = m_clock.elapsed();
    };
    connect(raw, &QWebSocket::pong, this, seen);
    connect(raw, &QWebSocket::textMessageReceived, this, seen);
    connect(raw, &QWebSocket::binaryMessageReceived, this, seen);
    connect(raw, &QWebSocket::disconnected, this, [this, clientId] {
        auto it = m_clients.find(clientId);
        if (it == m_clients.end())
            return;
        if (it->second.caller)
            qCInfo(lcEvents) << "events client" << clientId << "of user" << it->second.caller->userId << "left";
        it->second.socket.release()->deleteLater(); // we are inside its signal
        m_clients.erase(it);
    });

    if (!rightPath || token.isEmpty()) {
        drop(clientId, QWebSocketProtocol::CloseCodePolicyViolated,
             rightPath ? QStringLiteral("unauthenticated") : QStringLiteral("not found"));
        return;
    }

    QTimer::singleShot(m_settings.authTimeoutMs, this, [this, clientId] {
        if (auto it = m_clients.find(clientId); it != m_clients.end() && !it->second.caller)
            drop(clientId, QWebSocketProtocol::CloseCodeBadOperation, QStringLiteral("try again later"));
    });
    QtConcurrent::run(&m_pool, [auth = &m_auth, source = &m_source, token] {
        Verdict verdict;
        const auto caller = auth->authenticate(token);
        if (!caller) {
            verdict.refused = caller.error().code() == ErrorCode::Unauthenticated;
            return verdict;
        }
        verdict.caller = *caller;
        if (!roleHas(caller->role, Capability::ReadAllOrders))
            verdict.heldOrders = source->activeOrderIdsOf(*caller);
        return verdict;
    }).then(this, [this, clientId](const Verdict &verdict) { onVerdict(clientId, verdict); });
}

void EventHub::onVerdict(quint64 clientId, const Verdict &verdict)
{
    auto it = m_clients.find(clientId);
    if (it == m_clients.end() || it->second.caller)
        return;
    if (!verdict.caller) {
        if (verdict.refused)
            drop(clientId, QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("unauthenticated"));
        else
            drop(clientId, QWebSocketProtocol::CloseCodeBadOperation, QStringLiteral("try again later"));
        return;
    }
    Client &client = it->second;
    client.caller = verdict.caller;
    client.heldOrders = QSet<qint64>(verdict.heldOrders.cbegin(), verdict.heldOrders.cend());
    client.lastSeenMs = m_clock.elapsed();
    qCInfo(lcEvents).noquote() << "events client" << clientId << "of user" << client.caller->userId
                               << wireName(client.caller->role) << "connected";
}

void EventHub::onNotified(const QString &type, qint64 id)
{
    if (!isOrderEvent(type) && !isMasterEvent(type)) {
        qCWarning(lcEvents) << "ignoring an event of unknown type" << type;
        return;
    }
    if (connectedClients() == 0)
        return; // nobody to tell; a client that connects later loads the current state itself

    const quint64 seq = m_nextEventSeq++;
    m_events.push_back({seq, type, id, false, std::nullopt});
    QtConcurrent::run(&m_pool, [source = &m_source, type, id] {
        return isOrderEvent(type) ? source->loadOrder(id) : source->loadMaster(id);
    }).then(this, [this, seq](const std::optional<QJsonObject> &data) {
        // Events are loaded concurrently but sent in the order they were announced.
        for (PendingEvent &pending : m_events) {
            if (pending.seq == seq) {
                pending.loaded = true;
                pending.data = data;
                break;
            }
        }
        flushEvents();
    });
}

void EventHub::flushEvents()
{
    while (!m_events.empty() && m_events.front().loaded) {
        const PendingEvent event = std::move(m_events.front());
        m_events.pop_front();
        if (event.data)
            dispatch(event.type, event.id, *event.data);
    }
}

void EventHub::dispatch(const QString &type, qint64 id, const QJsonObject &data)
{
    const QJsonObject envelope{{QStringLiteral("type"), type}, {QStringLiteral("data"), data}};
    const QString message = QString::fromUtf8(QJsonDocument(envelope).toJson(QJsonDocument::Compact));
    const bool orderEvent = isOrderEvent(type);
    const QJsonValue masterId = data.value(QLatin1String("master_id"));
    const bool active =
        isActive(parseOrderStatus(data.value(QLatin1String("status")).toString()).value_or(OrderStatus::Done));

    std::vector<quint64> recipients;
    for (auto &[clientId, client] : m_clients) {
        if (!client.caller)
            continue;
        const Caller &caller = *client.caller;
        bool entitled = false;
        if (!orderEvent) {
            entitled = roleHas(caller.role, Capability::ListMasters) || caller.userId == id;
        } else if (roleHas(caller.role, Capability::ReadAllOrders)) {
            entitled = true;
        } else if (roleHas(caller.role, Capability::ReadOrders)) {
            if (!masterId.isNull() && masterId.toInteger() == caller.userId) {
                entitled = true;
                if (active)
                    client.heldOrders.insert(id);
                else
                    client.heldOrders.remove(id);
            } else {
                entitled = client.heldOrders.remove(id); // taken away from him: told once
            }
        }
        if (entitled)
            recipients.push_back(clientId);
    }
    for (const quint64 clientId : recipients) {
        if (auto it = m_clients.find(clientId); it != m_clients.end())
            send(clientId, it->second, message);
    }
}

qint64 EventHub::pendingBytes(const Client &client)
{
    return client.socket->bytesToWrite() + (client.tls ? client.tls->encryptedBytesToWrite() : 0);
}

void EventHub::send(quint64 clientId, Client &client, const QString &message)
{
    if (pendingBytes(client) <= m_settings.maxPendingBytes)
        client.socket->sendTextMessage(message);
    if (pendingBytes(client) > m_settings.maxPendingBytes) {
        qCWarning(lcEvents) << "events client" << clientId << "reads too slowly, dropping it";
        drop(clientId, QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("too slow"));
    }
}

void EventHub::heartbeat()
{
    const qint64 now = m_clock.elapsed();
    std::vector<quint64> silent;
    for (auto &[clientId, client] : m_clients) {
        if (!client.caller)
            continue;
        if (now - client.lastSeenMs > m_settings.pongTimeoutMs)
            silent.push_back(clientId);
        else
            client.socket->ping();
    }
    for (const quint64 clientId : silent) {
        qCInfo(lcEvents) << "events client" << clientId << "stopped answering pings";
        drop(clientId, QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("no pong"));
    }
}

void EventHub::recheckTokens()
{
    if (m_recheckRunning)
        return;
    QList<std::pair<quint64, QString>> tokens;
    for (const auto &[clientId, client] : m_clients) {
        if (client.caller)
            tokens.append({clientId, client.token});
    }
    if (tokens.isEmpty())
        return;
    m_recheckRunning = true;
    QtConcurrent::run(&m_pool, [auth = &m_auth, tokens] {
        QList<std::pair<quint64, Verdict>> verdicts;
        for (const auto &[clientId, token] : tokens) {
            Verdict verdict;
            const auto caller = auth->authenticate(token);
            if (caller)
                verdict.caller = *caller;
            else
                verdict.refused = caller.error().code() == ErrorCode::Unauthenticated;
            verdicts.append({clientId, verdict});
        }
        return verdicts;
    }).then(this, [this](const QList<std::pair<quint64, Verdict>> &verdicts) {
        m_recheckRunning = false;
        for (const auto &[clientId, verdict] : verdicts) {
            auto it = m_clients.find(clientId);
            if (it == m_clients.end())
                continue;
            if (verdict.caller)
                it->second.caller = verdict.caller; // the role may have changed
            else if (verdict.refused)
                drop(clientId, QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("session ended"));
            // else the database is unreachable: keep the client, look again next time
        }
    });
}

void EventHub::drop(quint64 clientId, QWebSocketProtocol::CloseCode code, const QString &reason)
{
    auto it = m_clients.find(clientId);
    if (it == m_clients.end())
        return;
    QWebSocket *socket = it->second.socket.release();
    m_clients.erase(it);
    socket->disconnect(this);
    socket->setParent(this); // deleted with the hub if it is still closing then
    if (socket->state() != QAbstractSocket::ConnectedState) {
        socket->deleteLater();
        return;
    }
    connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
    socket->close(code, reason);
    QTimer::singleShot(kCloseGraceMs, socket, [socket] {
        socket->abort();
        socket->deleteLater();
    });
}

} // namespace okna::server

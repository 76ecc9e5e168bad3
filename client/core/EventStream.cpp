#include "core/EventStream.h"

#include "core/TlsGuard.h"
#include "url/QueryString.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QWebSocket>

Q_LOGGING_CATEGORY(lcEvents, "okna.client.events")

namespace okna {

namespace {
constexpr int firstDelayMs = 1000;
constexpr int maxDelayMs = 30000;
constexpr int heartbeatMs = 15000;
} // namespace

EventStream::EventStream(TlsGuard *tls, QObject *parent)
    : QObject(parent)
    , m_tls(tls)
    , m_socket(new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this))
{
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &EventStream::connectSocket);
    // A connection that died without a close (cable, sleep, NAT) is noticed by a ping that gets no
    // pong in time; aborting it starts the normal reconnect.
    m_heartbeat.setInterval(heartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, [this] {
        if (m_awaitingPong) {
            qCInfo(lcEvents) << "no pong from the server: reconnecting";
            m_socket->abort();
            return;
        }
        m_awaitingPong = true;
        m_socket->ping();
    });
    connect(m_socket, &QWebSocket::pong, this, [this] { m_awaitingPong = false; });
    connect(m_socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Never prompts: the login already pinned the certificate, a change is refused.
        if (m_tls->accept(m_url.host(), m_url.port(443), m_socket->sslConfiguration().peerCertificate(), errors, false))
            m_socket->ignoreSslErrors(errors);
    });
    connect(m_socket, &QWebSocket::connected, this, [this] {
        m_delayMs = firstDelayMs;
        const bool again = m_wasConnected;
        m_wasConnected = true;
        m_awaitingPong = false;
        m_heartbeat.start();
        setState(State::Connected);
        if (again)
            emit resyncNeeded();
    });
    connect(m_socket, &QWebSocket::disconnected, this, [this] {
        m_heartbeat.stop();
        qCInfo(lcEvents) << "events socket closed:" << m_socket->closeCode() << m_socket->closeReason();
        if (!m_wanted) {
            setState(State::Disconnected);
            return;
        }
        // 1008: the server no longer accepts the token. The owner checks the session; if it is
        // really gone, it closes the stream, otherwise the retry below goes on.
        if (m_socket->closeCode() == QWebSocketProtocol::CloseCodePolicyViolated)
            emit tokenRejected();
        if (m_wanted)
            scheduleReconnect();
    });
    connect(m_socket, &QWebSocket::textMessageReceived, this, &EventStream::onText);
}

EventStream::~EventStream()
{
    m_wanted = false;
    m_socket->disconnect(this);
}

void EventStream::open(const QUrl &serverUrl, const QString &token)
{
    m_url = serverUrl;
    m_url.setScheme(QStringLiteral("wss"));
    m_url.setPath(QStringLiteral("/api/v1/events"));
    QueryString({{QStringLiteral("token"), token}}).setOn(m_url);
    m_wanted = true;
    m_wasConnected = false;
    m_delayMs = firstDelayMs;
    connectSocket();
}

void EventStream::close()
{
    m_wanted = false;
    m_reconnect.stop();
    m_heartbeat.stop();
    m_socket->close();
    setState(State::Disconnected);
}

void EventStream::connectSocket()
{
    if (!m_wanted)
        return;
    setState(m_wasConnected ? State::Reconnecting : State::Connecting);
    m_socket->abort();
    m_socket->open(m_url);
}

void EventStream::scheduleReconnect()
{
    setState(State::Reconnecting);
    m_reconnect.start(m_delayMs);
    m_delayMs = std::min(m_delayMs * 2, maxDelayMs);
}

void EventStream::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void EventStream::onText(const QString &text)
{
    const auto message = QJsonDocument::fromJson(text.toUtf8()).object();
    const auto type = message.value(QLatin1String("type")).toString();
    const auto data = message.value(QLatin1String("data")).toObject();
    if (type == QLatin1String("order.created") || type == QLatin1String("order.updated")) {
        auto order = Order::fromJson(data);
        if (!order) {
            qCWarning(lcEvents) << "bad order event:" << order.error().message();
            return;
        }
        if (type == QLatin1String("order.created"))
            emit orderCreated(*order);
        else
            emit orderUpdated(*order);
    } else if (type == QLatin1String("master.updated")) {
        auto master = MasterRow::fromJson(data);
        if (master)
            emit masterUpdated(*master);
        else
            qCWarning(lcEvents) << "bad master event:" << master.error().message();
    }
}

} // namespace okna

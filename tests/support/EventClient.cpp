#include "EventClient.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QTest>
#include <QWebSocket>

namespace okna::test {

namespace {

constexpr int pollIntervalMs = 10;

} // namespace

EventClient::EventClient(const QUrl &apiBaseUrl, QSslConfiguration tls)
    : m_tls(std::move(tls))
{
    m_eventsUrl = apiBaseUrl;
    m_eventsUrl.setScheme(apiBaseUrl.scheme() == QLatin1String("http") ? QStringLiteral("ws") : QStringLiteral("wss"));
    auto path = apiBaseUrl.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    m_eventsUrl.setPath(path + QStringLiteral("/events"));
}

EventClient::~EventClient()
{
    close();
    // The handlers write into members that are destroyed before m_socket.
    if (m_socket)
        QObject::disconnect(m_socket.get(), nullptr, nullptr, nullptr);
}

bool EventClient::open(const QString &token, int timeoutMs)
{
    auto url = m_eventsUrl;
    url.setQuery(QStringLiteral("token=") + QString::fromLatin1(QUrl::toPercentEncoding(token)), QUrl::StrictMode);
    return openRequest(url, {}, timeoutMs);
}

bool EventClient::openWithQuery(const QByteArray &encodedQuery, int timeoutMs)
{
    auto url = m_eventsUrl;
    url.setQuery(QString::fromLatin1(encodedQuery), QUrl::StrictMode);
    return openRequest(url, {}, timeoutMs);
}

bool EventClient::openWithHeader(const QString &token, int timeoutMs)
{
    return openRequest(m_eventsUrl, token, timeoutMs);
}

bool EventClient::openRequest(const QUrl &url, const QString &bearer, int timeoutMs)
{
    close();
    m_error.clear();
    m_sslErrors.clear();
    m_socket = std::make_unique<QWebSocket>();
    m_socket->setSslConfiguration(m_tls);
    auto *socket = m_socket.get();
    // Recorded, never ignored: a test trusting the wrong certificate must fail.
    QObject::connect(socket, &QWebSocket::sslErrors, socket,
                     [this](const QList<QSslError> &errors) { m_sslErrors += errors; });
    // Qt 6.4 names this signal error(); errorOccurred() arrives in 6.5.
    QObject::connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), socket,
                     [this, socket](QAbstractSocket::SocketError) { m_error = socket->errorString(); });
    QObject::connect(socket, &QWebSocket::textMessageReceived, socket,
                     [this](const QString &text) { onTextMessage(text); });
    QObject::connect(socket, &QWebSocket::binaryMessageReceived, socket,
                     [this](const QByteArray &frame) { m_invalidFrames.append(frame); });

    QNetworkRequest request(url);
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer.toUtf8());
    socket->open(request);

    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired() && socket->state() != QAbstractSocket::ConnectedState && m_error.isEmpty())
        QTest::qWait(pollIntervalMs);
    if (socket->state() == QAbstractSocket::ConnectedState)
        return true;
    if (m_error.isEmpty())
        m_error = QStringLiteral("no WebSocket handshake within %1 ms").arg(timeoutMs);
    return false;
}

void EventClient::close()
{
    if (!m_socket)
        return;
    if (m_socket->state() != QAbstractSocket::UnconnectedState) {
        m_socket->close();
        waitForDisconnected(2000);
    }
}

bool EventClient::isConnected() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

bool EventClient::waitForDisconnected(int timeoutMs)
{
    if (!m_socket)
        return true;
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired() && m_socket->state() != QAbstractSocket::UnconnectedState)
        QTest::qWait(pollIntervalMs);
    return m_socket->state() == QAbstractSocket::UnconnectedState;
}

QWebSocketProtocol::CloseCode EventClient::closeCode() const
{
    return m_socket ? m_socket->closeCode() : QWebSocketProtocol::CloseCodeNormal;
}

QString EventClient::closeReason() const
{
    return m_socket ? m_socket->closeReason() : QString();
}

std::optional<QJsonObject> EventClient::waitFor(const QString &type, const Predicate &predicate, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        if (auto found = takeMatching(type, predicate))
            return found;
        if (deadline.hasExpired())
            return std::nullopt;
        QTest::qWait(pollIntervalMs);
    }
}

bool EventClient::staysSilent(const QString &type, const Predicate &predicate, int timeoutMs)
{
    QTest::qWait(timeoutMs);
    return !takeMatching(type, predicate).has_value();
}

void EventClient::discardPending()
{
    m_pending.clear();
}

std::optional<QJsonObject> EventClient::takeMatching(const QString &type, const Predicate &predicate)
{
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        const auto message = m_pending.at(i);
        const auto data = message.value(QLatin1String("data")).toObject();
        if (message.value(QLatin1String("type")).toString() == type && (!predicate || predicate(data))) {
            m_pending.removeAt(i);
            return data;
        }
    }
    return std::nullopt;
}

void EventClient::onTextMessage(const QString &text)
{
    const auto document = QJsonDocument::fromJson(text.toUtf8());
    if (!document.isObject()) {
        m_invalidFrames.append(text.toUtf8());
        return;
    }
    m_messages.append(document.object());
    m_pending.append(document.object());
}

} // namespace okna::test

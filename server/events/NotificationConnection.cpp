#include "events/NotificationConnection.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSocketNotifier>

#include <pqxx/except>
#include <pqxx/nontransaction>
#include <pqxx/notification>

#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcEvents)

namespace okna::server {

namespace {

constexpr int kFirstRetryMs = 200;
constexpr int kMaxRetryMs = 5000;
// A silently dead TCP connection (no RST) gives no readable socket: look every so often.
constexpr int kAliveCheckMs = 10000;

// Seconds libpq waits for a connection: a hanging server must not freeze the back-off.
std::string withConnectTimeout(const std::string &connectionString)
{
    if (connectionString.find("connect_timeout") != std::string::npos)
        return connectionString;
    const bool isUri = connectionString.rfind("postgres://", 0) == 0 || connectionString.rfind("postgresql://", 0) == 0;
    if (!isUri)
        return connectionString + (connectionString.empty() ? "" : " ") + "connect_timeout=5";
    return connectionString + (connectionString.find('?') == std::string::npos ? "?" : "&") + "connect_timeout=5";
}

} // namespace

class NotificationConnection::Receiver : public pqxx::notification_receiver
{
public:
    Receiver(pqxx::connection_base &connection, const std::string &channel, NotificationConnection &owner)
        : pqxx::notification_receiver(connection, channel)
        , m_owner(owner)
    {}

    void operator()(const std::string &payload, int) override { m_owner.deliver(payload); }

private:
    NotificationConnection &m_owner;
};

NotificationConnection::NotificationConnection(std::string connectionString, QByteArray channel)
    : m_connectionString(withConnectTimeout(connectionString))
    , m_channel(std::move(channel))
    , m_retryTimer(this)
    , m_aliveTimer(this)
    , m_retryDelayMs(kFirstRetryMs)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &NotificationConnection::connectNow);
    m_aliveTimer.setInterval(kAliveCheckMs);
    connect(&m_aliveTimer, &QTimer::timeout, this, &NotificationConnection::checkAlive);
}

NotificationConnection::~NotificationConnection()
{
    m_notifier.reset();
    m_receiver.reset();
    m_connection.reset();
}

void NotificationConnection::start()
{
    connectNow();
}

void NotificationConnection::connectNow()
{
    try {
        auto connection = std::make_unique<pqxx::connection>(m_connectionString);
        // Registering the receiver sends LISTEN.
        auto receiver = std::make_unique<Receiver>(*connection, m_channel.toStdString(), *this);
        m_connection = std::move(connection);
        m_receiver = std::move(receiver);
    } catch (const std::exception &error) {
        qCWarning(lcEvents).noquote() << "cannot LISTEN for events, retrying in" << m_retryDelayMs
                                      << "ms:" << QString::fromUtf8(error.what()).trimmed();
        m_retryTimer.start(m_retryDelayMs);
        m_retryDelayMs = std::min(m_retryDelayMs * 2, kMaxRetryMs);
        return;
    }
    m_socket = m_connection->sock();
    m_notifier = std::make_unique<QSocketNotifier>(m_socket, QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &NotificationConnection::onReadable);
    m_retryDelayMs = kFirstRetryMs;
    m_aliveTimer.start();
    if (m_everConnected) {
        qCInfo(lcEvents) << "listening for events again; changes made meanwhile were not announced";
        emit resynced();
    } else {
        qCInfo(lcEvents) << "listening for events on channel" << m_channel;
    }
    m_everConnected = true;
    onReadable(); // anything that arrived with the LISTEN answer is already buffered
}

void NotificationConnection::onReadable()
{
    if (!m_connection)
        return;
    try {
        m_connection->get_notifs();
    } catch (const std::exception &error) {
        dropConnection(error.what());
        return;
    }
    // libpq may have seen the end of the stream without throwing (e.g. the server said goodbye).
    if (!m_connection->is_open())
        dropConnection("connection closed by the server");
}

void NotificationConnection::checkAlive()
{
    if (!m_connection)
        return;
    try {
        pqxx::nontransaction(*m_connection).exec("SELECT 1");
    } catch (const std::exception &error) {
        dropConnection(error.what());
        return;
    }
    // libpqxx reconnects on its own when it can; LISTEN then runs on a socket we do not watch.
    if (m_connection->sock() != m_socket) {
        dropConnection("connection was silently re-established");
        return;
    }
    onReadable(); // notifications that came in with the query's answer
}

void NotificationConnection::dropConnection(const char *why)
{
    qCWarning(lcEvents).noquote() << "lost the event connection:" << QString::fromUtf8(why).trimmed();
    m_aliveTimer.stop();
    m_notifier.reset();
    m_receiver.reset();
    m_connection.reset();
    m_socket = -1;
    emit connectionLost();
    m_retryTimer.start(m_retryDelayMs);
    m_retryDelayMs = std::min(m_retryDelayMs * 2, kMaxRetryMs);
}

void NotificationConnection::deliver(const std::string &payload)
{
    const QJsonObject object = QJsonDocument::fromJson(QByteArray::fromStdString(payload)).object();
    const QString type = object.value(QLatin1String("type")).toString();
    const qint64 id = object.value(QLatin1String("id")).toInteger(-1);
    if (type.isEmpty() || id < 0) {
        qCWarning(lcEvents) << "ignoring a malformed event payload of" << payload.size() << "bytes";
        return;
    }
    emit notified(type, id);
}

} // namespace okna::server

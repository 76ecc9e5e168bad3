#include "HttpsLoad.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QSslSocket>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace okna::bench {

namespace {

// The status of a response and the size of the whole message, once its head has arrived.
struct ResponseHead
{
    int status = 0;
    qsizetype size = 0;
};

std::optional<ResponseHead> parseHead(const QByteArray &buffer)
{
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return std::nullopt;
    ResponseHead head;
    head.status = buffer.mid(9, 3).toInt(); // "HTTP/1.1 200 OK"
    qsizetype bodySize = 0;
    static const QByteArray lengthHeader("content-length:");
    for (qsizetype line = buffer.indexOf("\r\n") + 2; line < headEnd;) {
        const qsizetype lineEnd = buffer.indexOf("\r\n", line);
        if (lineEnd - line > lengthHeader.size() &&
            qstrnicmp(buffer.constData() + line, lengthHeader.constData(), lengthHeader.size()) == 0) {
            bodySize =
                buffer.mid(line + lengthHeader.size(), lineEnd - line - lengthHeader.size()).trimmed().toLongLong();
        }
        line = lineEnd + 2;
    }
    head.size = headEnd + 4 + bodySize;
    return head;
}

struct Connection
{
    std::unique_ptr<QSslSocket> socket;
    QByteArray received;
    qint64 step = 0;
    qint64 sentAtNs = 0; // when it was sent, or when it was due (open loop)
    qint64 dueNs = 0;    // open loop: when the next request is due
    bool waiting = false;
    bool stopped = false;
};

} // namespace

HttpsLoad::HttpsLoad(QUrl apiBaseUrl, QSslConfiguration tls, QByteArray token, int connections, double warmUpSeconds,
                     double ratePerSecond)
    : m_apiBaseUrl(std::move(apiBaseUrl))
    , m_tls(std::move(tls))
    , m_token(std::move(token))
    , m_connections(connections)
    , m_warmUpSeconds(warmUpSeconds)
    , m_ratePerSecond(ratePerSecond)
{}

Figures HttpsLoad::run(const QString &name, double seconds, const NextCall &next) const
{
    const QString host = m_apiBaseUrl.host();
    const quint16 port = static_cast<quint16>(m_apiBaseUrl.port(443));
    const QByteArray basePath = m_apiBaseUrl.path(QUrl::FullyEncoded).toUtf8();
    const QByteArray fixedHeaders = " HTTP/1.1\r\nHost: " + host.toUtf8() + ':' + QByteArray::number(port) +
                                    "\r\nAuthorization: Bearer " + m_token + "\r\n";

    std::vector<Connection> connections(static_cast<size_t>(m_connections));
    std::vector<double> latencies;
    qint64 errors = 0;
    int running = m_connections;
    QElapsedTimer clock;
    clock.start();
    const qint64 warmUpNs = static_cast<qint64>(m_warmUpSeconds * 1e9);
    const qint64 endNs = warmUpNs + static_cast<qint64>(seconds * 1e9);
    QEventLoop loop;
    // Open loop: each connection sends every intervalNs, the connections evenly staggered.
    const qint64 intervalNs = m_ratePerSecond > 0 ? static_cast<qint64>(m_connections * 1e9 / m_ratePerSecond) : 0;
    for (int worker = 0; worker < m_connections; ++worker)
        connections[static_cast<size_t>(worker)].dueNs = intervalNs * worker / m_connections;

    const auto stop = [&](int worker) {
        Connection &connection = connections[static_cast<size_t>(worker)];
        if (connection.stopped)
            return;
        connection.stopped = true;
        if (--running == 0)
            loop.quit();
    };
    std::function<void(int)> send = [&](int worker) {
        Connection &connection = connections[static_cast<size_t>(worker)];
        const qint64 nowNs = clock.nsecsElapsed();
        if (nowNs >= endNs) {
            stop(worker);
            return;
        }
        // Qt 6.4's timers count whole milliseconds: a request may go up to a millisecond early, and is
        // then timed from when it was sent; one sent late is timed from when it was due.
        if (intervalNs > 0 && connection.dueNs - nowNs >= 1'000'000) {
            QTimer::singleShot(std::chrono::milliseconds((connection.dueNs - nowNs) / 1'000'000), Qt::PreciseTimer,
                               connection.socket.get(), [&send, worker] { send(worker); });
            return;
        }
        const Call call = next(worker, connection.step++);
        QByteArray request = call.method + ' ' + basePath + call.path.toUtf8() + fixedHeaders;
        if (!call.body.isEmpty())
            request += "Content-Type: application/json\r\n";
        if (!call.body.isEmpty() || call.method != "GET")
            request += "Content-Length: " + QByteArray::number(call.body.size()) + "\r\n";
        request += "\r\n" + call.body;
        connection.waiting = true;
        connection.sentAtNs = intervalNs > 0 ? std::min(connection.dueNs, nowNs) : nowNs;
        connection.dueNs += intervalNs;
        connection.socket->write(request);
    };
    const auto record = [&](const Connection &connection, bool ok) {
        if (connection.sentAtNs < warmUpNs)
            return;
        latencies.push_back((clock.nsecsElapsed() - connection.sentAtNs) / 1e6);
        if (!ok)
            ++errors;
    };
    const auto connect = [&](int worker) {
        Connection &connection = connections[static_cast<size_t>(worker)];
        connection.received.clear();
        connection.socket->setSslConfiguration(m_tls);
        connection.socket->connectToHostEncrypted(host, port);
    };

    for (int worker = 0; worker < m_connections; ++worker) {
        Connection &connection = connections[static_cast<size_t>(worker)];
        connection.socket = std::make_unique<QSslSocket>();
        QSslSocket *socket = connection.socket.get();
        QObject::connect(socket, &QSslSocket::encrypted, socket, [&, worker] { send(worker); });
        QObject::connect(socket, &QSslSocket::readyRead, socket, [&, worker, socket] {
            Connection &current = connections[static_cast<size_t>(worker)];
            current.received += socket->readAll();
            while (current.waiting) {
                const auto head = parseHead(current.received);
                if (!head || current.received.size() < head->size)
                    return;
                current.received.remove(0, head->size);
                current.waiting = false;
                record(current, head->status >= 200 && head->status < 300);
                send(worker);
            }
        });
        // A connection the server closed counts its unanswered request as an error and comes back.
        QObject::connect(socket, &QSslSocket::disconnected, socket, [&, worker] {
            Connection &current = connections[static_cast<size_t>(worker)];
            if (!current.waiting)
                return;
            current.waiting = false;
            record(current, false);
            connect(worker);
        });
        // One that cannot connect at all stops: the figures then show fewer requests.
        QObject::connect(socket, &QSslSocket::errorOccurred, socket, [&, worker, socket] {
            if (connections[static_cast<size_t>(worker)].waiting ||
                socket->state() != QAbstractSocket::UnconnectedState)
                return;
            QTextStream(stderr) << "connection " << worker << ": " << socket->errorString() << '\n';
            stop(worker);
        });
        connect(worker);
    }
    loop.exec();
    for (Connection &connection : connections) {
        connection.socket->disconnect();
        connection.socket->abort();
    }

    std::sort(latencies.begin(), latencies.end());
    const auto percentile = [&](double p) {
        if (latencies.empty())
            return 0.0;
        return latencies[std::min(latencies.size() - 1, static_cast<size_t>(p * latencies.size()))];
    };
    const Figures figures{name,
                          m_connections,
                          static_cast<qint64>(latencies.size()),
                          errors,
                          (clock.nsecsElapsed() - warmUpNs) / 1e9,
                          percentile(0.50),
                          percentile(0.99)};
    QTextStream(stdout) << QStringLiteral("%1: %2 requests, %3/s, p50 %4 ms, p99 %5 ms, %6 errors\n")
                               .arg(name, -22)
                               .arg(figures.requests)
                               .arg(figures.perSecond(), 0, 'f', 0)
                               .arg(figures.p50, 0, 'f', 2)
                               .arg(figures.p99, 0, 'f', 2)
                               .arg(figures.errors);
    return figures;
}

} // namespace okna::bench

// The HTTPS front door: parses nothing itself, hands each request to the Router on a bounded
// worker pool (so a slow query never stalls the accept loop) and writes the answer back on the
// main thread. One log line per request.
#pragma once

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <QThreadPool>

#include <optional>
#include <unordered_map>

namespace okna::server {

class Router;
struct HttpResponse;

class ApiServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    static constexpr qsizetype kMaxBodyBytes = 1024 * 1024;

    ApiServer(const Router &router, int workerThreads, QObject *parent = nullptr);
    ~ApiServer() override;

    // Requests to this path that ask for a WebSocket upgrade are left to the upgrade
    // machinery (see QAbstractHttpServer::newWebSocketConnection).
    void setWebSocketPath(const QString &path) { m_webSocketPath = path; }

    // Waits for requests in flight; used at shutdown.
    void drain();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    // A request between its arrival and its answer. Lives on this object's thread only: the
    // responder writes to a socket of this thread, and must also be destroyed here.
    struct Pending
    {
        QByteArray method; // method and path for the request log
        QString path;
        QHttpServerResponder responder;
        QPointer<QTcpSocket> socket; // the client may hang up while the query runs
        QElapsedTimer timer;
    };

    // Writes the answer to request `id` (unless its client has gone) and forgets the request.
    void answer(quint64 id, const HttpResponse &response, std::optional<qint64> userId);
    static void logRequest(const Pending &pending, const HttpResponse &response, std::optional<qint64> userId);

    const Router &m_router;
    std::unordered_map<quint64, Pending> m_pending;
    quint64 m_nextId = 1;
    QThreadPool m_workers;
    QString m_webSocketPath;
};

} // namespace okna::server

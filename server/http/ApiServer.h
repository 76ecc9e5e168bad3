// The HTTPS front door: parses nothing itself, hands each request to the Router on a bounded
// worker pool (so a slow query never stalls the accept loop) and writes the answer back on the
// main thread. One log line per request.
#pragma once

#include <QAbstractHttpServer>
#include <QThreadPool>

#include <functional>

namespace okna::server {

class Router;

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
    const Router &m_router;
    QThreadPool m_workers;
    QString m_webSocketPath;
};

} // namespace okna::server

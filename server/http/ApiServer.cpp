#include "http/ApiServer.h"

#include "http/HttpRequest.h"
#include "http/HttpResponse.h"
#include "http/Router.h"
#include "i18n/AcceptLanguage.h"
#include "i18n/RequestLanguage.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>
#include <QtConcurrent>

#include <memory>

Q_LOGGING_CATEGORY(lcRequests, "okna.server.requests")

namespace okna::server {

namespace {

void writeResponse(QHttpServerResponder &responder, const HttpResponse &response)
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    if (!response.contentType.isEmpty())
        responder.writeHeader("Content-Type", response.contentType);
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeBody(response.body);
}

void logRequest(const HttpRequest &request, const HttpResponse &response, qint64 elapsedMs)
{
    // Never the query string (a WebSocket token may ride there) nor the body (passwords).
    qCInfo(lcRequests).noquote() << request.method << request.path << response.status << elapsedMs << "ms"
                                 << "user"
                                 << (request.caller ? QString::number(request.caller->userId) : QStringLiteral("-"));
}

Language languageOf(const QHttpServerRequest &request)
{
    for (const auto &[name, value] : request.headers()) {
        if (name.compare("accept-language", Qt::CaseInsensitive) == 0)
            return languageFromAcceptLanguage(value);
    }
    return Language::English;
}

} // namespace

ApiServer::ApiServer(const Router &router, int workerThreads, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_router(router)
{
    m_workers.setMaxThreadCount(workerThreads);
    m_workers.setObjectName(QStringLiteral("okna-http-workers"));
}

ApiServer::~ApiServer()
{
    drain();
}

void ApiServer::drain()
{
    m_workers.waitForDone();
}

bool ApiServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    if (!m_webSocketPath.isEmpty() && request.url().path() == m_webSocketPath &&
        request.value("upgrade").compare("websocket", Qt::CaseInsensitive) == 0)
        return true; // the upgrade machinery takes the socket from here

    QElapsedTimer timer;
    timer.start();
    auto shared = std::make_shared<HttpRequest>(HttpRequest::from(request));
    // Messages are translated where they are made: on this thread for the answers below, on a
    // worker for the router's.
    const Language language = languageFromAcceptLanguage(shared->header("accept-language"));
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    QPointer<QTcpSocket> alive(socket);

    auto finish = [shared, responder, alive, timer](const HttpResponse &response) {
        logRequest(*shared, response, timer.elapsed());
        if (alive) // the client may have hung up while the query ran
            writeResponse(*responder, response);
    };

    if (shared->body.size() > kMaxBodyBytes) {
        const RequestLanguage::Scope scope(language);
        finish(HttpResponse::error(
            {ErrorCode::PayloadTooLarge, QCoreApplication::translate("ApiServer", "The request body exceeds 1 MiB")}));
        return true;
    }

    QtConcurrent::run(&m_workers, [this, shared, language] {
        const RequestLanguage::Scope scope(language);
        return m_router.dispatch(*shared);
    }).then(this, [finish](const HttpResponse &response) { finish(response); });
    return true;
}

void ApiServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    auto responder = makeResponder(request, socket);
    const RequestLanguage::Scope scope(languageOf(request));
    writeResponse(responder, HttpResponse::error(ApiError::notFound(request.url().path())));
}

} // namespace okna::server

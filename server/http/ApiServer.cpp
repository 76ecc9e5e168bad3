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

Language languageOf(const QHttpServerRequest &request)
{
    for (const auto &[name, value] : request.headers()) {
        if (name.compare("accept-language", Qt::CaseInsensitive) == 0)
            return languageFromAcceptLanguage(value);
    }
    return Language::English;
}

} // namespace

void ApiServer::logRequest(const Pending &pending, const HttpResponse &response, std::optional<qint64> userId)
{
    // Never the query string (a WebSocket token may ride there) nor the body (passwords).
    qCInfo(lcRequests).noquote() << pending.method << pending.path << response.status << pending.timer.elapsed() << "ms"
                                 << "user" << (userId ? QString::number(*userId) : QStringLiteral("-"));
}

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

    HttpRequest parsed = HttpRequest::from(request);
    // Messages are translated where they are made: on this thread for the answers below, on a
    // worker for the router's.
    const Language language = languageOf(request);
    const quint64 id = m_nextId++;
    Pending &pending =
        m_pending.emplace(id, Pending{parsed.method, parsed.path, makeResponder(request, socket), socket, {}})
            .first->second;
    pending.timer.start();

    if (parsed.body.size() > kMaxBodyBytes) {
        const RequestLanguage::Scope scope(language);
        answer(id,
               HttpResponse::error({ErrorCode::PayloadTooLarge,
                                    QCoreApplication::translate("ApiServer", "The request body exceeds 1 MiB")}),
               std::nullopt);
        return true;
    }

    // The worker is given the request and gives back the response, plain values both: nothing it
    // holds, and so nothing it may be the last to release, belongs to this thread. (A responder
    // captured by a QFuture continuation was sometimes destroyed on the worker, under the socket
    // this thread was using: heap corruption under load.)
    m_workers.start([this, language, id, parsed = std::move(parsed)]() mutable {
        HttpResponse response;
        {
            const RequestLanguage::Scope scope(language);
            response = m_router.dispatch(parsed);
        }
        std::optional<qint64> userId;
        if (parsed.caller)
            userId = parsed.caller->userId;
        QMetaObject::invokeMethod(
            this, [this, id, userId, response = std::move(response)] { answer(id, response, userId); },
            Qt::QueuedConnection);
    });
    return true;
}

void ApiServer::answer(quint64 id, const HttpResponse &response, std::optional<qint64> userId)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    Pending &pending = it->second;
    logRequest(pending, response, userId);
    if (pending.socket)
        writeResponse(pending.responder, response);
    m_pending.erase(it);
}

void ApiServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    auto responder = makeResponder(request, socket);
    const RequestLanguage::Scope scope(languageOf(request));
    writeResponse(responder, HttpResponse::error(ApiError::notFound(request.url().path())));
}

} // namespace okna::server

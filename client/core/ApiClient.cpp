#include "core/ApiClient.h"

#include "core/Translator.h"
#include "url/QueryString.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

Q_LOGGING_CATEGORY(lcApi, "okna.client.api")

namespace okna {

ApiClient::ApiClient(TlsGuard *tls, QObject *parent)
    : QObject(parent)
    , m_tls(tls)
    , m_network(new QNetworkAccessManager(this))
{
    connect(m_network, &QNetworkAccessManager::sslErrors, this,
            [this](QNetworkReply *reply, const QList<QSslError> &errors) {
                const auto url = reply->url();
                if (m_tls->accept(url.host(), url.port(443), reply->sslConfiguration().peerCertificate(), errors, true))
                    reply->ignoreSslErrors(errors);
            });
}

void ApiClient::setServerUrl(const QUrl &url)
{
    if (url != m_server)
        m_network->clearConnectionCache();
    m_server = url;
}

QUrl ApiClient::parseServerAddress(const QString &text)
{
    auto trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (!trimmed.contains(QStringLiteral("://")))
        trimmed.prepend(QStringLiteral("https://"));
    QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || url.scheme() != QLatin1String("https"))
        return {};
    if (url.port() < 0)
        url.setPort(8443);
    url.setPath({});
    return url;
}

void ApiClient::get(const QString &path, const QUrlQuery &query, QObject *context, Callback callback)
{
    send("GET", path, query, {}, context, std::move(callback));
}

void ApiClient::post(const QString &path, const QJsonObject &body, QObject *context, Callback callback)
{
    send("POST", path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact), context, std::move(callback));
}

void ApiClient::patch(const QString &path, const QJsonObject &body, QObject *context, Callback callback)
{
    send("PATCH", path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact), context, std::move(callback));
}

void ApiClient::remove(const QString &path, QObject *context, Callback callback)
{
    send("DELETE", path, {}, {}, context, std::move(callback));
}

void ApiClient::send(const QByteArray &verb, const QString &path, const QUrlQuery &query, const QByteArray &body,
                     QObject *context, Callback callback)
{
    QUrl url = m_server;
    url.setPath(QStringLiteral("/api/v1") + path);
    QueryString::fromUrlQuery(query).setOn(url); // '+' and spaces as the server reads them
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    // The server writes its error messages in this language. Read per request, so a language
    // switch applies to the next call at once.
    request.setRawHeader("Accept-Language", Translator::currentLanguage().toLatin1());
    request.setTransferTimeout(30000);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    QNetworkReply *reply = nullptr;
    if (verb == "GET")
        reply = m_network->get(request);
    else
        reply = m_network->sendCustomRequest(request, verb, body);
    reply->setProperty("okna_had_token", !m_token.isEmpty());
    const QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    connect(reply, &QNetworkReply::finished, this, [this, reply, guard, hadContext, callback = std::move(callback)] {
        finish(reply, guard, hadContext, callback);
    });
}

void ApiClient::finish(QNetworkReply *reply, const QPointer<QObject> &context, bool hadContext,
                       const Callback &callback)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const auto bytes = reply->readAll();
    Result<QJsonValue> result = QJsonValue();
    if (status == 0) {
        qCInfo(lcApi) << reply->operation() << reply->url().path() << "failed:" << reply->errorString();
        result = ApiError(
            ErrorCode::Unavailable,
            QCoreApplication::translate("okna::ApiClient", "Cannot reach the server: %1").arg(reply->errorString()));
    } else {
        QJsonParseError parseError{};
        const auto document = bytes.isEmpty() ? QJsonDocument() : QJsonDocument::fromJson(bytes, &parseError);
        if (status >= 200 && status < 300) {
            if (document.isObject())
                result = QJsonValue(document.object());
            else if (document.isArray())
                result = QJsonValue(document.array());
        } else {
            auto error = ApiError::fromJson(document.object(), status);
            if (error.message().isEmpty())
                error = ApiError(error.code(),
                                 QCoreApplication::translate("okna::ApiClient", "Server error %1").arg(status));
            if (status == 429) {
                bool ok = false;
                const int seconds = reply->rawHeader("Retry-After").toInt(&ok);
                if (ok)
                    error.setRetryAfterSeconds(seconds);
            }
            if (error.code() == ErrorCode::Unauthenticated && reply->property("okna_had_token").toBool())
                emit sessionExpired();
            result = error;
        }
    }
    if (hadContext && !context)
        return;
    if (callback)
        callback(result);
}

} // namespace okna

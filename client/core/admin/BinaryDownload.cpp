#include "core/admin/BinaryDownload.h"

#include "core/ApiClient.h"
#include "core/Translator.h"
#include "url/QueryString.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>

namespace okna {

BinaryDownload::BinaryDownload(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_network(new QNetworkAccessManager(this))
{
    connect(m_network, &QNetworkAccessManager::sslErrors, this,
            [this](QNetworkReply *reply, const QList<QSslError> &errors) {
                const auto url = reply->url();
                // The certificate was pinned when the user logged in; never ask from here.
                if (m_api->tls()->accept(url.host(), url.port(443), reply->sslConfiguration().peerCertificate(), errors,
                                         false))
                    reply->ignoreSslErrors(errors);
            });
}

void BinaryDownload::get(const QString &path, const QUrlQuery &query, QObject *context, Callback callback)
{
    QUrl url = m_api->serverUrl();
    url.setPath(QStringLiteral("/api/v1") + path);
    QueryString::fromUrlQuery(query).setOn(url);
    QNetworkRequest request(url);
    request.setTransferTimeout(60000);
    request.setRawHeader("Accept-Language", Translator::currentLanguage().toLatin1()); // as ApiClient does
    if (!m_api->token().isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_api->token().toUtf8());
    auto *reply = m_network->get(request);
    const QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this, [reply, guard, callback = std::move(callback)] {
        reply->deleteLater();
        if (!guard || !callback)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const auto bytes = reply->readAll();
        if (status == 0) {
            callback(ApiError(ErrorCode::Unavailable,
                              QCoreApplication::translate("okna::ApiClient", "Cannot reach the server: %1")
                                  .arg(reply->errorString())));
            return;
        }
        if (status >= 200 && status < 300) {
            callback(bytes);
            return;
        }
        auto error = ApiError::fromJson(QJsonDocument::fromJson(bytes).object(), status);
        if (error.message().isEmpty())
            error =
                ApiError(error.code(), QCoreApplication::translate("okna::ApiClient", "Server error %1").arg(status));
        callback(error);
    });
}

} // namespace okna

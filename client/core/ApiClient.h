// The asynchronous HTTPS client of API.md: JSON in and out, bearer token, error bodies mapped to
// ApiError, certificate pinning through TlsGuard. Callbacks run on the UI thread; a callback whose
// context object is gone is dropped.
#pragma once

#include "core/Result.h"
#include "core/TlsGuard.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace okna {

class ApiClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const Result<QJsonValue> &)>;

    ApiClient(TlsGuard *tls, QObject *parent = nullptr);

    // https://host:port (the /api/v1 base path is added here).
    void setServerUrl(const QUrl &url);
    QUrl serverUrl() const { return m_server; }
    void setToken(const QString &token) { m_token = token; }
    QString token() const { return m_token; }
    TlsGuard *tls() const { return m_tls; }

    void get(const QString &path, const QUrlQuery &query, QObject *context, Callback callback);
    void post(const QString &path, const QJsonObject &body, QObject *context, Callback callback);
    void patch(const QString &path, const QJsonObject &body, QObject *context, Callback callback);
    void remove(const QString &path, QObject *context, Callback callback);

    // "https://host:port" as people type it: a missing scheme means https, a missing port 8443.
    static QUrl parseServerAddress(const QString &text);

signals:
    // A call made with a token got 401 unauthenticated: the token expired or was revoked.
    void sessionExpired();

private:
    void send(const QByteArray &verb, const QString &path, const QUrlQuery &query, const QByteArray &body,
              QObject *context, Callback callback);
    void finish(QNetworkReply *reply, const QPointer<QObject> &context, bool hadContext, const Callback &callback);

    TlsGuard *m_tls;
    QNetworkAccessManager *m_network;
    QUrl m_server;
    QString m_token;
};

} // namespace okna

// A synchronous HTTPS client for tests: each call spins a local event loop until the answer
// (or the timeout). Trusts only the certificate it is given; never ignores TLS errors.
#pragma once

#include "ApiResponse.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

#include <concepts>
#include <memory>

class QNetworkAccessManager;

namespace okna::test {

class ApiClient
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    // apiBaseUrl: https://127.0.0.1:PORT/api/v1; paths given to the calls are relative to it and
    // may carry a query ("orders?status=new", values already percent-encoded).
    ApiClient(QUrl apiBaseUrl, QSslConfiguration tls);
    ~ApiClient();
    ApiClient(ApiClient &&) noexcept;
    ApiClient &operator=(ApiClient &&) noexcept;

    // The bearer token used when a call passes none. Empty: calls without a token are anonymous.
    void setToken(const QString &token) { m_token = token; }
    QString token() const { return m_token; }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    // Sent as Accept-Language by every call but rawRequest; empty: no such header.
    void setAcceptLanguage(const QByteArray &value) { m_acceptLanguage = value; }
    QUrl baseUrl() const { return m_base; }
    QSslConfiguration tlsConfiguration() const { return m_tls; }

    // `token` empty: the client's token (setToken), if any.
    ApiResponse get(const QString &path, const QString &token = {});
    ApiResponse del(const QString &path, const QString &token = {});
    ApiResponse post(const QString &path, const QJsonObject &body = {}, const QString &token = {});
    ApiResponse patch(const QString &path, const QJsonObject &body, const QString &token = {});
    // Raw bodies, sent as application/json (a template so that `post(path, {}, token)` stays a JSON call).
    template <std::same_as<QByteArray> Raw>
    ApiResponse post(const QString &path, const Raw &body, const QString &token = {})
    {
        return send("POST", path, body, token);
    }
    template <std::same_as<QByteArray> Raw>
    ApiResponse patch(const QString &path, const Raw &body, const QString &token = {})
    {
        return send("PATCH", path, body, token);
    }

    // Exactly these headers and this body (no Content-Type or Authorization added): for malformed
    // JSON, a wrong Content-Type, oversized bodies.
    ApiResponse rawRequest(const QByteArray &method, const QString &path, const Headers &headers,
                           const QByteArray &body = {});

    // POST /auth/login; the token, or an empty string (the answer is in lastLoginResponse()).
    QString login(const QString &login, const QString &password, const QString &totp = {});
    ApiResponse loginResponse(const QString &login, const QString &password, const QString &totp = {});
    const ApiResponse &lastLoginResponse() const { return m_lastLogin; }

    // Drops kept-alive connections, e.g. after the server restarted.
    void resetConnections();

private:
    ApiResponse send(const QByteArray &method, const QString &path, const QByteArray &body, const QString &token);
    QUrl urlFor(const QString &path) const;

    QUrl m_base;
    QSslConfiguration m_tls;
    QString m_token;
    int m_timeoutMs = 15000;
    QByteArray m_acceptLanguage;
    std::unique_ptr<QNetworkAccessManager> m_network;
    ApiResponse m_lastLogin;
};

} // namespace okna::test

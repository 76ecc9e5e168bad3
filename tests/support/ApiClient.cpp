#include "ApiClient.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace okna::test {

ApiClient::ApiClient(QUrl apiBaseUrl, QSslConfiguration tls)
    : m_base(std::move(apiBaseUrl))
    , m_tls(std::move(tls))
    , m_network(std::make_unique<QNetworkAccessManager>())
{}

ApiClient::~ApiClient() = default;
ApiClient::ApiClient(ApiClient &&) noexcept = default;
ApiClient &ApiClient::operator=(ApiClient &&) noexcept = default;

ApiResponse ApiClient::get(const QString &path, const QString &token)
{
    return send("GET", path, {}, token);
}

ApiResponse ApiClient::del(const QString &path, const QString &token)
{
    return send("DELETE", path, {}, token);
}

ApiResponse ApiClient::post(const QString &path, const QJsonObject &body, const QString &token)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
}

ApiResponse ApiClient::patch(const QString &path, const QJsonObject &body, const QString &token)
{
    return send("PATCH", path, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
}

ApiResponse ApiClient::send(const QByteArray &method, const QString &path, const QByteArray &body, const QString &token)
{
    Headers headers;
    if (method != "GET" && method != "DELETE")
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    const auto bearer = token.isEmpty() ? m_token : token;
    if (!bearer.isEmpty())
        headers.append(qMakePair(QByteArray("Authorization"), QByteArray("Bearer ") + bearer.toUtf8()));
    if (!m_acceptLanguage.isEmpty())
        headers.append(qMakePair(QByteArray("Accept-Language"), m_acceptLanguage));
    return rawRequest(method, path, headers, body);
}

ApiResponse ApiClient::rawRequest(const QByteArray &method, const QString &path, const Headers &headers,
                                  const QByteArray &body)
{
    ApiResponse response;
    response.method = method;
    response.path = path;

    QNetworkRequest request(urlFor(path));
    request.setSslConfiguration(m_tls);
    // The contract is HTTP/1.1; no redirects, no cache: the test sees what the server sent.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setTransferTimeout(m_timeoutMs);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);

    auto *reply = m_network->sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    guard.start(m_timeoutMs + 1000);
    if (!reply->isFinished())
        loop.exec();
    if (!reply->isFinished()) {
        reply->abort();
        response.networkError = QStringLiteral("timed out after %1 ms").arg(m_timeoutMs);
    }

    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs()) {
        auto &slot = response.headers[name.toLower()];
        slot = slot.isEmpty() ? value : slot + ", " + value;
    }
    if (!response.body.isEmpty())
        response.json = QJsonDocument::fromJson(response.body);
    // An HTTP error status is an answer, not a transport failure.
    if (response.networkError.isEmpty() && response.status == 0 && reply->error() != QNetworkReply::NoError)
        response.networkError = reply->errorString();
    reply->deleteLater();
    return response;
}

QString ApiClient::login(const QString &login, const QString &password, const QString &totp)
{
    return loginResponse(login, password, totp).object().value(QLatin1String("token")).toString();
}

ApiResponse ApiClient::loginResponse(const QString &login, const QString &password, const QString &totp)
{
    QJsonObject body{{QStringLiteral("login"), login}, {QStringLiteral("password"), password}};
    if (!totp.isEmpty())
        body.insert(QStringLiteral("totp"), totp);
    const Headers headers{qMakePair(QByteArray("Content-Type"), QByteArray("application/json"))};
    m_lastLogin =
        rawRequest("POST", QStringLiteral("/auth/login"), headers, QJsonDocument(body).toJson(QJsonDocument::Compact));
    return m_lastLogin;
}

void ApiClient::resetConnections()
{
    m_network->clearConnectionCache();
}

QUrl ApiClient::urlFor(const QString &path) const
{
    auto relative = path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path;
    QString query;
    if (const auto mark = relative.indexOf(QLatin1Char('?')); mark >= 0) {
        query = relative.mid(mark + 1);
        relative.truncate(mark);
    }
    auto url = m_base;
    auto basePath = url.path();
    if (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + relative);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

} // namespace okna::test

#include "http/HttpRequest.h"

#include <QHttpServerRequest>

namespace okna::server {

HttpRequest HttpRequest::from(const QHttpServerRequest &request)
{
    HttpRequest result;
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        result.method = "GET";
        break;
    case QHttpServerRequest::Method::Post:
        result.method = "POST";
        break;
    case QHttpServerRequest::Method::Put:
        result.method = "PUT";
        break;
    case QHttpServerRequest::Method::Patch:
        result.method = "PATCH";
        break;
    case QHttpServerRequest::Method::Delete:
        result.method = "DELETE";
        break;
    case QHttpServerRequest::Method::Head:
        result.method = "HEAD";
        break;
    case QHttpServerRequest::Method::Options:
        result.method = "OPTIONS";
        break;
    default:
        result.method = "OTHER";
        break;
    }
    const QUrl url = request.url();
    result.path = url.path();
    result.query = QueryString::fromUrl(url);
    for (const auto &[name, value] : request.headers())
        result.headers.insert(name.toLower(), value);
    result.body = request.body();
    QHostAddress address = request.remoteAddress();
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4)
        address = QHostAddress(v4); // "::ffff:127.0.0.1" reads better as "127.0.0.1"
    result.remoteAddress = address.toString();
    return result;
}

} // namespace okna::server

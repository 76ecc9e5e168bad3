// A request as the handlers see it: a plain value, safe to hand to a worker thread
// (QHttpServerRequest is bound to its socket and the main thread).
#pragma once

#include "auth/Caller.h"
#include "url/QueryString.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <optional>

class QHttpServerRequest;

namespace okna::server {

struct HttpRequest
{
    QByteArray method;                     // "GET", "POST", ...
    QString path;                          // without the query
    QueryString query;                     // decoded by the form rule: '+' is a space
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QString remoteAddress;

    // Filled by the router: the {placeholders} of the route, in order, and the caller.
    QStringList pathArgs;
    std::optional<Caller> caller;

    static HttpRequest from(const QHttpServerRequest &request);

    QByteArray header(const QByteArray &lowerCaseName) const { return headers.value(lowerCaseName); }
    QString queryValue(const QString &key) const { return query.value(key); }
    bool hasQueryValue(const QString &key) const { return query.contains(key); }
    qint64 pathId(int index = 0) const { return pathArgs.value(index).toLongLong(); }
    const Caller &me() const { return *caller; }
};

} // namespace okna::server

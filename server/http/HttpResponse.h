// What a handler answers: status, JSON (or other) body and extra headers.
#pragma once

#include "core/ApiError.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace okna::server {

struct HttpResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType;
    QList<QPair<QByteArray, QByteArray>> headers;

    static HttpResponse json(const QJsonObject &object, int status = 200);
    static HttpResponse json(const QJsonArray &array, int status = 200);
    // JSON already written as text (JsonText).
    static HttpResponse jsonText(QByteArray text, int status = 200);
    static HttpResponse error(const ApiError &error);
    static HttpResponse noContent();
    static HttpResponse file(QByteArray data, QByteArray contentType, const QString &fileName);
};

} // namespace okna::server

#include "http/HttpResponse.h"

#include <QJsonDocument>

namespace okna::server {

HttpResponse HttpResponse::json(const QJsonObject &object, int status)
{
    return {status, QJsonDocument(object).toJson(QJsonDocument::Compact), "application/json", {}};
}

HttpResponse HttpResponse::json(const QJsonArray &array, int status)
{
    return {status, QJsonDocument(array).toJson(QJsonDocument::Compact), "application/json", {}};
}

HttpResponse HttpResponse::jsonText(QByteArray text, int status)
{
    return {status, std::move(text), "application/json", {}};
}

HttpResponse HttpResponse::error(const ApiError &error)
{
    HttpResponse response = json(error.toJson(), error.httpStatus());
    if (error.retryAfterSeconds())
        response.headers.append({"Retry-After", QByteArray::number(*error.retryAfterSeconds())});
    return response;
}

HttpResponse HttpResponse::noContent()
{
    return {204, {}, {}, {}};
}

HttpResponse HttpResponse::file(QByteArray data, QByteArray contentType, const QString &fileName)
{
    HttpResponse response{200, std::move(data), std::move(contentType), {}};
    response.headers.append({"Content-Disposition", "attachment; filename=\"" + fileName.toUtf8() + '"'});
    return response;
}

} // namespace okna::server

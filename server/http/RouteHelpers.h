// Small glue shared by the *Routes.cpp files: body parsing and Result -> HttpResponse.
#pragma once

#include "core/Result.h"
#include "http/FieldReader.h"
#include "http/HttpRequest.h"
#include "http/HttpResponse.h"
#include "json/JsonText.h"

#include <QJsonArray>

namespace okna::server {

// Parses the body as a JSON object; on failure `error` holds the 400 to send.
inline std::optional<FieldReader> readBody(const HttpRequest &request, HttpResponse &error)
{
    auto object = FieldReader::parseObject(request.body);
    if (!object) {
        error = HttpResponse::error(object.error());
        return std::nullopt;
    }
    return FieldReader(object.value());
}

// 200 (or `status`) with the value as JSON, or the error. Objects that write their JSON as text
// (orders, pages of orders) skip the QJsonObject.
template <typename T> HttpResponse respond(const Result<T> &result, int status = 200)
{
    if (!result)
        return HttpResponse::error(result.error());
    const T &value = result.value();
    if constexpr (requires(JsonText & json) { value.writeJson(json); }) {
        JsonText json;
        value.writeJson(json);
        return HttpResponse::jsonText(json.take(), status);
    } else if constexpr (requires { value.toJsonText(); }) {
        return HttpResponse::jsonText(value.toJsonText(), status);
    } else {
        return HttpResponse::json(value.toJson(), status);
    }
}

template <typename T> HttpResponse respondList(const Result<QList<T>> &result)
{
    if (!result)
        return HttpResponse::error(result.error());
    QJsonArray array;
    for (const T &item : result.value())
        array.append(item.toJson());
    return HttpResponse::json(array);
}

inline HttpResponse respondEmpty(const Status &status)
{
    return status ? HttpResponse::noContent() : HttpResponse::error(status.error());
}

} // namespace okna::server

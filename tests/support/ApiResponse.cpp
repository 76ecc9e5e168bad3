#include "ApiResponse.h"

namespace okna::test {

namespace {

QJsonObject errorObject(const QJsonDocument &json)
{
    return json.object().value(QLatin1String("error")).toObject();
}

} // namespace

QString ApiResponse::errorCode() const
{
    return errorObject(json).value(QLatin1String("code")).toString();
}

QString ApiResponse::errorMessage() const
{
    return errorObject(json).value(QLatin1String("message")).toString();
}

QJsonObject ApiResponse::errorFields() const
{
    return errorObject(json).value(QLatin1String("fields")).toObject();
}

QString ApiResponse::describe() const
{
    constexpr qsizetype maxBody = 1000;
    auto text = QStringLiteral("%1 %2 -> %3").arg(QString::fromLatin1(method), path).arg(status);
    if (!networkError.isEmpty())
        text += QStringLiteral(" [") + networkError + QLatin1Char(']');
    if (!body.isEmpty()) {
        text += QLatin1Char(' ') + QString::fromUtf8(body.left(maxBody));
        if (body.size() > maxBody)
            text += QStringLiteral("... (%1 bytes)").arg(body.size());
    }
    return text;
}

} // namespace okna::test

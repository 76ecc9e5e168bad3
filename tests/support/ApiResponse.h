// One HTTP answer as a test sees it: status, parsed JSON, raw body and lower-cased headers.
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace okna::test {

struct ApiResponse
{
    int status = 0; // 0: no HTTP answer at all (TLS failure, refused, timeout), see networkError
    QJsonDocument json;
    QByteArray body;
    QMap<QByteArray, QByteArray> headers; // names lower-case
    QString networkError;
    QByteArray method;
    QString path;

    // error.code of the contract's error body, or an empty string.
    QString errorCode() const;
    QString errorMessage() const;
    // error.fields
    QJsonObject errorFields() const;
    QJsonObject object() const { return json.object(); }
    QJsonArray array() const { return json.array(); }
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    // "POST /orders -> 422 {...}": for QVERIFY2 messages.
    QString describe() const;
};

} // namespace okna::test

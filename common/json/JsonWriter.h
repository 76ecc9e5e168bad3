// The writing side of JsonReader: nullable values become JSON null, timestamps keep their offset.
#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace okna {

class JsonWriter
{
public:
    static QJsonValue value(const QDateTime &dateTime);
    static QJsonValue value(const std::optional<QDateTime> &dateTime);
    static QJsonValue value(const std::optional<QString> &text);
    static QJsonValue value(const std::optional<qint64> &number);
    static QJsonValue value(const std::optional<double> &number);
};

} // namespace okna

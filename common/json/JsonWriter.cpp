#include "json/JsonWriter.h"

#include "json/Timestamp.h"

namespace okna {

QJsonValue JsonWriter::value(const QDateTime &dateTime)
{
    // An invalid datetime is "no value", not an empty string a reader would reject.
    if (!dateTime.isValid())
        return QJsonValue::Null;
    return Timestamp::toString(dateTime);
}

QJsonValue JsonWriter::value(const std::optional<QDateTime> &dateTime)
{
    return dateTime ? value(*dateTime) : QJsonValue(QJsonValue::Null);
}

QJsonValue JsonWriter::value(const std::optional<QString> &text)
{
    return text ? QJsonValue(*text) : QJsonValue(QJsonValue::Null);
}

QJsonValue JsonWriter::value(const std::optional<qint64> &number)
{
    return number ? QJsonValue(*number) : QJsonValue(QJsonValue::Null);
}

QJsonValue JsonWriter::value(const std::optional<double> &number)
{
    return number ? QJsonValue(*number) : QJsonValue(QJsonValue::Null);
}

} // namespace okna

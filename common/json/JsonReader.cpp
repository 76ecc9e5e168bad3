#include "json/JsonReader.h"

#include "json/Timestamp.h"

#include <QCoreApplication>

#include <limits>

namespace okna {

namespace {

// JSON has only doubles; an integer is a number without fraction. QJsonValue keeps integers read
// from text exactly, and toInteger() falls back to its argument for a fraction, hence two probes.
std::optional<qint64> integerOf(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const qint64 probe = value.toInteger(0);
    if (probe != value.toInteger(1))
        return std::nullopt;
    return probe;
}

} // namespace

JsonReader::JsonReader(const QJsonObject &object)
    : m_object(object)
{}

void JsonReader::nullableChatId(const QString &field, std::optional<QString> &out)
{
    const QJsonValue value = m_object.value(field);
    out.reset();
    if (m_failed || value.isUndefined() || value.isNull())
        return;
    QString converted;
    if (convertChatId(field, value, converted))
        out = converted;
}

void JsonReader::requiredChatId(const QString &field, QString &out)
{
    const QJsonValue value = m_object.value(field);
    if (m_failed)
        return;
    if (value.isUndefined() || value.isNull()) {
        failMissing(field);
        return;
    }
    convertChatId(field, value, out);
}

void JsonReader::patchChatId(const QString &field, PatchField<QString> &out)
{
    const QJsonValue value = m_object.value(field);
    out.reset();
    if (m_failed || value.isUndefined())
        return;
    if (value.isNull()) {
        out.emplace(std::nullopt);
        return;
    }
    QString converted;
    if (convertChatId(field, value, converted))
        out.emplace(converted);
}

void JsonReader::fail(const ApiError &error)
{
    if (m_failed)
        return;
    m_error = error;
    m_failed = true;
}

ApiError JsonReader::nested(const QString &path, const ApiError &inner)
{
    return {inner.code(), QStringLiteral("%1: %2").arg(path, inner.message()), inner.fields()};
}

bool JsonReader::convert(const QString &field, const QJsonValue &value, qint64 &out)
{
    const auto integer = integerOf(value);
    if (!integer)
        return failType(field, QCoreApplication::translate("okna::JsonReader", "%1 must be an integer"));
    out = *integer;
    return true;
}

bool JsonReader::convert(const QString &field, const QJsonValue &value, int &out)
{
    const auto integer = integerOf(value);
    if (!integer || *integer < std::numeric_limits<int>::min() || *integer > std::numeric_limits<int>::max())
        return failType(field, QCoreApplication::translate("okna::JsonReader", "%1 must be an integer"));
    out = static_cast<int>(*integer);
    return true;
}

bool JsonReader::convert(const QString &field, const QJsonValue &value, double &out)
{
    if (!value.isDouble())
        return failType(field, QCoreApplication::translate("okna::JsonReader", "%1 must be a number"));
    out = value.toDouble();
    return true;
}

bool JsonReader::convert(const QString &field, const QJsonValue &value, bool &out)
{
    if (!value.isBool())
        return failType(field, QCoreApplication::translate("okna::JsonReader", "%1 must be true or false"));
    out = value.toBool();
    return true;
}

bool JsonReader::convert(const QString &field, const QJsonValue &value, QString &out)
{
    if (!value.isString())
        return failType(field, QCoreApplication::translate("okna::JsonReader", "%1 must be a string"));
    out = value.toString();
    return true;
}

bool JsonReader::convert(const QString &field, const QJsonValue &value, QDateTime &out)
{
    const auto parsed = value.isString() ? Timestamp::fromString(value.toString()) : std::nullopt;
    if (!parsed)
        return failType(
            field, QCoreApplication::translate("okna::JsonReader", "%1 must be an ISO 8601 timestamp with offset"));
    out = *parsed;
    return true;
}

bool JsonReader::convert(const QString &field, const QJsonValue &value, OrderStatus &out)
{
    const auto parsed = value.isString() ? parseOrderStatus(value.toString()) : std::nullopt;
    if (!parsed)
        return failType(field, QCoreApplication::translate(
                                   "okna::JsonReader", "%1 must be one of new, assigned, in_progress, done, refused"));
    out = *parsed;
    return true;
}

bool JsonReader::convert(const QString &field, const QJsonValue &value, Role &out)
{
    const auto parsed = value.isString() ? parseRole(value.toString()) : std::nullopt;
    if (!parsed)
        return failType(field, QCoreApplication::translate("okna::JsonReader",
                                                           "%1 must be one of operator, coordinator, master, admin"));
    out = *parsed;
    return true;
}

bool JsonReader::convert(const QString &field, const QJsonValue &value, MasterStatus &out)
{
    const auto parsed = value.isString() ? parseMasterStatus(value.toString()) : std::nullopt;
    if (!parsed)
        return failType(field,
                        QCoreApplication::translate("okna::JsonReader", "%1 must be one of free, busy, off_shift"));
    out = *parsed;
    return true;
}

bool JsonReader::convert(const QString &field, const QJsonValue &value, QJsonObject &out)
{
    if (!value.isObject())
        return failType(field, QCoreApplication::translate("okna::JsonReader", "%1 must be an object"));
    out = value.toObject();
    return true;
}

bool JsonReader::convert(const QString &field, const QJsonValue &value, QJsonArray &out)
{
    if (!value.isArray())
        return failType(field, QCoreApplication::translate("okna::JsonReader", "%1 must be an array"));
    out = value.toArray();
    return true;
}

bool JsonReader::convert(const QString &, const QJsonValue &value, QJsonValue &out)
{
    out = value; // free-form (e.g. audit details): any JSON is fine
    return true;
}

bool JsonReader::convertChatId(const QString &field, const QJsonValue &value, QString &out)
{
    if (value.isString()) {
        out = value.toString();
        return true;
    }
    if (const auto integer = integerOf(value)) {
        out = QString::number(*integer);
        return true;
    }
    return failType(field, QCoreApplication::translate("okna::JsonReader", "%1 must be a string or an integer"));
}

void JsonReader::failMissing(const QString &field)
{
    fail(ApiError::badRequest(QCoreApplication::translate("okna::JsonReader", "%1 is required").arg(field)));
}

bool JsonReader::failType(const QString &field, const QString &message)
{
    fail(ApiError::badRequest(message.arg(field)));
    return false;
}

} // namespace okna

#include "http/FieldReader.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace okna::server {

FieldReader::FieldReader(QJsonObject object)
    : m_object(std::move(object))
{}

Result<QJsonObject> FieldReader::parseObject(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return QJsonObject{};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return ApiError::badRequest(QCoreApplication::translate("FieldReader", "Malformed JSON: %1 at offset %2")
                                        .arg(parseError.errorString())
                                        .arg(parseError.offset));
    if (!document.isObject())
        return ApiError::badRequest(
            QCoreApplication::translate("FieldReader", "The request body must be a JSON object"));
    return document.object();
}

bool FieldReader::isNull(const QString &key) const
{
    return m_object.value(key).isNull();
}

std::optional<QString> FieldReader::string(const QString &key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isString()) {
        badType(key, QCoreApplication::translate("FieldReader", "must be a string"));
        return std::nullopt;
    }
    return value.toString();
}

std::optional<qint64> FieldReader::integer(const QString &key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    const double number = value.toDouble();
    // JSON numbers are doubles: only whole numbers exactly representable are integers.
    if (!value.isDouble() || std::trunc(number) != number || std::abs(number) > 9007199254740991.0) {
        badType(key, QCoreApplication::translate("FieldReader", "must be an integer"));
        return std::nullopt;
    }
    return static_cast<qint64>(number);
}

std::optional<bool> FieldReader::boolean(const QString &key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isBool()) {
        badType(key, QCoreApplication::translate("FieldReader", "must be true or false"));
        return std::nullopt;
    }
    return value.toBool();
}

std::optional<QString> FieldReader::stringOrInteger(const QString &key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isDouble()) {
        const auto number = integer(key);
        return number ? std::optional<QString>(QString::number(*number)) : std::nullopt;
    }
    return string(key);
}

std::optional<QString> FieldReader::requiredText(const QString &key, int maxLength)
{
    if (!has(key) || isNull(key)) {
        missing(key);
        return std::nullopt;
    }
    return optionalText(key, maxLength);
}

std::optional<QString> FieldReader::optionalText(const QString &key, int maxLength)
{
    const auto value = string(key);
    if (!value)
        return std::nullopt;
    const QString trimmed = value->trimmed();
    if (trimmed.isEmpty()) {
        invalid(key, QCoreApplication::translate("FieldReader", "must not be blank"));
        return std::nullopt;
    }
    if (trimmed.size() > maxLength) {
        invalid(key, QCoreApplication::translate("FieldReader", "must be at most %1 characters").arg(maxLength));
        return std::nullopt;
    }
    return trimmed;
}

void FieldReader::badType(const QString &key, const QString &message)
{
    if (!m_typeErrors.contains(key))
        m_typeErrors.insert(key, message);
}

void FieldReader::invalid(const QString &key, const QString &message)
{
    if (!m_invalid.contains(key))
        m_invalid.insert(key, message);
}

void FieldReader::missing(const QString &key)
{
    invalid(key, QCoreApplication::translate("FieldReader", "is required"));
}

std::optional<ApiError> FieldReader::error() const
{
    if (!m_typeErrors.isEmpty()) {
        const QString message = QStringLiteral("%1 %2").arg(m_typeErrors.firstKey(), m_typeErrors.first());
        return ApiError(ErrorCode::BadRequest, message, m_typeErrors);
    }
    if (!m_invalid.isEmpty())
        return ApiError::validation(m_invalid);
    return std::nullopt;
}

} // namespace okna::server

// Reads the fields of a JSON request body with strict types: a wrong type is a 400 naming the
// field, a missing or invalid value a 422 naming the field; errors accumulate per field.
#pragma once

#include "core/ApiError.h"
#include "core/Result.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace okna::server {

class FieldReader
{
public:
    explicit FieldReader(QJsonObject object);

    // Parses a request body that must be one JSON object (400 otherwise).
    static Result<QJsonObject> parseObject(const QByteArray &body);

    bool has(const QString &key) const { return m_object.contains(key); }
    bool isNull(const QString &key) const;

    // Absent or null gives nullopt; a present value of another type records a 400.
    std::optional<QString> string(const QString &key);
    std::optional<qint64> integer(const QString &key);
    std::optional<bool> boolean(const QString &key);
    // A string, or an integer taken as its decimal text (e.g. telegram_chat_id).
    std::optional<QString> stringOrInteger(const QString &key);

    // A trimmed, non-blank string of at most maxLength characters; records a 422 otherwise.
    std::optional<QString> requiredText(const QString &key, int maxLength);
    // Like requiredText but absent is fine (returns nullopt); blank is still an error.
    std::optional<QString> optionalText(const QString &key, int maxLength);

    void badType(const QString &key, const QString &message);
    void invalid(const QString &key, const QString &message);
    void missing(const QString &key);

    // The first wrong type wins (400); else every invalid field (422); else nothing.
    std::optional<ApiError> error() const;

private:
    QJsonObject m_object;
    ApiError::FieldErrors m_typeErrors;
    ApiError::FieldErrors m_invalid;
};

} // namespace okna::server

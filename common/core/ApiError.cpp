#include "core/ApiError.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace okna {

namespace {

struct CodeInfo
{
    ErrorCode code;
    const char *name;
    int status;
};

constexpr std::array codes{
    CodeInfo{ErrorCode::BadRequest, "bad_request", 400},
    CodeInfo{ErrorCode::Unauthenticated, "unauthenticated", 401},
    CodeInfo{ErrorCode::InvalidCredentials, "invalid_credentials", 401},
    CodeInfo{ErrorCode::TotpRequired, "totp_required", 401},
    CodeInfo{ErrorCode::TotpInvalid, "totp_invalid", 401},
    CodeInfo{ErrorCode::Forbidden, "forbidden", 403},
    CodeInfo{ErrorCode::NotFound, "not_found", 404},
    CodeInfo{ErrorCode::MasterBusy, "master_busy", 409},
    CodeInfo{ErrorCode::InvalidTransition, "invalid_transition", 409},
    CodeInfo{ErrorCode::VersionConflict, "version_conflict", 409},
    CodeInfo{ErrorCode::ClientBlacklisted, "client_blacklisted", 409},
    CodeInfo{ErrorCode::Conflict, "conflict", 409},
    CodeInfo{ErrorCode::PayloadTooLarge, "payload_too_large", 413},
    CodeInfo{ErrorCode::ValidationFailed, "validation_failed", 422},
    CodeInfo{ErrorCode::RateLimited, "rate_limited", 429},
    CodeInfo{ErrorCode::Internal, "internal_error", 500},
    CodeInfo{ErrorCode::Unavailable, "service_unavailable", 503},
};

const CodeInfo &infoOf(ErrorCode code)
{
    for (const auto &info : codes) {
        if (info.code == code)
            return info;
    }
    return codes.back();
}

} // namespace

QString errorCodeName(ErrorCode code)
{
    return QString::fromLatin1(infoOf(code).name);
}

std::optional<ErrorCode> errorCodeFromName(const QString &name)
{
    for (const auto &info : codes) {
        if (name == QLatin1String(info.name))
            return info.code;
    }
    return std::nullopt;
}

int httpStatusOf(ErrorCode code)
{
    return infoOf(code).status;
}

ApiError::ApiError(ErrorCode code, QString message, FieldErrors fields)
    : m_code(code)
    , m_message(std::move(message))
    , m_fields(std::move(fields))
{}

ApiError ApiError::badRequest(const QString &message)
{
    return {ErrorCode::BadRequest, message};
}

ApiError ApiError::notFound(const QString &what)
{
    return {ErrorCode::NotFound, QCoreApplication::translate("ApiError", "%1 not found").arg(what)};
}

ApiError ApiError::forbidden()
{
    return {ErrorCode::Forbidden, QCoreApplication::translate("ApiError", "Your role may not do this")};
}

ApiError ApiError::conflict(const QString &message)
{
    return {ErrorCode::Conflict, message};
}

ApiError ApiError::validation(const QString &field, const QString &message)
{
    return validation(FieldErrors{{field, message}});
}

ApiError ApiError::validation(FieldErrors fields)
{
    QString message = QCoreApplication::translate("ApiError", "Some fields are not valid");
    if (fields.size() == 1)
        message = QStringLiteral("%1: %2").arg(fields.firstKey(), fields.first());
    return {ErrorCode::ValidationFailed, message, std::move(fields)};
}

ApiError ApiError::internal()
{
    return {ErrorCode::Internal, QCoreApplication::translate("ApiError", "Internal server error")};
}

ApiError ApiError::unavailable()
{
    return {ErrorCode::Unavailable, QCoreApplication::translate("ApiError", "The database is unavailable")};
}

ApiError &ApiError::setRetryAfterSeconds(int seconds)
{
    m_retryAfter = seconds;
    return *this;
}

QJsonObject ApiError::toJson() const
{
    QJsonObject error{{QStringLiteral("code"), codeName()}, {QStringLiteral("message"), m_message}};
    if (!m_fields.isEmpty()) {
        QJsonObject fields;
        for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
            fields.insert(it.key(), it.value());
        error.insert(QStringLiteral("fields"), fields);
    }
    return QJsonObject{{QStringLiteral("error"), error}};
}

ApiError ApiError::fromJson(const QJsonObject &body, int httpStatus)
{
    const QJsonObject error = body.value(QStringLiteral("error")).toObject();
    const auto code = errorCodeFromName(error.value(QStringLiteral("code")).toString());
    FieldErrors fields;
    const QJsonObject jsonFields = error.value(QStringLiteral("fields")).toObject();
    for (auto it = jsonFields.begin(); it != jsonFields.end(); ++it)
        fields.insert(it.key(), it.value().toString());
    QString message = error.value(QStringLiteral("message")).toString();
    if (message.isEmpty())
        message = QCoreApplication::translate("ApiError", "Server answered with HTTP status %1").arg(httpStatus);
    return {code.value_or(httpStatus == 503 ? ErrorCode::Unavailable : ErrorCode::Internal), message,
            std::move(fields)};
}

} // namespace okna

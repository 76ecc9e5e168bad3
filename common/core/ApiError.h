// The error of the contract: a code from API.md, a human message and per-field messages.
#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

namespace okna {

enum class ErrorCode
{
    BadRequest,         // 400 bad_request
    Unauthenticated,    // 401 unauthenticated
    InvalidCredentials, // 401 invalid_credentials
    TotpRequired,       // 401 totp_required
    TotpInvalid,        // 401 totp_invalid
    Forbidden,          // 403 forbidden
    NotFound,           // 404 not_found
    MasterBusy,         // 409 master_busy
    InvalidTransition,  // 409 invalid_transition
    VersionConflict,    // 409 version_conflict
    ClientBlacklisted,  // 409 client_blacklisted
    Conflict,           // 409 conflict
    PayloadTooLarge,    // 413 payload_too_large
    ValidationFailed,   // 422 validation_failed
    RateLimited,        // 429 rate_limited
    Internal,           // 500 internal_error (addition: unexpected server fault)
    Unavailable,        // 503 service_unavailable (addition: database unreachable)
};

QString errorCodeName(ErrorCode code);
std::optional<ErrorCode> errorCodeFromName(const QString &name);
int httpStatusOf(ErrorCode code);

class ApiError
{
public:
    using FieldErrors = QMap<QString, QString>;

    ApiError() = default;
    ApiError(ErrorCode code, QString message, FieldErrors fields = {});

    // The common cases, so call sites read as what they mean.
    static ApiError badRequest(const QString &message);
    static ApiError notFound(const QString &what);
    static ApiError forbidden();
    static ApiError conflict(const QString &message);
    static ApiError validation(const QString &field, const QString &message);
    static ApiError validation(FieldErrors fields);
    static ApiError internal();
    static ApiError unavailable();

    ErrorCode code() const { return m_code; }
    QString codeName() const { return errorCodeName(m_code); }
    int httpStatus() const { return httpStatusOf(m_code); }
    const QString &message() const { return m_message; }
    const FieldErrors &fields() const { return m_fields; }

    // For 429: seconds until the caller may try again (sent as Retry-After).
    std::optional<int> retryAfterSeconds() const { return m_retryAfter; }
    ApiError &setRetryAfterSeconds(int seconds);

    // {"error": {"code", "message", "fields"?}}
    QJsonObject toJson() const;
    // Reads the contract's shape back (client side); an unknown code becomes Internal.
    static ApiError fromJson(const QJsonObject &body, int httpStatus);

private:
    ErrorCode m_code = ErrorCode::Internal;
    QString m_message;
    FieldErrors m_fields;
    std::optional<int> m_retryAfter;
};

} // namespace okna

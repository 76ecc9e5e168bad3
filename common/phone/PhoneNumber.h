// Phone rules of the contract: any common Russian spelling becomes E.164 ("+79123456789"),
// backed by libphonenumber with RU as the default region. Thread-safe.
#pragma once

#include "core/Result.h"

#include <QString>

namespace okna {

class PhoneNumber
{
public:
    // "+7 (912) 345-67-89", "8 912 345 67 89", "89123456789", "9123456789" -> "+79123456789".
    // Anything that is not a valid number -> ApiError::validation("phone", ...).
    static Result<QString> normalize(const QString &input);

    // "+79123456789" -> "79123456789": what the order search matches substrings against.
    static QString digits(const QString &e164);

    // "+79123456789" -> "+7 912 345-67-89"; input that does not parse is returned as it is.
    static QString formatForDisplay(const QString &e164);

    // For the as-you-type check: true once the input is a whole valid number (normalize() would
    // succeed), so the client can ask the blacklist without waiting for the form to be saved.
    static bool looksComplete(const QString &input);
};

// The same, as free functions for call sites that read better that way.
Result<QString> normalizePhone(const QString &input);
QString phoneDigits(const QString &e164);
QString formatPhoneForDisplay(const QString &e164);

} // namespace okna

// Phone rules of the contract: any common Russian spelling becomes E.164 ("+79123456789"),
// backed by libphonenumber with RU as the default region. Thread-safe.
#pragma once

#include "core/Result.h"

#include <QString>

namespace okna {

// What is wrong with typed phone input, in libphonenumber's own terms.
enum class PhoneVerdict
{
    Valid,
    Empty,
    NotDigits, // letters or other signs: libphonenumber would read letters as a vanity number
    TooShort,  // also what a number still being typed is
    TooLong,
    NoSuchNumber // the right length, but no such code or range (IsValidNumber says no)
};

class PhoneNumber
{
public:
    static PhoneVerdict verdict(const QString &input);
    // One sentence for the user, in the current language; empty for Valid.
    static QString verdictText(PhoneVerdict verdict);

    // "+7 (912) 345-67-89", "8 912 345 67 89", "89123456789", "9123456789" -> "+79123456789".
    // Anything whose verdict is not Valid -> ApiError::validation("phone", ...).
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

#include "phone/PhoneNumber.h"

#include <QCoreApplication>

#include <phonenumbers/phonenumberutil.h>

#include <optional>
#include <string>

namespace okna {

namespace {

using i18n::phonenumbers::PhoneNumberUtil;
using PhoneNumberProto = i18n::phonenumbers::PhoneNumber;

// Numbers without a country code are Russian: the users dictate them the Russian way.
constexpr const char *kDefaultRegion = "RU";
// Longer input is not a phone number; also keeps pathological input away from the regex engine.
constexpr qsizetype kMaxInputLength = 64;
// Fewer digits than this cannot be a number anywhere (the shortest national numbers have 7 digits
// with their country code); a cheap exit for the as-you-type check.
constexpr int kMinDigits = 7;

std::optional<PhoneNumberProto> parseValid(const QString &input)
{
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > kMaxInputLength)
        return std::nullopt;
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumberProto number;
    if (util->Parse(trimmed.toStdString(), kDefaultRegion, &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return std::nullopt;
    // E.164 has no room for an extension; silently dropping it would merge different clients.
    if (number.has_extension() || !util->IsValidNumber(number))
        return std::nullopt;
    return number;
}

int digitCount(const QString &text)
{
    int count = 0;
    for (const QChar c : text) {
        if (c.isDigit())
            ++count;
    }
    return count;
}

} // namespace

Result<QString> PhoneNumber::normalize(const QString &input)
{
    const auto number = parseValid(input);
    if (!number) {
        return ApiError::validation(
            QStringLiteral("phone"),
            QCoreApplication::translate("okna::PhoneNumber", "Not a valid phone number, e.g. +7 912 345-67-89"));
    }
    std::string e164;
    PhoneNumberUtil::GetInstance()->Format(*number, PhoneNumberUtil::E164, &e164);
    return QString::fromStdString(e164);
}

QString PhoneNumber::digits(const QString &e164)
{
    QString result;
    result.reserve(e164.size());
    for (const QChar c : e164) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            result.append(c);
    }
    return result;
}

QString PhoneNumber::formatForDisplay(const QString &e164)
{
    const auto number = parseValid(e164);
    if (!number)
        return e164;
    std::string formatted;
    PhoneNumberUtil::GetInstance()->Format(*number, PhoneNumberUtil::INTERNATIONAL, &formatted);
    return QString::fromStdString(formatted);
}

bool PhoneNumber::looksComplete(const QString &input)
{
    if (digitCount(input) < kMinDigits)
        return false;
    return parseValid(input).has_value();
}

Result<QString> normalizePhone(const QString &input)
{
    return PhoneNumber::normalize(input);
}

QString phoneDigits(const QString &e164)
{
    return PhoneNumber::digits(e164);
}

QString formatPhoneForDisplay(const QString &e164)
{
    return PhoneNumber::formatForDisplay(e164);
}

} // namespace okna

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

// Digits and the signs people write numbers with. Anything else (letters above all) is refused
// before libphonenumber, which would quietly turn letters into digits ("8 800 FLOWERS").
bool onlyPhoneSigns(const QString &text)
{
    static const QString signs = QStringLiteral("+()-. ");
    for (const QChar c : text) {
        if (!(c >= QLatin1Char('0') && c <= QLatin1Char('9')) && !signs.contains(c) && !c.isSpace())
            return false;
    }
    return true;
}

PhoneVerdict fromPossibility(PhoneNumberUtil::ValidationResult result)
{
    switch (result) {
    case PhoneNumberUtil::IS_POSSIBLE:
        return PhoneVerdict::Valid;
    case PhoneNumberUtil::TOO_SHORT:
    case PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY: // the area code is missing
        return PhoneVerdict::TooShort;
    case PhoneNumberUtil::TOO_LONG:
        return PhoneVerdict::TooLong;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE:
    case PhoneNumberUtil::INVALID_LENGTH:
        return PhoneVerdict::NoSuchNumber;
    }
    return PhoneVerdict::NoSuchNumber;
}

PhoneVerdict fromParseError(PhoneNumberUtil::ErrorType error)
{
    switch (error) {
    case PhoneNumberUtil::NO_PARSING_ERROR:
        return PhoneVerdict::Valid;
    case PhoneNumberUtil::NOT_A_NUMBER:
        return PhoneVerdict::NotDigits;
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case PhoneNumberUtil::TOO_SHORT_NSN:
        return PhoneVerdict::TooShort;
    case PhoneNumberUtil::TOO_LONG_NSN:
        return PhoneVerdict::TooLong;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        return PhoneVerdict::NoSuchNumber;
    }
    return PhoneVerdict::NoSuchNumber;
}

// INVALID_LENGTH: no number of the country has that many digits, but some have fewer and some
// more (+7 is shared by Russia and Kazakhstan). Compared with the country's own example number,
// the user learns which way it is wrong.
PhoneVerdict lengthAgainstExample(const PhoneNumberProto &number)
{
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    std::string region;
    util->GetRegionCodeForCountryCode(number.country_code(), &region);
    PhoneNumberProto example;
    if (!util->GetExampleNumberForType(region, PhoneNumberUtil::MOBILE, &example))
        return PhoneVerdict::NoSuchNumber;
    const auto length = std::to_string(number.national_number()).size();
    const auto expected = std::to_string(example.national_number()).size();
    if (length == expected)
        return PhoneVerdict::NoSuchNumber;
    return length > expected ? PhoneVerdict::TooLong : PhoneVerdict::TooShort;
}

// libphonenumber strips the Russian trunk prefix 8 only when the rest is a possible number; else
// it keeps the 8 as a digit of the number, so "8 912 345 67 8" (a digit missing) looks like a
// whole but unknown number. Asked again without the 8, it says what is really wrong.
PhoneVerdict lengthVerdictAfterTrunkPrefix(const QString &trimmed, PhoneVerdict verdict)
{
    QString digits;
    for (const QChar c : trimmed) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            digits.append(c);
    }
    if (trimmed.startsWith(QLatin1Char('+')) || !digits.startsWith(QLatin1Char('8')))
        return verdict;
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumberProto withoutPrefix;
    if (util->Parse("+7" + digits.mid(1).toStdString(), kDefaultRegion, &withoutPrefix) !=
        PhoneNumberUtil::NO_PARSING_ERROR)
        return verdict;
    const auto possible = fromPossibility(util->IsPossibleNumberWithReason(withoutPrefix));
    return possible == PhoneVerdict::TooShort || possible == PhoneVerdict::TooLong ? possible : verdict;
}

struct Parsed
{
    PhoneVerdict verdict = PhoneVerdict::Empty;
    PhoneNumberProto number;
};

Parsed parse(const QString &input)
{
    Parsed parsed;
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty())
        return parsed;
    if (trimmed.size() > kMaxInputLength) {
        parsed.verdict = PhoneVerdict::TooLong;
        return parsed;
    }
    // An extension ("доб. 12") is refused here too: E.164 has no room for one, and silently
    // dropping it would merge different clients.
    if (!onlyPhoneSigns(trimmed)) {
        parsed.verdict = PhoneVerdict::NotDigits;
        return parsed;
    }
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    parsed.verdict = fromParseError(util->Parse(trimmed.toStdString(), kDefaultRegion, &parsed.number));
    if (parsed.verdict != PhoneVerdict::Valid)
        return parsed;
    const auto possibility = util->IsPossibleNumberWithReason(parsed.number);
    parsed.verdict = possibility == PhoneNumberUtil::INVALID_LENGTH ? lengthAgainstExample(parsed.number)
                                                                    : fromPossibility(possibility);
    if (parsed.verdict == PhoneVerdict::Valid && (parsed.number.has_extension() || !util->IsValidNumber(parsed.number)))
        parsed.verdict = PhoneVerdict::NoSuchNumber;
    if (parsed.verdict == PhoneVerdict::NoSuchNumber)
        parsed.verdict = lengthVerdictAfterTrunkPrefix(trimmed, parsed.verdict);
    return parsed;
}

std::optional<PhoneNumberProto> parseValid(const QString &input)
{
    auto parsed = parse(input);
    if (parsed.verdict != PhoneVerdict::Valid)
        return std::nullopt;
    return parsed.number;
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

PhoneVerdict PhoneNumber::verdict(const QString &input)
{
    return parse(input).verdict;
}

QString PhoneNumber::verdictText(PhoneVerdict verdict)
{
    switch (verdict) {
    case PhoneVerdict::Valid:
        return {};
    case PhoneVerdict::Empty:
        return QCoreApplication::translate("okna::PhoneNumber", "Enter a phone number.");
    case PhoneVerdict::NotDigits:
        return QCoreApplication::translate("okna::PhoneNumber",
                                           "A phone number has only digits, spaces, brackets, dashes and a +.");
    case PhoneVerdict::TooShort:
        return QCoreApplication::translate("okna::PhoneNumber", "Too few digits for a phone number.");
    case PhoneVerdict::TooLong:
        return QCoreApplication::translate("okna::PhoneNumber", "Too many digits for a phone number.");
    case PhoneVerdict::NoSuchNumber:
        return QCoreApplication::translate("okna::PhoneNumber", "No such number: check the code and the digits.");
    }
    return {};
}

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

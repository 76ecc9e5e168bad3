#include "auth/crypto/Totp.h"

#include "auth/crypto/Base32.h"
#include "auth/crypto/Sodium.h"
#include "auth/crypto/TokenGenerator.h"

#include <QMessageAuthenticationCode>
#include <QUrl>

#include <sodium.h>

namespace okna::server {

namespace {

// HOTP's 31-bit dynamic truncation yields at most 2147483647, i.e. 10 decimal digits.
constexpr int kMaxDigits = 10;

qint64 powerOfTen(int exponent)
{
    qint64 value = 1;
    for (int i = 0; i < exponent; ++i)
        value *= 10;
    return value;
}

// Users paste codes as "123 456"; the spaces carry no meaning.
QByteArray normalizedCode(const QString &code)
{
    QByteArray digits;
    for (const QChar ch : code) {
        if (ch.isSpace())
            continue;
        if (ch < u'0' || ch > u'9')
            return {};
        digits.append(static_cast<char>(ch.unicode()));
    }
    return digits;
}

QString percentEncoded(const QString &text)
{
    // Everything outside RFC 3986 "unreserved" is escaped, so ':' in a name cannot be mistaken for
    // the issuer separator, and spaces become %20 (apps do not decode '+' in the label).
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

} // namespace

QString Totp::generateSecret()
{
    return TokenGenerator::randomBase32(kSecretBytes);
}

std::optional<QByteArray> Totp::decodeBase32(const QString &text)
{
    return Base32::decode(text);
}

QString Totp::encodeBase32(const QByteArray &data)
{
    return Base32::encode(data);
}

QString Totp::hotp(const QByteArray &key, quint64 counter, int digits, QCryptographicHash::Algorithm algorithm)
{
    if (key.isEmpty() || digits < 1 || digits > kMaxDigits)
        return {};

    // The counter is hashed as 8 bytes, most significant first (RFC 4226 section 5.2).
    QByteArray message(8, Qt::Uninitialized);
    for (int i = 7; i >= 0; --i) {
        message[i] = static_cast<char>(counter & 0xff);
        counter >>= 8;
    }
    const QByteArray mac = QMessageAuthenticationCode::hash(message, key, algorithm);

    // Dynamic truncation: the low nibble of the last byte picks where 31 bits are read. Reading
    // from the last byte (not byte 19) keeps this right for SHA-256 and SHA-512 as in RFC 6238.
    const int offset = static_cast<quint8>(mac.at(mac.size() - 1)) & 0x0f;
    const qint64 binary = (static_cast<qint64>(static_cast<quint8>(mac.at(offset)) & 0x7f) << 24) |
                          (static_cast<qint64>(static_cast<quint8>(mac.at(offset + 1))) << 16) |
                          (static_cast<qint64>(static_cast<quint8>(mac.at(offset + 2))) << 8) |
                          static_cast<qint64>(static_cast<quint8>(mac.at(offset + 3)));
    const qint64 value = binary % powerOfTen(digits);
    return QStringLiteral("%1").arg(value, digits, 10, QLatin1Char('0'));
}

QString Totp::codeAt(const QByteArray &key, qint64 unixTime, int digits, int step,
                     QCryptographicHash::Algorithm algorithm)
{
    if (unixTime < 0 || step <= 0)
        return {};
    return hotp(key, static_cast<quint64>(unixTime / step), digits, algorithm);
}

std::optional<qint64> Totp::verify(const QString &base32Secret, const QString &code, qint64 unixTime, int window)
{
    if (unixTime < 0 || window < 0)
        return std::nullopt;
    Sodium::ensureInitialized();
    const auto key = decodeBase32(base32Secret);
    if (!key || key->isEmpty())
        return std::nullopt;
    const QByteArray given = normalizedCode(code);
    if (given.size() != kDigits)
        return std::nullopt;

    const qint64 current = unixTime / kPeriod;
    std::optional<qint64> matched;
    // Every step in the window is compared in constant time and the loop never exits early, so
    // the response time reveals neither how many digits matched nor which step did.
    for (qint64 counter = current - window; counter <= current + window; ++counter) {
        if (counter < 0)
            continue;
        const QByteArray expected = hotp(*key, static_cast<quint64>(counter)).toLatin1();
        const bool equal = sodium_memcmp(expected.constData(), given.constData(), kDigits) == 0;
        // Prefer the earliest matching step: a later one would let the same code pass twice if a
        // code ever repeats within the window.
        if (equal && !matched)
            matched = counter;
    }
    return matched;
}

QString Totp::otpauthUri(const QString &issuer, const QString &account, const QString &base32Secret)
{
    // Apps are strict about the secret: no spaces, no padding, upper case.
    QString secret;
    for (const QChar ch : base32Secret) {
        if (!ch.isSpace() && ch != u'=')
            secret.append(ch.toUpper());
    }
    const QString escapedIssuer = percentEncoded(issuer);
    return QStringLiteral("otpauth://totp/%1:%2?secret=%3&issuer=%1&algorithm=SHA1&digits=%4&period=%5")
        .arg(escapedIssuer, percentEncoded(account), percentEncoded(secret), QString::number(kDigits),
             QString::number(kPeriod));
}

} // namespace okna::server

// Time-based one-time passwords (RFC 6238 over RFC 4226 HOTP) for two-factor login.
#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QString>

#include <optional>

namespace okna::server {

class Totp
{
public:
    // What the API promises and authenticator apps assume by default: SHA-1, 6 digits, 30 s.
    static constexpr int kDigits = 6;
    static constexpr int kPeriod = 30;
    static constexpr int kSecretBytes = 20;

    // 160 random bits (the RFC 4226 recommended key size) as unpadded upper-case base32.
    static QString generateSecret();

    static std::optional<QByteArray> decodeBase32(const QString &text);
    static QString encodeBase32(const QByteArray &data);

    // RFC 4226 HOTP value for one counter; empty for digits outside 1..10 or an empty key.
    static QString hotp(const QByteArray &key, quint64 counter, int digits = kDigits,
                        QCryptographicHash::Algorithm algorithm = QCryptographicHash::Sha1);

    // RFC 6238 code for the step containing unixTime; empty for a negative time, step <= 0 or
    // the invalid arguments hotp() refuses.
    static QString codeAt(const QByteArray &key, qint64 unixTime, int digits = kDigits, int step = kPeriod,
                          QCryptographicHash::Algorithm algorithm = QCryptographicHash::Sha1);

    // Checks a user's code against steps current-window..current+window (SHA-1, 6 digits, 30 s).
    // Returns the matching step counter so the caller can store it and refuse a second use of the
    // same (or an earlier) step; nullopt for a wrong code, a malformed code or an invalid secret.
    static std::optional<qint64> verify(const QString &base32Secret, const QString &code, qint64 unixTime,
                                        int window = 1);

    // otpauth://totp/Issuer:account?secret=...&issuer=Issuer&algorithm=SHA1&digits=6&period=30,
    // the Key URI Format authenticator apps read from a QR code.
    static QString otpauthUri(const QString &issuer, const QString &account, const QString &base32Secret);
};

} // namespace okna::server

// RFC 4648 base32 (the alphabet authenticator apps use for TOTP secrets).
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace okna::server {

class Base32
{
public:
    // Upper case, without '=' padding: the form authenticator apps and otpauth URIs expect.
    static QString encode(const QByteArray &data);
    // Case-insensitive; whitespace is ignored and trailing '=' padding accepted, since people
    // copy secrets in groups of four. Any other character, or an impossible length, gives nullopt.
    static std::optional<QByteArray> decode(const QString &text);
};

} // namespace okna::server

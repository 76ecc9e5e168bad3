// Random session tokens and the hash under which the database stores them.
#pragma once

#include <QString>

namespace okna::server {

class TokenGenerator
{
public:
    // 256 random bits as base64url without padding (43 characters), safe in headers and URLs.
    static QString newToken();

    // Lower-case SHA-256 hex (64 characters). The database keeps only this, so a leaked table
    // yields no usable token; a fast hash suffices because tokens carry 256 bits of entropy.
    static QString hashToken(const QString &token);

    // `bytes` random bytes in unpadded RFC 4648 base32; empty for bytes <= 0.
    static QString randomBase32(int bytes);
};

} // namespace okna::server

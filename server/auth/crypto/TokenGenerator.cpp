#include "auth/crypto/TokenGenerator.h"

#include "auth/crypto/Base32.h"
#include "auth/crypto/Sodium.h"

#include <QByteArray>
#include <QCryptographicHash>

#include <sodium.h>

namespace okna::server {

namespace {

constexpr int kTokenBytes = 32;

QByteArray randomBytes(int count)
{
    Sodium::ensureInitialized();
    QByteArray bytes(count, Qt::Uninitialized);
    randombytes_buf(bytes.data(), static_cast<size_t>(bytes.size()));
    return bytes;
}

} // namespace

QString TokenGenerator::newToken()
{
    QByteArray raw = randomBytes(kTokenBytes);
    const QString token =
        QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    sodium_memzero(raw.data(), static_cast<size_t>(raw.size()));
    return token;
}

QString TokenGenerator::hashToken(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString TokenGenerator::randomBase32(int bytes)
{
    if (bytes <= 0)
        return {};
    QByteArray raw = randomBytes(bytes);
    const QString encoded = Base32::encode(raw);
    sodium_memzero(raw.data(), static_cast<size_t>(raw.size()));
    return encoded;
}

} // namespace okna::server

#include "auth/crypto/PasswordHasher.h"

#include "auth/crypto/Sodium.h"
#include "auth/crypto/TokenGenerator.h"

#include <QByteArray>

#include <sodium.h>

#include <optional>

namespace okna::server {

namespace {

constexpr unsigned long long kOpsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr size_t kMemLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;

// libsodium reads the stored hash as a C string of bounded size; anything longer or empty
// cannot be one of ours, and rejecting it early keeps crafted input away from the parser.
std::optional<QByteArray> toHashBytes(const QString &hash)
{
    QByteArray bytes = hash.toUtf8();
    if (bytes.isEmpty() || bytes.size() >= static_cast<qsizetype>(crypto_pwhash_STRBYTES) || bytes.contains('\0'))
        return std::nullopt;
    return bytes;
}

} // namespace

QString PasswordHasher::hash(const QString &password)
{
    Sodium::ensureInitialized();
    QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const int rc = crypto_pwhash_str_alg(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()), kOpsLimit,
                                         kMemLimit, crypto_pwhash_ALG_ARGON2ID13);
    // The plaintext should not outlive the call in our own buffers.
    sodium_memzero(utf8.data(), static_cast<size_t>(utf8.size()));
    if (rc != 0)
        return {};
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &hash, const QString &password)
{
    Sodium::ensureInitialized();
    const auto hashBytes = toHashBytes(hash);
    if (!hashBytes)
        return false;
    QByteArray utf8 = password.toUtf8();
    const int rc = crypto_pwhash_str_verify(hashBytes->constData(), utf8.constData(),
                                            static_cast<unsigned long long>(utf8.size()));
    sodium_memzero(utf8.data(), static_cast<size_t>(utf8.size()));
    return rc == 0;
}

bool PasswordHasher::needsRehash(const QString &hash)
{
    Sodium::ensureInitialized();
    const auto hashBytes = toHashBytes(hash);
    if (!hashBytes)
        return true;
    // The argon2id-specific check (not the generic one) also flags argon2i hashes, which the
    // generic crypto_pwhash_str_needs_rehash would accept as current.
    return crypto_pwhash_argon2id_str_needs_rehash(hashBytes->constData(), kOpsLimit, kMemLimit) != 0;
}

const QString &PasswordHasher::dummyHash()
{
    // Computed once (thread-safe static) with the same parameters as real hashes, so verifying
    // against it costs what a real verification costs.
    static const QString dummy = hash(TokenGenerator::newToken());
    return dummy;
}

} // namespace okna::server

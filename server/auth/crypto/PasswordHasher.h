// Password hashing for user accounts: argon2id at libsodium's INTERACTIVE limits.
#pragma once

#include <QString>

namespace okna::server {

class PasswordHasher
{
public:
    // A self-describing "$argon2id$v=19$m=...,t=...,p=...$salt$hash" string with a fresh random
    // salt. Empty only if libsodium cannot allocate the memory argon2id needs; verify() then
    // refuses the empty hash, so the failure cannot turn into an open account.
    static QString hash(const QString &password);

    // False for a wrong password and for anything that is not a valid libsodium hash string.
    static bool verify(const QString &hash, const QString &password);

    // True when the hash is not argon2id at the current limits (older parameters, argon2i or
    // garbage): the caller rehashes on the next successful login.
    static bool needsRehash(const QString &hash);

    // A valid hash of a random password nobody knows. Login verifies against it when the login
    // name does not exist, so unknown and known names take the same time to answer.
    static const QString &dummyHash();
};

} // namespace okna::server

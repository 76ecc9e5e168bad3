#include "auth/crypto/Sodium.h"

#include <QtGlobal>

#include <sodium.h>

namespace okna::server {

void Sodium::ensureInitialized()
{
    // A function-local static is initialised exactly once even under concurrent first calls
    // (C++11 magic statics), so no thread can use randombytes_buf or crypto_pwhash before it.
    static const bool initialized = [] {
        // sodium_init() only fails when the OS cannot provide randomness; every token, salt and
        // TOTP secret would then be unsafe, so refusing to run beats returning weak values.
        if (sodium_init() < 0)
            qFatal("libsodium could not be initialised");
        return true;
    }();
    Q_UNUSED(initialized);
}

} // namespace okna::server

// One-time libsodium initialisation shared by the auth crypto helpers.
#pragma once

namespace okna::server {

class Sodium
{
public:
    // Safe to call from any thread, any number of times; only the first call does the work.
    static void ensureInitialized();
};

} // namespace okna::server

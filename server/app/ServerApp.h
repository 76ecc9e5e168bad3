// `okna-server` serving: database, migrations, TLS, routes, the HTTPS listener, and a clean
// shutdown on SIGINT/SIGTERM.
#pragma once

#include "app/ServerConfig.h"

namespace okna::server {

class ServerApp
{
public:
    explicit ServerApp(ServerConfig config);
    // Runs until a termination signal; returns the process exit code.
    int run();

private:
    ServerConfig m_config;
};

} // namespace okna::server

#pragma once

#include "app/ServerConfig.h"

namespace okna::server {

// okna-server migrate: applies pending migrations and exits.
int runMigrate(const ServerConfig &config);

} // namespace okna::server

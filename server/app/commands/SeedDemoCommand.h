#pragma once

#include "app/ServerConfig.h"

namespace okna::server {

// okna-server seed-demo: districts, users of every role (password "okna-demo"), masters and
// orders, for a demonstration. Safe to run again: what exists is left alone.
int runSeedDemo(const ServerConfig &config);

} // namespace okna::server

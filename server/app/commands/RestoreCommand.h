#pragma once

#include "app/ServerConfig.h"

namespace okna::server {

// okna-server restore FILE [--force]: checks the whole dump, then restores it into the configured
// database in one transaction. The database must be empty; --force empties its public schema first.
// Migrations newer than the dump are applied afterwards, and the restore is audited there.
int runRestore(const ServerConfig &config);

} // namespace okna::server

#pragma once

#include "app/ServerConfig.h"

namespace okna::server {

// okna-server backup: one verified backup (dump, test restore, counts compared) into the backup
// directory, for cron; prints the file's path. Exit 1 when it could not be verified.
int runBackup(const ServerConfig &config);

} // namespace okna::server

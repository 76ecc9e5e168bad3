#pragma once

#include "app/ServerConfig.h"

namespace okna::server {

// okna-server create-user --login L --role R --full-name N [--phone P] [--telegram-chat-id C]
// The password comes from stdin (not echoed on a terminal), never from the command line, so it
// does not show up in `ps` or the shell history.
int runCreateUser(const ServerConfig &config);

} // namespace okna::server

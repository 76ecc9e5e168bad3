// The start-up line that tells whoever installed the server how to create its first administrator.
#pragma once

#include "app/ServerConfig.h"
#include "core/Result.h"

#include <QString>

namespace okna::server {

class Database;

class FirstAdminHint
{
public:
    // True while the users table holds no active administrator: nobody can sign in to make one.
    static Result<bool> isNeeded(Database &database);

    // The create-user command with this server's own settings (its config file, else its data
    // directory), run as the account the server runs as (`runAs`; empty when that is root).
    static QString command(const ServerConfig &config, const QString &program, const QString &runAs);

    // The whole log line, for the process as it runs now.
    static QString line(const ServerConfig &config);
};

} // namespace okna::server

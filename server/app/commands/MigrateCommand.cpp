#include "app/commands/MigrateCommand.h"

#include "app/DatabaseConnector.h"
#include "app/commands/Console.h"

namespace okna::server {

int runMigrate(const ServerConfig &config)
{
    DatabaseConnector connector(config);
    if (Status opened = connector.open(1); !opened) {
        Console::error(opened.error().message());
        return 1;
    }
    Console::out(QStringLiteral("database schema is up to date"));
    return 0;
}

} // namespace okna::server

// okna-server: the entry point; everything else lives in okna-server-core.
#include "app/ServerApp.h"
#include "app/ServerConfig.h"
#include "app/commands/BackupCommand.h"
#include "app/commands/Console.h"
#include "app/commands/CreateUserCommand.h"
#include "app/commands/MigrateCommand.h"
#include "app/commands/RestoreCommand.h"
#include "app/commands/SeedDemoCommand.h"
#include "core/Version.h"

#include <QCoreApplication>

using namespace okna;
using namespace okna::server;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("okna-server"));
    QCoreApplication::setApplicationVersion(QLatin1String(kVersion));

    const auto config = ServerConfig::fromArguments(QCoreApplication::arguments());
    if (!config) {
        Console::error(config.error().message());
        return 2;
    }
    if (config->showVersion) {
        Console::out(QStringLiteral("okna-server %1").arg(QLatin1String(kVersion)));
        return 0;
    }
    const QString &command = config->command;
    if (command.isEmpty() || command == QLatin1String("serve"))
        return ServerApp(config.value()).run();
    if (command == QLatin1String("create-user"))
        return runCreateUser(config.value());
    if (command == QLatin1String("migrate"))
        return runMigrate(config.value());
    if (command == QLatin1String("seed-demo"))
        return runSeedDemo(config.value());
    if (command == QLatin1String("backup"))
        return runBackup(config.value());
    if (command == QLatin1String("restore"))
        return runRestore(config.value());
    Console::error(QStringLiteral("unknown command \"%1\"; commands: create-user, seed-demo, migrate, backup, restore")
                       .arg(command));
    return 2;
}

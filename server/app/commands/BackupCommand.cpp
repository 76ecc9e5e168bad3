#include "app/commands/BackupCommand.h"

#include "app/DatabaseConnector.h"
#include "app/commands/Console.h"
#include "backups/BackupRunner.h"

namespace okna::server {

int runBackup(const ServerConfig &config)
{
    if (!config.commandArgs.isEmpty()) {
        Console::error(QStringLiteral("backup takes no arguments; the directory is --backup-dir (or OKNA_BACKUP_DIR)"));
        return 2;
    }
    DatabaseConnector connector(config);
    if (Status opened = connector.open(2); !opened) {
        Console::error(opened.error().message());
        return 1;
    }
    BackupRunner runner(connector.database(), BackupOptions::from(config, connector.connectionString()));
    auto prepared = runner.prepare(0);
    if (!prepared) {
        Console::error(QStringLiteral("backup: ") + prepared.error().message());
        return 1;
    }
    const BackupOutcome outcome = runner.run(std::move(prepared).value(), 0, QStringLiteral("cli"));
    if (!outcome.verified) {
        Console::error(QStringLiteral("backup %1 failed: %2").arg(outcome.id).arg(outcome.error));
        return 1;
    }
    Console::out(outcome.file);
    return 0;
}

} // namespace okna::server

#include "app/commands/RestoreCommand.h"

#include "app/DatabaseConnector.h"
#include "app/commands/Console.h"
#include "audit/AuditLog.h"
#include "backups/BackupRunner.h"
#include "backups/BackupStore.h"
#include "db/Database.h"
#include "db/Migrator.h"

#include <QFileInfo>

namespace okna::server {

namespace {

struct RestoreArguments
{
    QString file;
    bool force = false;
};

Result<RestoreArguments> parse(const QStringList &arguments)
{
    RestoreArguments parsed;
    for (const QString &argument : arguments) {
        if (argument == QLatin1String("--force"))
            parsed.force = true;
        else if (argument.startsWith(QLatin1Char('-')) || !parsed.file.isEmpty())
            return ApiError::badRequest(QStringLiteral("usage: okna-server restore FILE [--force]"));
        else
            parsed.file = QFileInfo(argument).absoluteFilePath();
    }
    if (parsed.file.isEmpty())
        return ApiError::badRequest(QStringLiteral("usage: okna-server restore FILE [--force]"));
    return parsed;
}

int fail(const QString &message)
{
    Console::error(QStringLiteral("restore: ") + message);
    return 1;
}

} // namespace

int runRestore(const ServerConfig &config)
{
    const auto arguments = parse(config.commandArgs);
    if (!arguments) {
        Console::error(arguments.error().message());
        return 2;
    }
    const QString &file = arguments->file;

    DatabaseConnector connector(config);
    if (Status opened = connector.open(2, DatabaseConnector::Schema::AsIs); !opened)
        return fail(opened.error().message());
    const BackupOptions options = BackupOptions::from(config, connector.connectionString());
    // Before the database is touched: a damaged file must not cost the data that is there.
    if (Status readable = BackupRunner::checkDump(options, file); !readable)
        return fail(readable.error().message());

    Database &database = connector.database();
    const auto relations =
        database.transact([](pqxx::work &tx) -> Result<qint64> { return BackupStore::userRelationCount(tx); });
    if (!relations)
        return fail(relations.error().message());
    const bool replacing = relations.value() > 0;
    if (replacing) {
        if (!arguments->force)
            return fail(QStringLiteral("the database is not empty (%1 tables, views or sequences); restore into an "
                                       "empty database, or add --force to replace everything in it")
                            .arg(relations.value()));
        const auto cleared = database.transact([](pqxx::work &tx) -> Status {
            BackupStore::clearPublicSchema(tx);
            return {};
        });
        if (!cleared)
            return fail(QStringLiteral("cannot empty the database: ") + cleared.error().message());
    }

    if (Status restored = BackupRunner::restoreDump(options, connector.connectionString(), file); !restored)
        return fail(
            QStringLiteral("%1 could not be restored, %2: %3")
                .arg(file, replacing ? QStringLiteral("the database is left empty") : QStringLiteral("nothing changed"),
                     restored.error().message()));
    // A dump of an older okna-server gets the newer schema now rather than at the next start.
    const auto migrated = Migrator(database).migrate();
    if (!migrated)
        return fail(QStringLiteral("restored, but the migrations failed: ") + migrated.error().message());

    const auto recorded = database.transact([&](pqxx::work &tx) -> Result<qint64> {
        BackupStore::failRunningAfterRestore(tx, file);
        AuditLog::record(tx, {0, QStringLiteral("backup_restored"), QStringLiteral("file:") + file,
                              QJsonObject{{QStringLiteral("force"), arguments->force}}, QStringLiteral("cli")});
        return BackupStore::ordersCount(tx);
    });
    if (!recorded)
        return fail(QStringLiteral("restored, but the audit record failed: ") + recorded.error().message());
    Console::out(QStringLiteral("restored %1: %2 orders").arg(file).arg(recorded.value()));
    return 0;
}

} // namespace okna::server

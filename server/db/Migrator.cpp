#include "db/Migrator.h"

#include "db/Database.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <map>

Q_LOGGING_CATEGORY(lcMigrations, "okna.server.migrations")

namespace okna::server {

namespace {

// Any constant works; it only has to be the same in every okna-server.
constexpr long long kMigrationLockKey = 0x6f6b6e61; // "okna"

std::map<int, QString> shippedMigrations()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d+)_.*\\.sql$"));
    std::map<int, QString> result;
    const QDir dir(QStringLiteral(":/migrations"));
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        const auto match = pattern.match(name);
        if (match.hasMatch())
            result.emplace(match.captured(1).toInt(), dir.filePath(name));
    }
    return result;
}

} // namespace

Migrator::Migrator(Database &database)
    : m_database(database)
{}

Result<int> Migrator::migrate()
{
    const auto migrations = shippedMigrations();
    return m_database.transact([&](pqxx::work &tx) -> Result<int> {
        tx.exec_params("SELECT pg_advisory_xact_lock($1)", kMigrationLockKey);
        tx.exec("CREATE TABLE IF NOT EXISTS schema_migrations ("
                " version integer PRIMARY KEY,"
                " name text NOT NULL,"
                " applied_at timestamptz NOT NULL DEFAULT now())");
        int applied = 0;
        for (const auto &[version, path] : migrations) {
            if (!tx.exec_params("SELECT 1 FROM schema_migrations WHERE version = $1", version).empty())
                continue;
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return ApiError(ErrorCode::Internal, QStringLiteral("cannot read migration %1").arg(path));
            qCInfo(lcMigrations) << "applying migration" << QFileInfo(path).fileName();
            tx.exec(file.readAll().toStdString());
            tx.exec_params("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", version,
                           QFileInfo(path).fileName().toStdString());
            ++applied;
        }
        return applied;
    });
}

} // namespace okna::server

#include "app/DatabaseConnector.h"

#include "db/Database.h"
#include "db/Migrator.h"
#include "db/embedded/EmbeddedPostgres.h"

#include <QDir>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcStartup, "okna.server.startup")

namespace okna::server {

DatabaseConnector::DatabaseConnector(const ServerConfig &config, ClusterOwnership ownership)
    : m_config(config)
    , m_ownership(ownership)
{}

DatabaseConnector::~DatabaseConnector()
{
    close();
}

Status DatabaseConnector::open(int maxConnections, Schema schema)
{
    // A dead database must fail a request quickly, not hang it for the libpq default.
    if (!qEnvironmentVariableIsSet("PGCONNECT_TIMEOUT"))
        qputenv("PGCONNECT_TIMEOUT", "5");

    if (m_config.dbUrl.isEmpty()) {
        if (!QDir().mkpath(m_config.dataDir))
            return ApiError(ErrorCode::Internal,
                            QStringLiteral("cannot create data directory %1").arg(m_config.dataDir));
        m_embedded = std::make_unique<EmbeddedPostgres>(m_config.dataDir);
        if (Status started = m_embedded->start(); !started)
            return started;
        m_connectionString = m_embedded->connectionString().toStdString();
        qCInfo(lcStartup).noquote() << "embedded PostgreSQL in" << m_embedded->clusterDir();
    } else {
        m_connectionString = m_config.dbUrl.toStdString();
    }
    m_database = std::make_unique<Database>(m_connectionString, maxConnections);
    if (schema == Schema::AsIs)
        return {};
    const auto applied = Migrator(*m_database).migrate();
    if (!applied)
        return ApiError(applied.error().code(),
                        QStringLiteral("cannot prepare the database schema: %1").arg(applied.error().message()));
    if (applied.value() > 0)
        qCInfo(lcStartup) << "applied" << applied.value() << "migration(s)";
    return {};
}

void DatabaseConnector::close()
{
    m_database.reset();
    if (m_embedded && m_embedded->wasAdopted() && m_ownership == ClusterOwnership::Borrow) {
        m_embedded->detach();
        m_embedded.reset();
    }
    if (m_embedded) {
        if (Status stopped = m_embedded->stop(); !stopped)
            qCWarning(lcStartup).noquote() << "stopping the embedded PostgreSQL failed:" << stopped.error().message();
        m_embedded.reset();
    }
}

} // namespace okna::server

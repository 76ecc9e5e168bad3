// Opens the database a command needs: the --db-url server, or the embedded cluster in the data
// directory (started here, stopped when this object goes). Shared by serve and the CLI commands.
#pragma once

#include "app/ServerConfig.h"
#include "core/Result.h"

#include <memory>

namespace okna::server {

class Database;
class EmbeddedPostgres;

class DatabaseConnector
{
public:
    // Serve owns the embedded cluster, even one adopted from a killed predecessor, and stops it
    // on close; a command leaves a cluster it found running to the server that runs it.
    enum class ClusterOwnership
    {
        Own,
        Borrow
    };

    // `restore` needs the database as it is: it must be empty before the dump goes in.
    enum class Schema
    {
        Migrate,
        AsIs
    };

    explicit DatabaseConnector(const ServerConfig &config, ClusterOwnership ownership = ClusterOwnership::Borrow);
    ~DatabaseConnector();

    // Starts the embedded cluster when needed, connects, and applies pending migrations (unless AsIs).
    Status open(int maxConnections, Schema schema = Schema::Migrate);
    Database &database() { return *m_database; }
    // Stops the embedded cluster (nothing to do for an external database).
    void close();

    bool isEmbedded() const { return m_embedded != nullptr; }
    std::string connectionString() const { return m_connectionString; }

private:
    const ServerConfig &m_config;
    const ClusterOwnership m_ownership;
    std::unique_ptr<EmbeddedPostgres> m_embedded;
    std::unique_ptr<Database> m_database;
    std::string m_connectionString;
};

} // namespace okna::server

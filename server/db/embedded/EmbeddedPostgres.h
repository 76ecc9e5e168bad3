// The embedded default database: a private PostgreSQL cluster inside the data directory,
// reachable only through a Unix socket in a 0700 directory (no TCP).
#pragma once

#include "core/Result.h"
#include "db/embedded/SystemUser.h"

#include <QString>

#include <optional>

namespace okna::server {

class EmbeddedPostgres
{
public:
    static constexpr int Port = 5432; // only names the socket file; nothing listens on TCP
    static constexpr const char *DatabaseName = "okna";
    static constexpr const char *RoleName = "okna";

    explicit EmbeddedPostgres(const QString &dataDir);
    // Stops the cluster if this object started or adopted it and stop() was not called.
    ~EmbeddedPostgres();
    Q_DISABLE_COPY_MOVE(EmbeddedPostgres)

    // initdb on first use, adopts a postmaster left running by an earlier process, otherwise starts one;
    // returns once it accepts connections and the database exists.
    Status start();
    // Fast shutdown; succeeds when nothing runs.
    Status stop();
    // Forget the cluster without stopping it: a command-line tool that adopted the cluster of a
    // running okna-server must leave it to that server.
    void detach() { m_running = false; }

    // libpq keyword string: host=DATA_DIR/run port=5432 dbname=okna user=okna
    QString connectionString() const;
    QString clusterDir() const;
    QString socketDir() const;
    QString logFile() const;
    bool isRunning() const { return m_running; }
    bool wasAdopted() const { return m_adopted; }
    // The account the cluster runs as (resolved by start() or stop()).
    QString clusterUserName() const { return m_user ? m_user->name() : QString(); }

private:
    Status resolveEnvironment();
    Status prepareDirectories();
    Status initCluster();
    Status checkClusterVersion() const;
    Result<bool> adoptRunning();
    void removeStaleSocketLocks() const;
    Status launch();
    Status waitUntilReady(int timeoutMs) const;
    Status ensureDatabase() const;
    int pingSocket() const;
    bool postmasterAlive() const;
    QString tool(const char *name) const;
    // The last lines of the log, of what was written after byte `from` only.
    QString logTail(qint64 from = 0) const;

    QString m_dataDir;
    QString m_binDir;
    std::optional<SystemUser> m_user;
    bool m_running = false;
    bool m_adopted = false;
};

} // namespace okna::server

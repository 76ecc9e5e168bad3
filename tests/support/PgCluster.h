// A throwaway PostgreSQL 15 cluster for integration tests: initdb into a temporary directory,
// listening on 127.0.0.1 on a free port, fsync off. Stops and disappears with the object.
#pragma once

#include "SqlResult.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <chrono>
#include <memory>

namespace okna::test {

class PgCluster
{
public:
    enum class StopMode
    {
        Fast,      // pg_ctl -m fast: clients disconnected, clean shutdown
        Immediate, // pg_ctl -m immediate: like a crash, recovery on the next start
    };

    PgCluster();
    ~PgCluster();
    PgCluster(const PgCluster &) = delete;
    PgCluster &operator=(const PgCluster &) = delete;

    // A line for postgresql.conf ("shared_buffers = 1GB"); only before the first start.
    void addSetting(const QString &line) { m_extraSettings << line; }
    // The first call runs initdb and picks the port; later calls start the same cluster on the same port.
    bool start();
    bool stop(StopMode mode = StopMode::Fast);
    bool restart();
    // Takes the database away for `downtime` (the test's event loop keeps running), then brings it back.
    bool stopFor(std::chrono::milliseconds downtime, StopMode mode = StopMode::Fast);
    bool isRunning() const { return m_running; }

    // Creates an empty database owned by the superuser and returns url(name).
    QString createDatabase(const QString &name);
    bool dropDatabase(const QString &name);
    // postgresql://okna_test@127.0.0.1:PORT/name
    QString url(const QString &dbName) const;
    quint16 port() const { return m_port; }
    QString superuser() const;
    QString dataDirectory() const;
    QString socketDirectory() const;

    // Runs one statement (or several, separated by ';') outside a transaction block and returns the
    // rows of the last one. Never throws; on failure ok is false and error says why.
    SqlResult execSql(const QString &dbName, const QString &sql) const;
    // True when a connection to the database can be opened now.
    bool acceptsConnections(const QString &dbName = QStringLiteral("postgres")) const;

    // What went wrong in the last failed call, with the server log's tail.
    QString errorString() const { return m_error; }
    QString serverLog() const;

private:
    bool initialize();
    bool startOnce();
    bool runTool(const QString &tool, const QStringList &arguments, int timeoutMs, QString *output = nullptr);
    void fail(const QString &message);

    std::unique_ptr<QTemporaryDir> m_root;
    quint16 m_port = 0;
    QStringList m_extraSettings;
    bool m_initialized = false;
    bool m_running = false;
    QString m_error;
};

} // namespace okna::test

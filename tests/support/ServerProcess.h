// The real okna-server binary (OKNA_SERVER_BINARY) as a child process of a test: its own data
// directory, a free port on 127.0.0.1, its log captured to a file. Ready means GET /health
// answered over TLS verified against the certificate the server wrote into its data directory.
#pragma once

#include "CliResult.h"

#include <QMap>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace okna::test {

class ApiClient;
class EventClient;

class ServerProcess
{
public:
    enum class Readiness
    {
        Healthy,   // /health answered 200 (the database is reachable)
        Listening, // /health answered anything over verified TLS (e.g. 503 while the database is down)
    };

    explicit ServerProcess(QString dbUrl);
    ~ServerProcess();
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    // The binary from OKNA_SERVER_BINARY; empty when unset.
    static QString binaryPath();

    // Before start(): arguments after --db-url/--data-dir/--listen, and environment additions
    // (e.g. OKNA_TELEGRAM_API_BASE). runCli() gets the environment, not the arguments.
    void setExtraArguments(const QStringList &arguments) { m_extraArguments = arguments; }
    void setEnvironment(const QString &name, const QString &value) { m_environment.insert(name, value); }
    void setDbUrl(const QString &dbUrl) { m_dbUrl = dbUrl; }
    // Where the certificate the test's clients trust is read from; default DATA_DIR/tls/server.crt
    // (the server's self-signed one). For a CA-signed server certificate: the CA's.
    void setCertificatePath(const QString &path) { m_certificatePath = path; }

    // The first start picks the port; later starts (restart, after kill) reuse it and the data dir.
    bool start(Readiness readiness = Readiness::Healthy, int timeoutMs = 30000);
    // SIGTERM, then waits; false if it had to be killed or did not exit with code 0.
    bool stop(int timeoutMs = 15000);
    // SIGKILL: a crash.
    void kill();
    bool restart(Readiness readiness = Readiness::Healthy, int timeoutMs = 30000);
    bool isRunning() const;
    qint64 pid() const;
    int exitCode() const;
    QProcess::ExitStatus exitStatus() const;

    quint16 port() const { return m_port; }
    QString dbUrl() const { return m_dbUrl; }
    QString dataDirectory() const;
    // https://127.0.0.1:PORT/api/v1
    QUrl apiBaseUrl() const;
    // Loaded from the data directory once the server wrote it; null before.
    QSslCertificate certificate() const { return m_certificate; }
    QSslConfiguration tlsConfiguration() const;
    // Clients trusting exactly this server's certificate.
    ApiClient apiClient() const;
    std::unique_ptr<EventClient> eventClient() const;

    // okna-server --db-url URL --data-dir DIR <extra arguments> <arguments>, to completion.
    CliResult runCli(const QStringList &arguments, const QByteArray &standardInput = {}, int timeoutMs = 120000) const;
    // create-user through the CLI, the password on stdin.
    CliResult createUser(const QString &login, const QString &password, const QString &role,
                         const QString &fullName) const;

    QString errorString() const { return m_error; }
    // Everything the server printed so far (stdout and stderr of every start).
    QByteArray log() const;
    void printLog() const;
    // In a test's cleanup(): prints what the server logged since the previous call, if the test failed.
    void printLogIfTestFailed();

private:
    bool startOnce(Readiness readiness, int timeoutMs);
    bool waitUntilReady(Readiness readiness, int timeoutMs);
    QProcessEnvironment processEnvironment() const;
    QStringList baseArguments() const;
    void fail(const QString &message);

    QString m_dbUrl;
    QStringList m_extraArguments;
    QMap<QString, QString> m_environment;
    QString m_certificatePath;
    std::unique_ptr<QTemporaryDir> m_root;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QSslCertificate m_certificate;
    QString m_error;
    qint64 m_logPrintedUpTo = 0;
    bool m_exitedEarly = false;
};

} // namespace okna::test

#include "ServerProcess.h"

#include "ApiClient.h"
#include "EventClient.h"
#include "FreePort.h"
#include "TlsTrust.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QTest>

namespace okna::test {

Q_LOGGING_CATEGORY(lcServerProcess, "okna.test.serverprocess")

namespace {

constexpr int portAttempts = 3;
constexpr int probeTimeoutMs = 2000;
constexpr int pollIntervalMs = 100;

} // namespace

ServerProcess::ServerProcess(QString dbUrl)
    : m_dbUrl(std::move(dbUrl))
    , m_root(std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/okna-server-XXXXXX")))
{
    if (!m_root->isValid() || !QDir(m_root->path()).mkdir(QStringLiteral("data")))
        fail(QStringLiteral("cannot create a data directory: ") + m_root->errorString());
    // The embedded default runs PostgreSQL as an unprivileged user when we are root: it must be
    // able to reach the data directory.
    QFile::setPermissions(m_root->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                                              QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
}

ServerProcess::~ServerProcess()
{
    if (isRunning() && !stop())
        kill();
}

QString ServerProcess::binaryPath()
{
    return qEnvironmentVariable("OKNA_SERVER_BINARY");
}

bool ServerProcess::start(Readiness readiness, int timeoutMs)
{
    if (isRunning())
        return true;
    const auto binary = binaryPath();
    if (binary.isEmpty() || !QFile::exists(binary)) {
        fail(QStringLiteral("okna-server binary not found (OKNA_SERVER_BINARY=\"%1\")").arg(binary));
        return false;
    }
    if (m_port != 0) {
        if (startOnce(readiness, timeoutMs))
            return true;
        printLog();
        return false;
    }
    // The probed port may be taken before the server binds it: an early exit gets another port.
    for (int attempt = 0; attempt < portAttempts; ++attempt) {
        m_port = pickFreeTcpPort();
        if (startOnce(readiness, timeoutMs))
            return true;
        if (!m_exitedEarly)
            break; // it ran but never became ready: another port will not help
    }
    printLog();
    m_port = 0;
    return false;
}

bool ServerProcess::startOnce(Readiness readiness, int timeoutMs)
{
    const auto logPath = m_root->filePath(QStringLiteral("server.log"));
    QFile marker(logPath);
    if (marker.open(QIODevice::Append))
        marker.write(QStringLiteral("=== okna-server on 127.0.0.1:%1 ===\n").arg(m_port).toUtf8());
    marker.close();

    m_certificate = QSslCertificate();
    m_exitedEarly = false;
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(binaryPath());
    m_process->setArguments(baseArguments() +
                            QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(m_port)} +
                            m_extraArguments);
    m_process->setProcessEnvironment(processEnvironment());
    m_process->setWorkingDirectory(m_root->path());
    // A file, not a pipe: a chatty server can never block on a full pipe while the test is busy.
    m_process->setStandardOutputFile(logPath, QIODevice::Append);
    m_process->setStandardErrorFile(logPath, QIODevice::Append);
    m_process->setStandardInputFile(QProcess::nullDevice());
    m_process->start();
    if (!m_process->waitForStarted(10000)) {
        fail(QStringLiteral("cannot start %1: %2").arg(binaryPath(), m_process->errorString()));
        return false;
    }
    if (waitUntilReady(readiness, timeoutMs))
        return true;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(10000);
    }
    return false;
}

bool ServerProcess::waitUntilReady(Readiness readiness, int timeoutMs)
{
    const auto certificatePath =
        m_certificatePath.isEmpty() ? dataDirectory() + QStringLiteral("/tls/server.crt") : m_certificatePath;
    QString lastAnswer = QStringLiteral("no certificate at ") + certificatePath;
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_process->state() == QProcess::NotRunning) {
            m_exitedEarly = true;
            fail(QStringLiteral("okna-server exited before it was ready (exit code %1, %2)")
                     .arg(m_process->exitCode())
                     .arg(m_process->exitStatus() == QProcess::NormalExit ? QStringLiteral("normal exit")
                                                                          : QStringLiteral("crashed")));
            return false;
        }
        if (m_certificate.isNull()) {
            // Read again until complete: the server may be writing it right now.
            const auto certificates = QSslCertificate::fromPath(certificatePath, QSsl::Pem);
            if (!certificates.isEmpty())
                m_certificate = certificates.first();
        }
        if (!m_certificate.isNull()) {
            auto probe = apiClient();
            probe.setTimeout(probeTimeoutMs);
            const auto health = probe.get(QStringLiteral("/health"));
            if (health.status == 200 || (readiness == Readiness::Listening && health.status != 0))
                return true;
            lastAnswer = health.describe();
        }
        QTest::qWait(pollIntervalMs);
    }
    fail(QStringLiteral("okna-server not ready within %1 ms; last: %2").arg(timeoutMs).arg(lastAnswer));
    return false;
}

bool ServerProcess::stop(int timeoutMs)
{
    if (!isRunning())
        return true;
    m_process->terminate();
    if (!m_process->waitForFinished(timeoutMs)) {
        fail(QStringLiteral("okna-server ignored SIGTERM for %1 ms; killed").arg(timeoutMs));
        kill();
        return false;
    }
    if (m_process->exitStatus() != QProcess::NormalExit || m_process->exitCode() != 0) {
        fail(QStringLiteral("okna-server stopped with exit code %1 (%2)")
                 .arg(m_process->exitCode())
                 .arg(m_process->exitStatus() == QProcess::NormalExit ? QStringLiteral("normal exit")
                                                                      : QStringLiteral("crashed")));
        return false;
    }
    return true;
}

void ServerProcess::kill()
{
    if (!isRunning())
        return;
    m_process->kill();
    m_process->waitForFinished(10000);
}

bool ServerProcess::restart(Readiness readiness, int timeoutMs)
{
    const bool stopped = stop();
    return start(readiness, timeoutMs) && stopped;
}

bool ServerProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

qint64 ServerProcess::pid() const
{
    return m_process ? m_process->processId() : 0;
}

int ServerProcess::exitCode() const
{
    return m_process ? m_process->exitCode() : -1;
}

QProcess::ExitStatus ServerProcess::exitStatus() const
{
    return m_process ? m_process->exitStatus() : QProcess::NormalExit;
}

QString ServerProcess::dataDirectory() const
{
    return m_root->filePath(QStringLiteral("data"));
}

QUrl ServerProcess::apiBaseUrl() const
{
    return QUrl(QStringLiteral("https://127.0.0.1:%1/api/v1").arg(m_port));
}

QSslConfiguration ServerProcess::tlsConfiguration() const
{
    return tlsTrustingOnly(m_certificate);
}

ApiClient ServerProcess::apiClient() const
{
    return ApiClient(apiBaseUrl(), tlsConfiguration());
}

std::unique_ptr<EventClient> ServerProcess::eventClient() const
{
    return std::make_unique<EventClient>(apiBaseUrl(), tlsConfiguration());
}

CliResult ServerProcess::runCli(const QStringList &arguments, const QByteArray &standardInput, int timeoutMs) const
{
    CliResult result;
    QProcess process;
    process.setProgram(binaryPath());
    process.setArguments(baseArguments() + arguments);
    process.setProcessEnvironment(processEnvironment());
    process.setWorkingDirectory(m_root->path());
    process.start();
    if (!process.waitForStarted(10000)) {
        result.error = process.errorString();
        return result;
    }
    if (!standardInput.isEmpty())
        process.write(standardInput);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        result.error = QStringLiteral("timed out after %1 ms").arg(timeoutMs);
        process.kill();
        process.waitForFinished(10000);
    }
    result.standardOutput = process.readAllStandardOutput();
    result.standardError = process.readAllStandardError();
    if (result.error.isEmpty() && process.exitStatus() != QProcess::NormalExit)
        result.error = QStringLiteral("crashed: ") + process.errorString();
    result.finished = result.error.isEmpty();
    result.exitCode = process.exitCode();
    return result;
}

CliResult ServerProcess::createUser(const QString &login, const QString &password, const QString &role,
                                    const QString &fullName) const
{
    return runCli({QStringLiteral("create-user"), QStringLiteral("--login"), login, QStringLiteral("--role"), role,
                   QStringLiteral("--full-name"), fullName},
                  password.toUtf8() + '\n');
}

QByteArray ServerProcess::log() const
{
    QFile file(m_root->filePath(QStringLiteral("server.log")));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void ServerProcess::printLog() const
{
    qCWarning(lcServerProcess).noquote() << QStringLiteral("--- okna-server log ---\n") + QString::fromUtf8(log()) +
                                                QStringLiteral("--- end of okna-server log ---");
}

void ServerProcess::printLogIfTestFailed()
{
    const auto all = log();
    if (QTest::currentTestFailed()) {
        qCWarning(lcServerProcess).noquote() << QStringLiteral("--- okna-server log during this test ---\n") +
                                                    QString::fromUtf8(all.mid(m_logPrintedUpTo)) +
                                                    QStringLiteral("--- end ---");
    }
    m_logPrintedUpTo = all.size();
}

QProcessEnvironment ServerProcess::processEnvironment() const
{
    auto environment = QProcessEnvironment::systemEnvironment();
    // Nothing from the developer's shell may change what the test runs against.
    for (const auto &name : environment.keys()) {
        if (name.startsWith(QLatin1String("OKNA_")))
            environment.remove(name);
    }
    for (auto it = m_environment.cbegin(); it != m_environment.cend(); ++it)
        environment.insert(it.key(), it.value());
    return environment;
}

QStringList ServerProcess::baseArguments() const
{
    // No URL: the server's embedded default, its own PostgreSQL inside the data directory.
    if (m_dbUrl.isEmpty())
        return {QStringLiteral("--data-dir"), dataDirectory()};
    return {QStringLiteral("--db-url"), m_dbUrl, QStringLiteral("--data-dir"), dataDirectory()};
}

void ServerProcess::fail(const QString &message)
{
    m_error = message;
    qCWarning(lcServerProcess).noquote() << message;
}

} // namespace okna::test

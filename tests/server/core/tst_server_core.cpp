// The server as a process: command line, TLS fingerprint, request log, surviving a PostgreSQL
// restart, two servers migrating one database at once, and the embedded default surviving kill -9.
#include "ServerFixture.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QTest>

using namespace okna::test;

namespace {

QString colonHex(const QByteArray &digest)
{
    QStringList parts;
    for (const char byte : digest)
        parts << QStringLiteral("%1").arg(static_cast<quint8>(byte), 2, 16, QLatin1Char('0')).toUpper();
    return parts.join(QLatin1Char(':'));
}

bool waitForHealth(ApiClient &api, int status, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        api.resetConnections();
        if (api.get(QStringLiteral("/health")).status == status)
            return true;
        QTest::qWait(200);
    }
    return false;
}

} // namespace

class TestServerCore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(m_fx.start(), qPrintable(m_fx.errorString())); }
    void cleanup() { m_fx.printServerLogIfTestFailed(); }

    void versionFlag();
    void printsTheCertificateFingerprint();
    void logsOneLinePerRequestWithoutSecrets();
    void createUserCommandValidates();
    void survivesAPostgresRestart();
    void twoServersMigrateOneDatabaseOnce();
    void embeddedDefaultRecoversFromKill9();

private:
    ServerFixture m_fx;
};

void TestServerCore::versionFlag()
{
    const CliResult result = m_fx.server().runCli({QStringLiteral("--version")});
    QVERIFY2(result.ok(), qPrintable(result.describe()));
    QVERIFY(result.standardOutput.startsWith("okna-server "));
}

void TestServerCore::printsTheCertificateFingerprint()
{
    const QSslCertificate certificate = m_fx.server().certificate();
    QVERIFY(!certificate.isNull());
    const QString fingerprint = colonHex(certificate.digest(QCryptographicHash::Sha256));
    QVERIFY2(m_fx.server().log().contains(fingerprint.toLatin1()), qPrintable(fingerprint));
    const QFile key(m_fx.server().dataDirectory() + QStringLiteral("/tls/server.key"));
    QCOMPARE(key.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());
}

void TestServerCore::logsOneLinePerRequestWithoutSecrets()
{
    const QString token = m_fx.loginAdmin();
    QVERIFY(!token.isEmpty());
    QCOMPARE(m_fx.api().get(QStringLiteral("/me"), token).status, 200);
    QTest::qWait(200);
    const QByteArray log = m_fx.server().log();
    QVERIFY2(log.contains("POST /api/v1/auth/login 200"), log.right(2000).constData());
    QVERIFY(log.contains("GET /api/v1/me 200"));
    QVERIFY(!log.contains(ServerFixture::adminPassword().toUtf8()));
    QVERIFY(!log.contains(token.toUtf8()));
}

void TestServerCore::createUserCommandValidates()
{
    ServerProcess &server = m_fx.server();
    const QString login = ServerFixture::uniqueName(QStringLiteral("cli"));
    const CliResult shortPassword =
        server.createUser(login, QStringLiteral("short"), QStringLiteral("operator"), QStringLiteral("Иван Иванов"));
    QCOMPARE(shortPassword.exitCode, 1);
    QVERIFY2(shortPassword.standardError.contains("password"), qPrintable(shortPassword.describe()));
    const CliResult badRole =
        server.createUser(login, QStringLiteral("long-enough"), QStringLiteral("boss"), QStringLiteral("Иван Иванов"));
    QCOMPARE(badRole.exitCode, 1);
    QVERIFY2(badRole.standardError.contains("role"), qPrintable(badRole.describe()));
    const CliResult created = server.createUser(login, QStringLiteral("long-enough"), QStringLiteral("operator"),
                                                QStringLiteral("Иван Иванов"));
    QVERIFY2(created.ok(), qPrintable(created.describe()));
    const CliResult duplicate = server.createUser(login.toUpper(), QStringLiteral("long-enough"),
                                                  QStringLiteral("operator"), QStringLiteral("Иван Иванов"));
    QCOMPARE(duplicate.exitCode, 1);
    QCOMPARE(m_fx.api().loginResponse(login, QStringLiteral("long-enough")).status, 200);
    const CliResult missing = server.runCli({QStringLiteral("create-user"), QStringLiteral("--login"), login});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(server.runCli({QStringLiteral("migrate")}).ok(), "migrate on an up-to-date database");
}

void TestServerCore::survivesAPostgresRestart()
{
    ApiClient &api = m_fx.api();
    const QString token = m_fx.loginAdmin();
    QCOMPARE(api.get(QStringLiteral("/health")).status, 200);

    QVERIFY(m_fx.pg().stop());
    QVERIFY2(waitForHealth(api, 503, 10000), "health must turn 503 while the database is down");
    const ApiResponse down = api.get(QStringLiteral("/health"));
    QCOMPARE(down.object().value(QStringLiteral("db")).toString(), QStringLiteral("down"));
    const ApiResponse call = api.get(QStringLiteral("/me"), token);
    QCOMPARE(call.status, 503);
    QCOMPARE(call.errorCode(), QStringLiteral("service_unavailable"));
    QVERIFY(m_fx.server().isRunning());

    QVERIFY(m_fx.pg().start());
    QVERIFY2(waitForHealth(api, 200, 15000), "health must come back without restarting the server");
    QCOMPARE(api.get(QStringLiteral("/me"), token).status, 200); // the session survived
}

void TestServerCore::twoServersMigrateOneDatabaseOnce()
{
    const QString url = m_fx.pg().createDatabase(QStringLiteral("twin"));
    QVERIFY(!url.isEmpty());

    // Two migrations racing on an empty database: the advisory lock lets each apply once.
    QList<QProcess *> processes;
    for (int i = 0; i < 2; ++i) {
        auto *process = new QProcess(this);
        process->setProgram(ServerProcess::binaryPath());
        process->setArguments({QStringLiteral("--db-url"), url, QStringLiteral("--data-dir"),
                               QDir::tempPath() + QStringLiteral("/okna-twin-%1").arg(i), QStringLiteral("migrate")});
        processes << process;
    }
    for (QProcess *process : processes)
        process->start();
    for (QProcess *process : processes) {
        QVERIFY(process->waitForFinished(60000));
        QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
    }
    const SqlResult applied = m_fx.pg().execSql(
        QStringLiteral("twin"), QStringLiteral("SELECT count(*), count(DISTINCT version) FROM schema_migrations"));
    QVERIFY2(applied.ok, qPrintable(applied.error));
    QCOMPARE(applied.value(0, 0), applied.value(0, 1));
    QVERIFY(applied.value(0, 0).toInt() >= 1);

    // Two servers started together on it both serve, and share the data.
    ServerProcess first(url);
    ServerProcess second(url);
    QVERIFY2(first.start(), qPrintable(first.errorString()));
    QVERIFY2(second.start(), qPrintable(second.errorString()));
    QVERIFY(first
                .createUser(QStringLiteral("twin-admin"), QStringLiteral("twin-password"), QStringLiteral("admin"),
                            QStringLiteral("Twin Admin"))
                .ok());
    ApiClient viaFirst = first.apiClient();
    ApiClient viaSecond = second.apiClient();
    const QString token = viaFirst.login(QStringLiteral("twin-admin"), QStringLiteral("twin-password"));
    QVERIFY(!token.isEmpty());
    QCOMPARE(viaSecond.get(QStringLiteral("/me"), token).status, 200); // sessions live in the database
    QCOMPARE(viaSecond.post(QStringLiteral("/auth/logout"), {}, token).status, 204);
    QCOMPARE(viaFirst.get(QStringLiteral("/me"), token).status, 401);
}

void TestServerCore::embeddedDefaultRecoversFromKill9()
{
    ServerProcess server{QString()}; // no --db-url: its own PostgreSQL in the data directory
    QVERIFY2(server.start(ServerProcess::Readiness::Healthy, 120000), qPrintable(server.errorString()));
    const CliResult admin = server.createUser(QStringLiteral("boss"), QStringLiteral("boss-password"),
                                              QStringLiteral("admin"), QStringLiteral("Boss"));
    QVERIFY2(admin.ok(), qPrintable(admin.describe()));
    ApiClient api = server.apiClient();
    const QString token = api.login(QStringLiteral("boss"), QStringLiteral("boss-password"));
    QVERIFY2(!token.isEmpty(), qPrintable(api.lastLoginResponse().describe()));
    const ApiResponse created =
        api.post(QStringLiteral("/locations"), {{QStringLiteral("name"), QStringLiteral("Центр")}}, token);
    QCOMPARE(created.status, 201); // acknowledged...

    server.kill(); // ...then kill -9: PostgreSQL is left running, orphaned
    QVERIFY2(server.start(ServerProcess::Readiness::Healthy, 120000), qPrintable(server.errorString()));
    api.resetConnections();
    const ApiResponse locations = api.get(QStringLiteral("/locations"), token);
    QCOMPARE(locations.status, 200);
    bool found = false;
    for (const auto &value : locations.array())
        found = found || value.toObject().value(QStringLiteral("name")).toString() == QStringLiteral("Центр");
    QVERIFY2(found, "the acknowledged location survived kill -9");

    // A clean stop takes the embedded PostgreSQL down with the server.
    QVERIFY(server.stop());
    const QString pidFile = server.dataDirectory() + QStringLiteral("/postgres/postmaster.pid");
    QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(pidFile), 15000);
}

QTEST_GUILESS_MAIN(TestServerCore)
#include "tst_server_core.moc"

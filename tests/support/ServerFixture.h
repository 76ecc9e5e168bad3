// One PostgreSQL cluster, one fresh database, one okna-server and an admin user: what a server
// integration test sets up in initTestCase(). The admin exists through the CLI; everything else
// a test creates itself through the API.
#pragma once

#include "ApiClient.h"
#include "EventClient.h"
#include "PgCluster.h"
#include "ServerProcess.h"
#include "TestUser.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>

namespace okna::test {

class ServerFixture
{
public:
    struct Options
    {
        QStringList serverArguments;
        QMap<QString, QString> serverEnvironment; // e.g. OKNA_TELEGRAM_API_BASE
        QString databaseName = QStringLiteral("okna");
        // What the fixture's own clients trust: empty for the certificate the server creates in its
        // data directory; the CA's file when the server is given a CA-signed one (OKNA_TLS_CERT).
        QString trustedCertificatePath;
        // Lines added to the cluster's postgresql.conf when it is first started ("shared_buffers = 1GB").
        QStringList postgresSettings;
    };

    static QString adminLogin();
    static QString adminPassword();

    ServerFixture();
    ~ServerFixture();
    ServerFixture(const ServerFixture &) = delete;
    ServerFixture &operator=(const ServerFixture &) = delete;

    // QVERIFY2(fixture.start(), qPrintable(fixture.errorString()));
    bool start();
    bool start(const Options &options, ServerProcess::Readiness readiness = ServerProcess::Readiness::Healthy);
    void stop();
    QString errorString() const { return m_error; }

    PgCluster &pg() { return m_pg; }
    ServerProcess &server() { return *m_server; }
    // A client of this server without a default token.
    ApiClient &api() { return *m_api; }
    ApiClient newApiClient() const { return m_server->apiClient(); }
    // An event client, already connected with `token` (check isConnected()).
    std::unique_ptr<EventClient> events(const QString &token);
    QString databaseName() const { return m_databaseName; }
    QString dbUrl() const { return m_pg.url(m_databaseName); }
    // Rows of the test's database, for checks the API does not show.
    SqlResult sql(const QString &statement) const { return m_pg.execSql(m_databaseName, statement); }

    // Logs the admin in on first use and keeps the token; empty if login failed (see errorString()).
    QString adminToken();
    // A fresh admin token (e.g. after a test logged the old one out).
    QString loginAdmin();
    // POST /users as admin with a unique login, then logs it in. `extra` adds fields such as phone
    // or telegram_chat_id. Check isValid(); error says what failed.
    TestUser newUser(const QString &role, const QJsonObject &extra = {});
    // A unique name for anything a test creates (logins, locations, ...).
    static QString uniqueName(const QString &prefix);

    // In cleanup(): the server's log of a failed test function.
    void printServerLogIfTestFailed();

private:
    bool fail(const QString &message);

    PgCluster m_pg;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<ApiClient> m_api;
    QString m_databaseName;
    QString m_adminToken;
    QString m_error;
};

} // namespace okna::test

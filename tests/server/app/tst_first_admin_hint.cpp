// The start-up hint for the first administrator: the command it names, and that a server logs it
// exactly while its database has no active admin.
#include "PgCluster.h"
#include "ServerProcess.h"
#include "app/FirstAdminHint.h"
#include "app/ServerConfig.h"

#include <QTest>

using namespace okna::server;
using namespace okna::test;

class TestFirstAdminHint : public QObject
{
    Q_OBJECT

private slots:
    void commandOfThePackagedServer();
    void commandWithoutConfigFile();
    void serverLogsHintUntilAnAdminExists();
};

void TestFirstAdminHint::commandOfThePackagedServer()
{
    ServerConfig config;
    config.configFile = QStringLiteral("/etc/okna/okna-server.conf");
    config.dataDir = QStringLiteral("/var/lib/okna");
    QCOMPARE(FirstAdminHint::command(config, QStringLiteral("/usr/bin/okna-server"), QStringLiteral("okna")),
             QStringLiteral("runuser -u okna -- /usr/bin/okna-server --config /etc/okna/okna-server.conf "
                            "create-user --login admin --role admin --full-name 'Administrator'"));
}

void TestFirstAdminHint::commandWithoutConfigFile()
{
    ServerConfig config;
    config.dataDir = QStringLiteral("/srv/okna data/it's");
    QCOMPARE(FirstAdminHint::command(config, QStringLiteral("/opt/okna/okna-server"), QString()),
             QStringLiteral("/opt/okna/okna-server --data-dir '/srv/okna data/it'\\''s' "
                            "create-user --login admin --role admin --full-name 'Administrator'"));

    // A db_url may hold a password: it never reaches the log.
    config.dbUrl = QStringLiteral("postgresql://okna:secret@db/okna");
    const QString withUrl = FirstAdminHint::command(config, QStringLiteral("okna-server"), QString());
    QVERIFY(!withUrl.contains(QLatin1String("secret")));
    QVERIFY(withUrl.contains(QLatin1String("--db-url URL create-user")));
}

void TestFirstAdminHint::serverLogsHintUntilAnAdminExists()
{
    PgCluster pg;
    QVERIFY2(pg.start(), qPrintable(pg.errorString()));
    const auto url = pg.createDatabase(QStringLiteral("okna"));
    QVERIFY(!url.isEmpty());

    ServerProcess server(url);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QByteArray hint = "No administrator exists yet. Create the first one";
    QTRY_VERIFY_WITH_TIMEOUT(server.log().contains(hint), 5000);
    QVERIFY(server.log().contains("create-user --login admin --role admin"));
    QVERIFY(server.log().contains("SHA-256 fingerprint: "));

    // A user of another role does not end it; an admin does.
    QVERIFY2(server
                 .createUser(QStringLiteral("op"), QStringLiteral("op-password-1"), QStringLiteral("operator"),
                             QStringLiteral("Оператор"))
                 .ok(),
             "create-user operator");
    QVERIFY2(server.restart(), qPrintable(server.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(server.log().count(hint), 2, 5000);

    const auto admin = server.createUser(QStringLiteral("admin"), QStringLiteral("admin-password-1"),
                                         QStringLiteral("admin"), QStringLiteral("Администратор"));
    QVERIFY2(admin.ok(), qPrintable(admin.describe()));
    QVERIFY2(server.restart(), qPrintable(server.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(server.log().count("SHA-256 fingerprint: ") == 3, 5000);
    QCOMPARE(server.log().count(hint), 2);
    QVERIFY2(server.stop(), qPrintable(server.errorString()));
}

QTEST_GUILESS_MAIN(TestFirstAdminHint)
#include "tst_first_admin_hint.moc"

// How okna-server reads its settings, without starting it: a flag beats the environment, which
// beats the config file, which beats the default; bad values are refused naming the option.
#include "app/ServerConfig.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace okna;
using namespace okna::server;

class TestServerConfig : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void textOptionsTakeFlagThenEnvironmentThenFile();
    void numberOptionsTakeFlagThenEnvironmentThenFile();
    void defaults();
    void listenAcceptsTheUsualForms();
    void refusesNonsenseNamingTheOption();
    void missingConfigFileIsAnError();

private:
    // A config file with these lines in the test's directory.
    QString writeConfig(const QByteArray &lines);
    static Result<ServerConfig> parse(QStringList arguments);

    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

const char *const kVariables[] = {"OKNA_CONFIG",
                                  "OKNA_DATA_DIR",
                                  "OKNA_LISTEN",
                                  "OKNA_DB_URL",
                                  "OKNA_WORKER_THREADS",
                                  "OKNA_TELEGRAM_BACKOFF_MS",
                                  "OKNA_TELEGRAM_TIMEOUT_MS",
                                  "OKNA_TELEGRAM_MAX_ATTEMPTS"};

} // namespace

void TestServerConfig::init()
{
    // The machine's own settings must not leak into what is tested.
    for (const char *variable : kVariables)
        qunsetenv(variable);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestServerConfig::cleanup()
{
    for (const char *variable : kVariables)
        qunsetenv(variable);
}

QString TestServerConfig::writeConfig(const QByteArray &lines)
{
    const QString path = m_dir->filePath(QStringLiteral("okna.conf"));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(lines) != lines.size())
        return {};
    return path;
}

Result<ServerConfig> TestServerConfig::parse(QStringList arguments)
{
    arguments.prepend(QStringLiteral("okna-server"));
    return ServerConfig::fromArguments(arguments);
}

void TestServerConfig::textOptionsTakeFlagThenEnvironmentThenFile()
{
    const QString file = writeConfig("listen=127.0.0.1:9001\ndb_url=postgresql://file/okna\ndata_dir=/tmp/okna-file\n");
    QVERIFY(!file.isEmpty());
    qputenv("OKNA_LISTEN", "127.0.0.1:9002");
    qputenv("OKNA_DB_URL", "postgresql://env/okna");
    const auto config =
        parse({QStringLiteral("--config"), file, QStringLiteral("--listen"), QStringLiteral("[::1]:9003")});
    QVERIFY2(config.ok(), config ? "" : qPrintable(config.error().message()));
    QCOMPARE(config->listen, QStringLiteral("[::1]:9003"));           // the flag
    QCOMPARE(config->dbUrl, QStringLiteral("postgresql://env/okna")); // the environment
    QCOMPARE(config->dataDir, QStringLiteral("/tmp/okna-file"));      // the file
    QCOMPARE(config->configFile, file);

    // The config file may also come from the environment.
    qputenv("OKNA_CONFIG", file.toLocal8Bit());
    const auto fromEnvironment = parse({});
    QVERIFY(fromEnvironment.ok());
    QCOMPARE(fromEnvironment->dataDir, QStringLiteral("/tmp/okna-file"));
}

void TestServerConfig::numberOptionsTakeFlagThenEnvironmentThenFile()
{
    const QString file =
        writeConfig("telegram_max_attempts=7\ntelegram_backoff_ms=300\ntelegram_timeout_ms=4000\ntelegram_poll_ms=50\n"
                    "worker_threads=5\n");
    QVERIFY(!file.isEmpty());
    qputenv("OKNA_TELEGRAM_BACKOFF_MS", "400");
    qputenv("OKNA_TELEGRAM_TIMEOUT_MS", "5000");
    qputenv("OKNA_WORKER_THREADS", "3");
    const auto config = parse({QStringLiteral("--config"), file, QStringLiteral("--data-dir"), m_dir->path(),
                               QStringLiteral("--telegram-timeout-ms"), QStringLiteral("6000")});
    QVERIFY2(config.ok(), config ? "" : qPrintable(config.error().message()));
    QCOMPARE(config->telegramMaxAttempts, 7);
    QCOMPARE(config->telegramBackoffMs, 400);
    QCOMPARE(config->telegramTimeoutMs, 6000);
    QCOMPARE(config->telegramPollMs, 50);
    QCOMPARE(config->workerThreads, 3);

    const auto flag = parse({QStringLiteral("--worker-threads"), QStringLiteral("12")});
    QVERIFY(flag.ok());
    QCOMPARE(flag->workerThreads, 12);
}

void TestServerConfig::defaults()
{
    const auto config = parse({QStringLiteral("--data-dir"), m_dir->path()});
    QVERIFY(config.ok());
    QCOMPARE(config->workerThreads, 8);
    QCOMPARE(config->telegramMaxAttempts, 0); // the dispatcher's own default
    QCOMPARE(config->listen, QStringLiteral("0.0.0.0:8443"));
    QVERIFY(config->dbUrl.isEmpty()); // the embedded cluster
    QCOMPARE(config->telegramApiBase, QStringLiteral("https://api.telegram.org"));
    QCOMPARE(config->certificatePath(), m_dir->path() + QStringLiteral("/tls/server.crt"));
    QVERIFY(config->command.isEmpty()); // serve

    // A relative data directory is made absolute, for the commands that change directory.
    const auto relative = parse({QStringLiteral("--data-dir"), QStringLiteral("okna-data")});
    QVERIFY(relative.ok());
    QCOMPARE(relative->dataDir, QDir::current().absoluteFilePath(QStringLiteral("okna-data")));

    const auto command = parse({QStringLiteral("create-user"), QStringLiteral("--login"), QStringLiteral("anna")});
    QVERIFY(command.ok());
    QCOMPARE(command->command, QStringLiteral("create-user"));
    QCOMPARE(command->commandArgs, (QStringList{QStringLiteral("--login"), QStringLiteral("anna")}));
}

void TestServerConfig::listenAcceptsTheUsualForms()
{
    const auto at = [](const QString &listen) { return parse({QStringLiteral("--listen"), listen}); };
    QCOMPARE(at(QStringLiteral("127.0.0.1:8443"))->listenAddress(), QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(at(QStringLiteral("localhost:8443"))->listenAddress(), QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(at(QStringLiteral("*:8443"))->listenAddress(), QHostAddress(QHostAddress::Any));
    QCOMPARE(at(QStringLiteral(":8443"))->listenAddress(), QHostAddress(QHostAddress::Any));
    QCOMPARE(at(QStringLiteral("[::1]:9443"))->listenAddress(), QHostAddress(QHostAddress::LocalHostIPv6));
    QCOMPARE(at(QStringLiteral("[::1]:9443"))->listenPort(), quint16(9443));
}

void TestServerConfig::refusesNonsenseNamingTheOption()
{
    for (const QString &value : {QStringLiteral("0"), QStringLiteral("-3"), QStringLiteral("ten")}) {
        for (const QString &option : {QStringLiteral("telegram-max-attempts"), QStringLiteral("worker-threads")}) {
            const auto config = parse({QStringLiteral("--") + option, value});
            QVERIFY2(!config.ok(), qPrintable(option + QLatin1Char('=') + value));
            QVERIFY2(config.error().message().contains(option), qPrintable(config.error().message()));
        }
    }
    // From the file the same.
    const QString file = writeConfig("telegram_poll_ms=soon\n");
    const auto fromFile = parse({QStringLiteral("--config"), file});
    QVERIFY(!fromFile.ok());
    QVERIFY2(fromFile.error().message().contains(QStringLiteral("telegram-poll-ms")),
             qPrintable(fromFile.error().message()));

    for (const QString &listen : {QStringLiteral("8443"), QStringLiteral("127.0.0.1:"),
                                  QStringLiteral("127.0.0.1:70000"), QStringLiteral("no.such.host.example:8443")}) {
        const auto config = parse({QStringLiteral("--listen"), listen});
        QVERIFY2(!config.ok(), qPrintable(listen));
        QVERIFY2(config.error().message().contains(QStringLiteral("--listen")), qPrintable(config.error().message()));
    }
    QVERIFY(!parse({QStringLiteral("--no-such-option")}).ok());
}

void TestServerConfig::missingConfigFileIsAnError()
{
    const QString missing = m_dir->filePath(QStringLiteral("absent.conf"));
    const auto config = parse({QStringLiteral("--config"), missing});
    QVERIFY(!config.ok());
    QVERIFY2(config.error().message().contains(missing), qPrintable(config.error().message()));
}

QTEST_GUILESS_MAIN(TestServerConfig)
#include "tst_server_config.moc"

// The embedded PostgreSQL cluster: first start, restart, recovery after kill -9, adoption of a running server.
#include "db/embedded/EmbeddedPostgres.h"
#include "db/embedded/PostgresMemory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <pqxx/pqxx>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using okna::server::EmbeddedPostgres;

namespace {

// QTemporaryDir is 0700; as root the cluster user must be able to pass through it.
QString makeDataDir(const QTemporaryDir &tmp)
{
    ::chmod(QFile::encodeName(tmp.path()).constData(), 0755);
    return tmp.path() + QLatin1String("/data");
}

int countRows(const QString &connectionString)
{
    pqxx::connection c{connectionString.toStdString()};
    pqxx::work tx{c};
    const auto rows = tx.exec("SELECT count(*) FROM notes WHERE body = 'kept'");
    return rows[0][0].as<int>();
}

void insertRow(const QString &connectionString)
{
    pqxx::connection c{connectionString.toStdString()};
    pqxx::work tx{c};
    tx.exec("CREATE TABLE IF NOT EXISTS notes (id serial PRIMARY KEY, body text NOT NULL)");
    tx.exec("INSERT INTO notes (body) VALUES ('kept')");
    tx.commit();
}

qint64 postmasterPid(const EmbeddedPostgres &pg)
{
    QFile file(pg.clusterDir() + QLatin1String("/postmaster.pid"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    return file.readLine().trimmed().toLongLong();
}

bool processGone(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray line = stat.readAll();
    const auto close = line.lastIndexOf(')');
    return close > 0 && close + 2 < line.size() && line.at(close + 2) == 'Z';
}

mode_t modeOf(const QString &path)
{
    struct stat st = {};
    ::stat(QFile::encodeName(path).constData(), &st);
    return st.st_mode & 07777;
}

} // namespace

class TestEmbeddedPostgres : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firstStartCreatesClusterAndDatabase();
    void restartKeepsData();
    void recoversAfterKill();
    void adoptsRunningCluster();
    void rootNeedsTraversableParents();
    void sharedBuffersFollowMemory();
    void fewerBuffersWhenTheMemoryIsRefused();
};

void TestEmbeddedPostgres::initTestCase()
{
    const QString binDir = qEnvironmentVariable("OKNA_PG_BINDIR", QStringLiteral("/usr/lib/postgresql/15/bin"));
    if (!QFileInfo::exists(binDir + QLatin1String("/pg_ctl")))
        QSKIP("PostgreSQL server programs are not installed");
}

void TestEmbeddedPostgres::firstStartCreatesClusterAndDatabase()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    EmbeddedPostgres pg(makeDataDir(tmp));

    const auto started = pg.start();
    QVERIFY2(started.ok(), qPrintable(started ? QString() : started.error().message()));
    QVERIFY(pg.isRunning());
    QVERIFY(!pg.wasAdopted());
    QVERIFY(QFileInfo::exists(pg.clusterDir() + QLatin1String("/PG_VERSION")));
    QCOMPARE(modeOf(pg.socketDir()), mode_t(0700));
    QVERIFY(pg.connectionString().contains(QLatin1String("dbname=okna")));
    QVERIFY(pg.connectionString().contains(QLatin1String("host=") + pg.socketDir()));
    if (geteuid() == 0)
        QVERIFY(pg.clusterUserName() != QLatin1String("root"));

    insertRow(pg.connectionString());
    QCOMPARE(countRows(pg.connectionString()), 1);

    // No TCP: the server says so itself.
    pqxx::connection c{pg.connectionString().toStdString()};
    pqxx::work tx{c};
    QCOMPARE(QString::fromStdString(tx.exec("SHOW listen_addresses")[0][0].as<std::string>()), QString());
    QCOMPARE(QString::fromStdString(tx.exec("SELECT current_database()")[0][0].as<std::string>()),
             QStringLiteral("okna"));
    // Sized for this machine, not PostgreSQL's 128 MB default (unless the machine is that small).
    const auto sharedBuffers =
        tx.exec("SELECT setting::int8 * 8192 / 1048576 FROM pg_settings WHERE name = 'shared_buffers'")[0][0].as<int>();
    QCOMPARE(sharedBuffers, okna::server::sharedBuffersMegabytes(okna::server::physicalMemoryBytes()));
    tx.commit();

    QVERIFY(pg.stop().ok());
    QVERIFY(!pg.isRunning());
}

void TestEmbeddedPostgres::restartKeepsData()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    EmbeddedPostgres pg(makeDataDir(tmp));
    QVERIFY(pg.start().ok());
    insertRow(pg.connectionString());
    QVERIFY(pg.stop().ok());
    QVERIFY(pg.stop().ok()); // idempotent
    QVERIFY(!QFileInfo::exists(pg.clusterDir() + QLatin1String("/postmaster.pid")));

    // A pid file naming a live process that is not postgres (this test) must not block the start.
    {
        QFile pidFile(pg.clusterDir() + QLatin1String("/postmaster.pid"));
        QVERIFY(pidFile.open(QIODevice::WriteOnly));
        pidFile.write(QByteArray::number(qint64(getpid())) + "\n");
    }

    const auto restarted = pg.start();
    QVERIFY2(restarted.ok(), qPrintable(restarted ? QString() : restarted.error().message()));
    QCOMPARE(countRows(pg.connectionString()), 1);
    QVERIFY(pg.stop().ok());
}

void TestEmbeddedPostgres::recoversAfterKill()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString dataDir = makeDataDir(tmp);
    EmbeddedPostgres first(dataDir);
    QVERIFY(first.start().ok());
    insertRow(first.connectionString());

    const qint64 pid = postmasterPid(first);
    QVERIFY(pid > 0);
    QCOMPARE(::kill(static_cast<pid_t>(pid), SIGKILL), 0);
    QTRY_VERIFY_WITH_TIMEOUT(processGone(pid), 10000);
    QVERIFY(QFileInfo::exists(first.clusterDir() + QLatin1String("/postmaster.pid"))); // stale

    EmbeddedPostgres second(dataDir); // as a restarted okna-server would
    const auto started = second.start();
    QVERIFY2(started.ok(), qPrintable(started ? QString() : started.error().message()));
    QVERIFY(!second.wasAdopted());
    QCOMPARE(countRows(second.connectionString()), 1);
    QVERIFY(second.stop().ok());
    QVERIFY(first.stop().ok()); // nothing left to stop
}

void TestEmbeddedPostgres::adoptsRunningCluster()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString dataDir = makeDataDir(tmp);
    EmbeddedPostgres a(dataDir);
    QVERIFY(a.start().ok());
    insertRow(a.connectionString());
    const qint64 pid = postmasterPid(a);

    // As after a kill -9 of okna-server: the postmaster survives and the next process takes it over.
    EmbeddedPostgres b(dataDir);
    const auto adopted = b.start();
    QVERIFY2(adopted.ok(), qPrintable(adopted ? QString() : adopted.error().message()));
    QVERIFY(b.wasAdopted());
    QCOMPARE(postmasterPid(b), pid);
    QCOMPARE(countRows(b.connectionString()), 1);

    QVERIFY(b.stop().ok());
    QVERIFY(a.stop().ok());
    QVERIFY(!QFileInfo::exists(a.clusterDir() + QLatin1String("/postmaster.pid")));
}

void TestEmbeddedPostgres::rootNeedsTraversableParents()
{
    if (geteuid() != 0)
        QSKIP("only root switches to another user for PostgreSQL");
    QTemporaryDir tmp; // 0700: the cluster user cannot enter it
    QVERIFY(tmp.isValid());
    EmbeddedPostgres pg(tmp.path() + QLatin1String("/data"));
    const auto started = pg.start();
    QVERIFY(!started.ok());
    QVERIFY2(started.error().message().contains(tmp.path()), qPrintable(started.error().message()));
    QVERIFY(started.error().message().contains(QLatin1String("chmod o+x")));
}

void TestEmbeddedPostgres::sharedBuffersFollowMemory()
{
    using okna::server::sharedBuffersMegabytes;
    constexpr qint64 gigabyte = qint64(1) << 30;
    QCOMPARE(sharedBuffersMegabytes(8 * gigabyte), 2048); // a quarter
    QCOMPARE(sharedBuffersMegabytes(2 * gigabyte), 512);
    QCOMPARE(sharedBuffersMegabytes(gigabyte / 4), 128);   // never below PostgreSQL's default
    QCOMPARE(sharedBuffersMegabytes(0), 128);              // memory unknown
    QCOMPARE(sharedBuffersMegabytes(64 * gigabyte), 4096); // never above 4 GB
    QVERIFY(okna::server::physicalMemoryBytes() > 0);
}

void TestEmbeddedPostgres::fewerBuffersWhenTheMemoryIsRefused()
{
    using okna::server::smallerSharedBuffersMegabytes;
    QCOMPARE(smallerSharedBuffersMegabytes(4096), 2048);
    QCOMPARE(smallerSharedBuffersMegabytes(200), 128);
    QCOMPARE(smallerSharedBuffersMegabytes(128), std::nullopt);

#if defined(__SANITIZE_ADDRESS__)
    // AddressSanitizer has reserved terabytes of address space for its shadow memory, so under
    // any limit on it this process itself could map nothing more; the plain build runs this.
    QSKIP("a limit on the address space cannot be set under AddressSanitizer");
#endif
    const int wanted = okna::server::sharedBuffersMegabytes(okna::server::physicalMemoryBytes());
    if (wanted < 512)
        QSKIP("this machine's shared buffers are too few to be refused and halved");
    // A limit on the address space, which pg_ctl and PostgreSQL inherit, that the buffers sized
    // for this machine exceed and half of them do not: the mapping is refused as the kernel's
    // strict overcommit would refuse it.
    constexpr rlim_t kMegabyte = 1 << 20;
    rlimit saved = {};
    QCOMPARE(::getrlimit(RLIMIT_AS, &saved), 0);
    rlimit lowered = saved;
    lowered.rlim_cur = (rlim_t(wanted) * 3 / 4 + 256) * kMegabyte;
    if (saved.rlim_max != RLIM_INFINITY && saved.rlim_max < lowered.rlim_cur)
        QSKIP("the address space is limited already");
    QCOMPARE(::setrlimit(RLIMIT_AS, &lowered), 0);
    QTemporaryDir tmp;
    EmbeddedPostgres pg(makeDataDir(tmp));
    const auto started = pg.start();
    QCOMPARE(::setrlimit(RLIMIT_AS, &saved), 0); // before anything else may fail under the limit
    QVERIFY2(started.ok(), qPrintable(started ? QString() : started.error().message()));

    pqxx::connection c{pg.connectionString().toStdString()};
    pqxx::work tx{c};
    const auto sharedBuffers =
        tx.exec("SELECT setting::int8 * 8192 / 1048576 FROM pg_settings WHERE name = 'shared_buffers'")[0][0].as<int>();
    QCOMPARE(sharedBuffers, wanted / 2);
    tx.commit();
    QVERIFY(pg.stop().ok());
}

QTEST_GUILESS_MAIN(TestEmbeddedPostgres)
#include "tst_embedded_postgres.moc"

// The server's database layer against a real PostgreSQL: autocommit statements, which of them
// are sent again after a lost connection, and the pool finding its dead connections before use.
#include "PgCluster.h"
#include "db/Database.h"

#include <QtTest>

#include <pqxx/pqxx>

#include <thread>

using namespace okna;
using namespace okna::server;
using okna::test::PgCluster;

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void autocommitStatementCommitsAlone();
    void transactionRollsBackOnError();
    void afterCommitRunsOnlyAfterACommit();
    void afterCommitForgetsARetriedAttempt();
    void deadIdleConnectionIsReplacedBeforeAWrite();
    void safeStatementIsSentAgainAfterALostConnection();
    void unsafeStatementIsNotSentAgain();

private:
    // Ends, from another connection, the backend running a statement that contains `marker`,
    // once it shows up (within 10 s).
    void terminateBackendRunning(const QString &marker);
    int hits();

    PgCluster m_pg;
    QString m_url;
    std::unique_ptr<Database> m_db;
};

void TestDatabase::initTestCase()
{
    QVERIFY2(m_pg.start(), qPrintable(m_pg.errorString()));
    m_url = m_pg.createDatabase(QStringLiteral("okna_db"));
    QVERIFY2(!m_url.isEmpty(), qPrintable(m_pg.errorString()));
    QVERIFY(m_pg.execSql(QStringLiteral("okna_db"), QStringLiteral("CREATE TABLE hits (id serial PRIMARY KEY)")).ok);
}

void TestDatabase::init()
{
    QVERIFY(m_pg.execSql(QStringLiteral("okna_db"), QStringLiteral("TRUNCATE hits")).ok);
    m_db = std::make_unique<Database>(m_url.toStdString(), 4);
}

int TestDatabase::hits()
{
    return m_pg.execSql(QStringLiteral("okna_db"), QStringLiteral("SELECT count(*) FROM hits")).scalar().toInt();
}

void TestDatabase::terminateBackendRunning(const QString &marker)
{
    for (int i = 0; i < 200; ++i) {
        const auto ended = m_pg.execSql(QStringLiteral("okna_db"),
                                        QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                                       "WHERE query LIKE '%%1%' AND pid <> pg_backend_pid()")
                                            .arg(marker));
        if (ended.ok && ended.scalar().toInt() > 0)
            return;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    qWarning() << "no backend ran" << marker;
}

void TestDatabase::autocommitStatementCommitsAlone()
{
    const Result<int> inserted =
        m_db->autocommit(Database::Replay::Unsafe, [](pqxx::nontransaction &tx) -> Result<int> {
            return tx.exec("INSERT INTO hits DEFAULT VALUES RETURNING id")[0][0].as<int>();
        });
    QVERIFY(inserted.ok());
    QCOMPARE(hits(), 1);
}

void TestDatabase::transactionRollsBackOnError()
{
    const Status status = m_db->transact([](pqxx::work &tx) -> Status {
        tx.exec("INSERT INTO hits DEFAULT VALUES");
        return ApiError::conflict(QStringLiteral("no"));
    });
    QVERIFY(!status.ok());
    QCOMPARE(hits(), 0);
}

void TestDatabase::afterCommitRunsOnlyAfterACommit()
{
    QStringList ran;
    bool ranBeforeCommit = false;
    const Status committed = m_db->transact([&](pqxx::work &tx) -> Status {
        tx.exec("INSERT INTO hits DEFAULT VALUES");
        Database::afterCommit([&] { ran << QStringLiteral("transaction %1").arg(hits()); });
        ranBeforeCommit = !ran.isEmpty();
        return {};
    });
    QVERIFY(committed.ok());
    QVERIFY(!ranBeforeCommit);
    // It ran after the commit: a connection of its own already sees the row.
    QCOMPARE(ran, QStringList{QStringLiteral("transaction 1")});

    const Status rolledBack = m_db->transact([&](pqxx::work &tx) -> Status {
        tx.exec("INSERT INTO hits DEFAULT VALUES");
        Database::afterCommit([&] { ran << QStringLiteral("rolled back"); });
        return ApiError::conflict(QStringLiteral("no"));
    });
    QVERIFY(!rolledBack.ok());
    const Status failed = m_db->autocommit(Database::Replay::Unsafe, [&](pqxx::nontransaction &tx) -> Status {
        Database::afterCommit([&] { ran << QStringLiteral("failed"); });
        tx.exec("INSERT INTO no_such_table DEFAULT VALUES");
        return {};
    });
    QVERIFY(!failed.ok());
    const Status single = m_db->autocommit(Database::Replay::Unsafe, [&](pqxx::nontransaction &tx) -> Status {
        tx.exec("INSERT INTO hits DEFAULT VALUES");
        Database::afterCommit([&] { ran << QStringLiteral("autocommit"); });
        return {};
    });
    QVERIFY(single.ok());
    QCOMPARE(ran, (QStringList{QStringLiteral("transaction 1"), QStringLiteral("autocommit")}));
    QCOMPARE(hits(), 2);
}

void TestDatabase::afterCommitForgetsARetriedAttempt()
{
    // The first attempt loses its connection mid-statement and is sent again: only the
    // attempt that committed counts.
    int attempts = 0;
    QStringList ran;
    std::thread killer([this] { terminateBackendRunning(QStringLiteral("retried_marker")); });
    const Status status = m_db->transact([&](pqxx::work &tx) -> Status {
        ++attempts;
        Database::afterCommit([&, attempt = attempts] { ran << QString::number(attempt); });
        if (attempts == 1)
            tx.exec("SELECT 'retried_marker', pg_sleep(30)");
        tx.exec("INSERT INTO hits DEFAULT VALUES");
        return {};
    });
    killer.join();
    QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().message()));
    QCOMPARE(attempts, 2);
    QCOMPARE(ran, QStringList{QStringLiteral("2")});
}

void TestDatabase::deadIdleConnectionIsReplacedBeforeAWrite()
{
    // Two connections go idle in the pool; then PostgreSQL restarts under them.
    {
        auto first = m_db->pool().acquire();
        auto second = m_db->pool().acquire();
    }
    QVERIFY2(m_pg.restart(), qPrintable(m_pg.errorString()));

    // A write that may not be sent twice must still not meet a dead connection: the pool finds
    // it dead before the statement leaves.
    for (int i = 0; i < 2; ++i) {
        const Status written = m_db->autocommit(Database::Replay::Unsafe, [](pqxx::nontransaction &tx) -> Status {
            tx.exec("INSERT INTO hits DEFAULT VALUES");
            return {};
        });
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message()));
    }
    QCOMPARE(hits(), 2);
}

void TestDatabase::safeStatementIsSentAgainAfterALostConnection()
{
    std::thread killer([this] { terminateBackendRunning(QStringLiteral("okna_marker_safe")); });
    int attempts = 0;
    const Result<int> read = m_db->autocommit(Database::Replay::Safe, [&](pqxx::nontransaction &tx) -> Result<int> {
        ++attempts;
        // Slow on the first attempt only, so that the killer finds it there.
        return tx.exec_params("SELECT 7 /* okna_marker_safe */ FROM pg_sleep($1)", attempts == 1 ? 5 : 0)[0][0]
            .as<int>();
    });
    killer.join();
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message()));
    QCOMPARE(read.value(), 7);
    QCOMPARE(attempts, 2);
}

void TestDatabase::unsafeStatementIsNotSentAgain()
{
    std::thread killer([this] { terminateBackendRunning(QStringLiteral("okna_marker_unsafe")); });
    int attempts = 0;
    const Status written = m_db->autocommit(Database::Replay::Unsafe, [&](pqxx::nontransaction &tx) -> Status {
        ++attempts;
        tx.exec("WITH ins AS (INSERT INTO hits DEFAULT VALUES) SELECT 1 /* okna_marker_unsafe */ FROM pg_sleep(5)");
        return {};
    });
    killer.join();
    QVERIFY(!written.ok());
    QCOMPARE(written.error().code(), ErrorCode::Unavailable);
    QCOMPARE(attempts, 1);
    QCOMPARE(hits(), 0); // the statement died with its backend

    // The pool healed: the next statement runs.
    const Status next = m_db->autocommit(Database::Replay::Unsafe, [](pqxx::nontransaction &tx) -> Status {
        tx.exec("INSERT INTO hits DEFAULT VALUES");
        return {};
    });
    QVERIFY(next.ok());
    QCOMPARE(hits(), 1);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"

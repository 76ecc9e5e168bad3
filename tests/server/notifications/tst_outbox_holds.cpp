// Messages held for a missing Telegram token against a real PostgreSQL: a dispatcher's poll that
// read the settings before a change committed must not leave its hold behind once the change is in
// (OutboxStore::lockHolds). Held messages wait for the fix, not for a timer.
#include "PgCluster.h"
#include "db/Database.h"
#include "db/Migrator.h"
#include "notifications/OutboxStore.h"
#include "settings/SettingsStore.h"

#include <QTest>

#include <future>

using namespace okna;
using namespace okna::server;
using okna::test::PgCluster;

class TestOutboxHolds : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void heldMessageWaitsForTheFix();
    void pollThatReadTheOldSettingsIsReleasedByTheChange();

private:
    QString scalar(const QString &sql) { return m_pg.execSql(QStringLiteral("holds"), sql).scalar(); }
    // One pending message to a chat, due now.
    void queueMessage();
    // The poll's side: what TelegramWorker::poll does when it finds no token.
    static void holdForMissingToken(pqxx::work &tx);
    // The settings' side: what SettingsService::update does when the token changes.
    Status setToken(const QString &token);

    PgCluster m_pg;
    std::unique_ptr<Database> m_db;
};

void TestOutboxHolds::initTestCase()
{
    QVERIFY2(m_pg.start(), qPrintable(m_pg.errorString()));
    const QString url = m_pg.createDatabase(QStringLiteral("holds"));
    QVERIFY2(!url.isEmpty(), qPrintable(m_pg.errorString()));
    m_db = std::make_unique<Database>(url.toStdString(), 4);
    QVERIFY(Migrator(*m_db).migrate().ok());
}

void TestOutboxHolds::init()
{
    QVERIFY(m_pg.execSql(QStringLiteral("holds"), QStringLiteral("TRUNCATE telegram_outbox")).ok);
    QVERIFY(m_pg.execSql(QStringLiteral("holds"), QStringLiteral("DELETE FROM settings")).ok);
}

void TestOutboxHolds::queueMessage()
{
    QVERIFY(m_pg.execSql(QStringLiteral("holds"), QStringLiteral("INSERT INTO telegram_outbox (kind, chat_id, text) "
                                                                 "VALUES ('new_order', '-100', 'Заказ')"))
                .ok);
}

void TestOutboxHolds::holdForMissingToken(pqxx::work &tx)
{
    OutboxStore::holdBlocked(tx, OutboxStore::kNoToken, false);
}

Status TestOutboxHolds::setToken(const QString &token)
{
    return m_db->transact([&](pqxx::work &tx) -> Status {
        OutboxStore::lockHolds(tx, true);
        SettingsStore::set(tx, SettingsStore::kTelegramBotToken, token);
        OutboxStore::releaseBlocked(tx);
        return {};
    });
}

void TestOutboxHolds::heldMessageWaitsForTheFix()
{
    queueMessage();
    QVERIFY(m_db->transact([](pqxx::work &tx) -> Status {
                    OutboxStore::lockHolds(tx, false);
                    holdForMissingToken(tx);
                    return {};
                })
                .ok());
    QCOMPARE(scalar(QStringLiteral("SELECT last_error FROM telegram_outbox")), OutboxStore::kNoToken);
    QCOMPARE(scalar(QStringLiteral("SELECT next_attempt_at = 'infinity' FROM telegram_outbox")), QStringLiteral("t"));
    // Held once: the next poll neither writes it again nor claims it.
    const QString version = scalar(QStringLiteral("SELECT xmin::text FROM telegram_outbox"));
    QVERIFY(m_db->transact([](pqxx::work &tx) -> Status {
                    holdForMissingToken(tx);
                    return {};
                })
                .ok());
    QCOMPARE(scalar(QStringLiteral("SELECT xmin::text FROM telegram_outbox")), version);

    QVERIFY(setToken(QStringLiteral("123:abc")).ok());
    QCOMPARE(scalar(QStringLiteral("SELECT next_attempt_at <= now() FROM telegram_outbox")), QStringLiteral("t"));
    const auto claimed = m_db->transact([](pqxx::work &tx) -> Result<QList<OutboxMessage>> {
        return OutboxStore::claim(tx, 10, 60000, QStringLiteral("test"), QString());
    });
    QVERIFY(claimed.ok());
    QCOMPARE(claimed->size(), 1);
}

void TestOutboxHolds::pollThatReadTheOldSettingsIsReleasedByTheChange()
{
    queueMessage();
    // The poll has read the settings (no token) and is about to hold the message...
    auto connection = std::make_unique<pqxx::connection>(m_pg.url(QStringLiteral("holds")).toStdString());
    auto poll = std::make_unique<pqxx::work>(*connection);
    OutboxStore::lockHolds(*poll, false);
    QVERIFY(!SettingsStore::value(*poll, SettingsStore::kTelegramBotToken));

    // ...when the token is set: the change waits for the poll...
    auto change = std::async(std::launch::async, [this] { return setToken(QStringLiteral("123:abc")); });
    QTRY_COMPARE(scalar(QStringLiteral("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted")),
                 QStringLiteral("1"));
    QCOMPARE(change.wait_for(std::chrono::milliseconds(0)), std::future_status::timeout);

    // ...which holds the message and commits; the change then releases it.
    holdForMissingToken(*poll);
    poll->commit();
    QVERIFY(change.get().ok());
    QCOMPARE(scalar(QStringLiteral("SELECT next_attempt_at <= now() FROM telegram_outbox")), QStringLiteral("t"));
}

QTEST_GUILESS_MAIN(TestOutboxHolds)
#include "tst_outbox_holds.moc"

// seedDemoOrders() on a migrated database: the demo orders respect every rule the API enforces.
#include "PgCluster.h"
#include "db/Database.h"
#include "db/Migrator.h"
#include "locations/LocationStore.h"
#include "orders/DemoOrders.h"
#include "users/UserStore.h"

#include <QTest>

using namespace okna;
using namespace okna::server;
using okna::test::PgCluster;

class TestDemoOrders : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void seedsConsistentOrders();
    void secondRunDoesNothing();

private:
    QString scalar(const QString &sql) { return m_pg.execSql(QStringLiteral("demo"), sql).scalar(); }

    PgCluster m_pg;
    std::unique_ptr<Database> m_db;
};

void TestDemoOrders::initTestCase()
{
    QVERIFY2(m_pg.start(), qPrintable(m_pg.errorString()));
    const QString url = m_pg.createDatabase(QStringLiteral("demo"));
    QVERIFY2(!url.isEmpty(), qPrintable(m_pg.errorString()));
    m_db = std::make_unique<Database>(url.toStdString(), 2);
    QVERIFY(Migrator(*m_db).migrate().ok());
    QVERIFY(!seedDemoOrders(*m_db).ok()); // nothing to seed with yet
    const Status prepared = m_db->transact([](pqxx::work &tx) -> Status {
        for (const char *name : {"Центральный", "Северный", "Заречный"})
            LocationStore::insert(tx, QString::fromUtf8(name));
        User user;
        user.login = QStringLiteral("operator");
        user.fullName = QStringLiteral("Оператор");
        UserStore::insert(tx, user, QStringLiteral("!"));
        for (int i = 0; i < 4; ++i) {
            user.login = QStringLiteral("master%1").arg(i);
            user.fullName = QStringLiteral("Мастер %1").arg(i);
            user.role = Role::Master;
            UserStore::insert(tx, user, QStringLiteral("!"));
        }
        return {};
    });
    QVERIFY(prepared.ok());
}

void TestDemoOrders::seedsConsistentOrders()
{
    QVERIFY(seedDemoOrders(*m_db, 60).ok());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM orders")), QStringLiteral("60"));
    QVERIFY(scalar(QStringLiteral("SELECT count(DISTINCT status) FROM orders")).toInt() >= 3);
    // At most one active order per master (the index would have refused otherwise, but say it).
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM (SELECT master_id FROM orders WHERE status IN "
                                   "('assigned','in_progress') GROUP BY master_id HAVING count(*) > 1) x")),
             QStringLiteral("0"));
    // Every order's story starts with `created` and has one entry per version.
    QCOMPARE(
        scalar(QStringLiteral("SELECT count(*) FROM orders o WHERE version <> (SELECT count(*) FROM order_history h "
                              "WHERE h.order_id = o.id) OR (SELECT action FROM order_history h WHERE h.order_id = "
                              "o.id ORDER BY at, id LIMIT 1) <> 'created'")),
        QStringLiteral("0"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM orders WHERE created_at < now() - interval '8 days' "
                                   "OR created_at > now()")),
             QStringLiteral("0"));
    // Every master on shift, and at least two of them free to take an order.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM users u WHERE role = 'master' AND NOT EXISTS "
                                   "(SELECT 1 FROM shifts s WHERE s.master_id = u.id AND s.ended_at IS NULL)")),
             QStringLiteral("0"));
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM users u WHERE role = 'master' AND NOT EXISTS (SELECT 1 FROM "
                                  "orders o WHERE o.master_id = u.id AND o.status IN ('assigned', 'in_progress'))"))
                .toInt() >= 2);
    // A quarter is fresh, so today's lists show something whenever the demo starts.
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM orders WHERE created_at > now() - interval '91 minutes'"))
                .toInt() >= 15);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM orders WHERE status = 'done' AND NOT (completed_at >= "
                                   "started_at AND started_at >= assigned_at AND assigned_at >= created_at)")),
             QStringLiteral("0"));
}

void TestDemoOrders::secondRunDoesNothing()
{
    QVERIFY(seedDemoOrders(*m_db, 60).ok());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM orders")), QStringLiteral("60"));
}

QTEST_GUILESS_MAIN(TestDemoOrders)
#include "tst_demo_orders.moc"

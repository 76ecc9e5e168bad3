// GET /masters, check-in/check-out and GET /shifts against the real server.
#include "ServerFixture.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>
#include <QUrl>

using namespace okna::test;

class TestMastersApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void onlyMastersCheckIn();
    void checkInAndOut();
    void statusFollowsShiftAndOrders();
    void listShowsActiveMastersOnly();
    void listIsForDispatchRoles();
    void shiftsAccess();
    void shiftsFilters();

private:
    QJsonObject masterRow(qint64 id)
    {
        const auto listed = m_fx.api().get(QStringLiteral("/masters"), m_coordinator.token);
        for (const auto &item : listed.array()) {
            if (item.toObject().value(QLatin1String("id")).toInteger() == id)
                return item.toObject();
        }
        return {};
    }
    qint64 createOrder()
    {
        const auto created =
            m_fx.api().post(QStringLiteral("/orders"),
                            {{QStringLiteral("client_name"), QStringLiteral("Мастеров Клиент")},
                             {QStringLiteral("phone"),
                              QStringLiteral("+7914%1").arg(1000000 + QRandomGenerator::global()->bounded(9000000))},
                             {QStringLiteral("address"), QStringLiteral("ул. Сменная, д. 1")},
                             {QStringLiteral("location_id"), m_locationId}},
                            m_coordinator.token);
        return created.status == 201 ? created.object().value(QLatin1String("id")).toInteger() : -1;
    }
    ApiResponse checkIn(const QString &token)
    {
        return m_fx.api().post(QStringLiteral("/me/shift/check-in"), {}, token);
    }
    ApiResponse checkOut(const QString &token)
    {
        return m_fx.api().post(QStringLiteral("/me/shift/check-out"), {}, token);
    }

    ServerFixture m_fx;
    TestUser m_coordinator;
    TestUser m_operator;
    qint64 m_locationId = -1;
};

void TestMastersApi::initTestCase()
{
    QVERIFY2(m_fx.start(), qPrintable(m_fx.errorString()));
    m_coordinator = m_fx.newUser(QStringLiteral("coordinator"));
    m_operator = m_fx.newUser(QStringLiteral("operator"));
    QVERIFY2(m_coordinator.isValid(), qPrintable(m_coordinator.error));
    QVERIFY2(m_operator.isValid(), qPrintable(m_operator.error));
    const auto location = m_fx.api().post(
        QStringLiteral("/locations"), {{QStringLiteral("name"), ServerFixture::uniqueName(QStringLiteral("Смены"))}},
        m_fx.adminToken());
    QCOMPARE(location.status, 201);
    m_locationId = location.object().value(QLatin1String("id")).toInteger();
}

void TestMastersApi::cleanup()
{
    m_fx.printServerLogIfTestFailed();
}

void TestMastersApi::onlyMastersCheckIn()
{
    // Admin may do everything (API.md "Roles"), so only the other roles are refused here.
    for (const QString &token : {m_coordinator.token, m_operator.token}) {
        QCOMPARE(checkIn(token).status, 403);
        QCOMPARE(checkOut(token).status, 403);
    }
    QCOMPARE(checkIn(QString()).status, 401);
}

void TestMastersApi::checkInAndOut()
{
    const TestUser master = m_fx.newUser(QStringLiteral("master"));
    const auto notIn = checkOut(master.token);
    QCOMPARE(notIn.status, 409);
    QCOMPARE(notIn.errorCode(), QStringLiteral("conflict"));

    const auto opened = checkIn(master.token);
    QCOMPARE(opened.status, 201);
    QVERIFY(opened.object().value(QLatin1String("id")).toInteger() > 0);
    QVERIFY(opened.object().value(QLatin1String("started_at")).toString().endsWith(QLatin1String("+03:00")));
    QVERIFY(opened.object().contains(QLatin1String("ended_at")));
    QVERIFY(opened.object().value(QLatin1String("ended_at")).isNull());

    const auto twice = checkIn(master.token);
    QCOMPARE(twice.status, 409);
    QCOMPARE(twice.errorCode(), QStringLiteral("conflict"));

    const auto closed = checkOut(master.token);
    QCOMPARE(closed.status, 200);
    QCOMPARE(closed.object().value(QLatin1String("id")), opened.object().value(QLatin1String("id")));
    QCOMPARE(closed.object().value(QLatin1String("started_at")), opened.object().value(QLatin1String("started_at")));
    QVERIFY(!closed.object().value(QLatin1String("ended_at")).toString().isEmpty());
    QCOMPARE(checkOut(master.token).status, 409);
    QCOMPARE(checkIn(master.token).status, 201); // a new shift
    QCOMPARE(checkOut(master.token).status, 200);
}

void TestMastersApi::statusFollowsShiftAndOrders()
{
    const TestUser master =
        m_fx.newUser(QStringLiteral("master"), {{QStringLiteral("phone"), QStringLiteral("+79161234567")}});
    QJsonObject row = masterRow(master.id);
    QCOMPARE(row.value(QLatin1String("status")).toString(), QStringLiteral("off_shift"));
    QCOMPARE(row.value(QLatin1String("full_name")).toString(), master.fullName);
    QVERIFY(row.contains(QLatin1String("phone")));
    QVERIFY(row.value(QLatin1String("current_order_id")).isNull());
    QVERIFY(row.value(QLatin1String("shift_started_at")).isNull());

    const auto opened = checkIn(master.token);
    row = masterRow(master.id);
    QCOMPARE(row.value(QLatin1String("status")).toString(), QStringLiteral("free"));
    QCOMPARE(row.value(QLatin1String("shift_started_at")), opened.object().value(QLatin1String("started_at")));

    const qint64 order = createOrder();
    QCOMPARE(m_fx.api()
                 .post(QStringLiteral("/orders/%1/assign").arg(order), {{QStringLiteral("master_id"), master.id}},
                       m_coordinator.token)
                 .status,
             200);
    row = masterRow(master.id);
    QCOMPARE(row.value(QLatin1String("status")).toString(), QStringLiteral("busy"));
    QCOMPARE(row.value(QLatin1String("current_order_id")).toInteger(), order);

    // Busy whether checked in or not.
    QCOMPARE(checkOut(master.token).status, 200);
    QCOMPARE(masterRow(master.id).value(QLatin1String("status")).toString(), QStringLiteral("busy"));
    QCOMPARE(m_fx.api().post(QStringLiteral("/orders/%1/start").arg(order), {}, master.token).status, 200);
    QCOMPARE(masterRow(master.id).value(QLatin1String("status")).toString(), QStringLiteral("busy"));
    QCOMPARE(m_fx.api().post(QStringLiteral("/orders/%1/complete").arg(order), {}, master.token).status, 200);
    row = masterRow(master.id);
    QCOMPARE(row.value(QLatin1String("status")).toString(), QStringLiteral("off_shift"));
    QVERIFY(row.value(QLatin1String("current_order_id")).isNull());
}

void TestMastersApi::listShowsActiveMastersOnly()
{
    const TestUser master = m_fx.newUser(QStringLiteral("master"));
    QVERIFY(!masterRow(master.id).isEmpty());
    QVERIFY(masterRow(m_operator.id).isEmpty());
    QCOMPARE(
        m_fx.api()
            .patch(QStringLiteral("/users/%1").arg(master.id), {{QStringLiteral("active"), false}}, m_fx.adminToken())
            .status,
        200);
    QVERIFY(masterRow(master.id).isEmpty());
}

void TestMastersApi::listIsForDispatchRoles()
{
    const TestUser master = m_fx.newUser(QStringLiteral("master"));
    QCOMPARE(m_fx.api().get(QStringLiteral("/masters"), master.token).status, 403);
    QCOMPARE(m_fx.api().get(QStringLiteral("/masters"), m_operator.token).status, 200);
    QCOMPARE(m_fx.api().get(QStringLiteral("/masters"), m_fx.adminToken()).status, 200);
}

void TestMastersApi::shiftsAccess()
{
    const TestUser master = m_fx.newUser(QStringLiteral("master"));
    const TestUser other = m_fx.newUser(QStringLiteral("master"));
    QCOMPARE(checkIn(master.token).status, 201);
    QCOMPARE(checkIn(other.token).status, 201);

    const auto own = m_fx.api().get(QStringLiteral("/shifts"), master.token);
    QCOMPARE(own.status, 200);
    QCOMPARE(own.array().size(), 1);
    QCOMPARE(own.array().at(0).toObject().value(QLatin1String("master_id")).toInteger(), master.id);
    QCOMPARE(m_fx.api().get(QStringLiteral("/shifts?master_id=%1").arg(master.id), master.token).status, 200);
    QCOMPARE(m_fx.api().get(QStringLiteral("/shifts?master_id=%1").arg(other.id), master.token).status, 403);
    QCOMPARE(m_fx.api().get(QStringLiteral("/shifts"), m_operator.token).status, 403);

    const auto theirs = m_fx.api().get(QStringLiteral("/shifts?master_id=%1").arg(other.id), m_coordinator.token);
    QCOMPARE(theirs.status, 200);
    QCOMPARE(theirs.array().size(), 1);
    const auto everyone = m_fx.api().get(QStringLiteral("/shifts"), m_fx.adminToken());
    QVERIFY(everyone.array().size() >= 2);
    QCOMPARE(checkOut(master.token).status, 200);
    QCOMPARE(checkOut(other.token).status, 200);
}

void TestMastersApi::shiftsFilters()
{
    const TestUser master = m_fx.newUser(QStringLiteral("master"));
    QCOMPARE(checkIn(master.token).status, 201);
    QCOMPARE(checkOut(master.token).status, 200);
    const QString base = QStringLiteral("/shifts?master_id=%1").arg(master.id);
    QCOMPARE(
        m_fx.api().get(base + QStringLiteral("&from=2000-01-01T00:00:00%2B03:00"), m_coordinator.token).array().size(),
        1);
    QCOMPARE(m_fx.api().get(base + QStringLiteral("&to=2000-01-01T00:00:00Z"), m_coordinator.token).array().size(), 0);
    QCOMPARE(m_fx.api().get(base + QStringLiteral("&from=2999-01-01T00:00:00Z"), m_coordinator.token).array().size(),
             0);
    QCOMPARE(m_fx.api().get(base + QStringLiteral("&from=yesterday"), m_coordinator.token).status, 400);
    QCOMPARE(m_fx.api().get(QStringLiteral("/shifts?master_id=x"), m_coordinator.token).status, 400);
}

QTEST_GUILESS_MAIN(TestMastersApi)
#include "tst_masters_api.moc"

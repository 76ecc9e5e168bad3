// The role table of API.md (rows that are not order transitions), row by row.
#include "domain/Permissions.h"

#include <QTest>

using namespace okna;

Q_DECLARE_METATYPE(okna::Capability)

class TestPermissions : public QObject
{
    Q_OBJECT

private slots:
    void roleTable_data();
    void roleTable();
    void adminHasEverything();
    void capabilitiesOfMatchesRoleHas();
    void clientFieldsEditable();
};

void TestPermissions::roleTable_data()
{
    QTest::addColumn<Capability>("capability");
    QTest::addColumn<bool>("operatorHas");
    QTest::addColumn<bool>("coordinatorHas");
    QTest::addColumn<bool>("masterHas");

    using C = Capability;
    QTest::newRow("create order") << C::CreateOrder << true << true << false;
    QTest::newRow("edit client fields") << C::EditOrderClientFields << true << true << false;
    QTest::newRow("override blacklist") << C::OverrideBlacklist << false << true << false;
    QTest::newRow("read orders (own for master)") << C::ReadOrders << true << true << true;
    QTest::newRow("read all orders") << C::ReadAllOrders << true << true << false;
    QTest::newRow("list masters") << C::ListMasters << true << true << false;
    QTest::newRow("check in/out") << C::CheckInOut << false << false << true;
    QTest::newRow("read all shifts") << C::ReadAllShifts << false << true << false;
    QTest::newRow("blacklist check") << C::BlacklistCheck << true << true << false;
    QTest::newRow("blacklist write") << C::BlacklistWrite << false << true << false;
    QTest::newRow("reports") << C::Reports << false << true << false;
    QTest::newRow("read locations") << C::ReadLocations << true << true << true;
    QTest::newRow("administer") << C::Administer << false << false << false;
}

void TestPermissions::roleTable()
{
    QFETCH(Capability, capability);
    QFETCH(bool, operatorHas);
    QFETCH(bool, coordinatorHas);
    QFETCH(bool, masterHas);
    QCOMPARE(Permissions::roleHas(Role::Operator, capability), operatorHas);
    QCOMPARE(Permissions::roleHas(Role::Coordinator, capability), coordinatorHas);
    QCOMPARE(Permissions::roleHas(Role::Master, capability), masterHas);
    QVERIFY(Permissions::roleHas(Role::Admin, capability));
    QCOMPARE(roleHas(Role::Master, capability), masterHas); // the free function agrees
}

void TestPermissions::adminHasEverything()
{
    QCOMPARE(Permissions::capabilitiesOf(Role::Admin).size(), int(Capability::Administer) + 1);
}

void TestPermissions::capabilitiesOfMatchesRoleHas()
{
    for (const auto role : allRoles()) {
        const auto capabilities = Permissions::capabilitiesOf(role);
        for (int i = 0; i <= int(Capability::Administer); ++i) {
            const auto capability = Capability(i);
            QCOMPARE(capabilities.contains(capability), Permissions::roleHas(role, capability));
        }
    }
    QCOMPARE(Permissions::capabilitiesOf(Role::Master),
             (QList<Capability>{Capability::ReadOrders, Capability::CheckInOut, Capability::ReadLocations}));
}

void TestPermissions::clientFieldsEditable()
{
    QVERIFY(Permissions::clientFieldsEditable(OrderStatus::New));
    QVERIFY(Permissions::clientFieldsEditable(OrderStatus::Assigned));
    QVERIFY(!Permissions::clientFieldsEditable(OrderStatus::InProgress));
    QVERIFY(!Permissions::clientFieldsEditable(OrderStatus::Done));
    QVERIFY(!Permissions::clientFieldsEditable(OrderStatus::Refused));

    QVERIFY(Permissions::canEditClientFields(Role::Operator, OrderStatus::New));
    QVERIFY(Permissions::canEditClientFields(Role::Coordinator, OrderStatus::Assigned));
    QVERIFY(Permissions::canEditClientFields(Role::Admin, OrderStatus::Assigned));
    QVERIFY(!Permissions::canEditClientFields(Role::Operator, OrderStatus::InProgress));
    QVERIFY(!Permissions::canEditClientFields(Role::Master, OrderStatus::New));
}

QTEST_APPLESS_MAIN(TestPermissions)
#include "tst_permissions.moc"

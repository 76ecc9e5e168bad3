// Wire names, labels and palette colours of the domain enums (OrderStatus, Role, MasterStatus, OrderAction).
#include "domain/MasterStatus.h"
#include "domain/OrderAction.h"
#include "domain/OrderStatus.h"
#include "domain/Role.h"

#include <QSet>
#include <QTest>

using namespace okna;

class TestEnums : public QObject
{
    Q_OBJECT

private slots:
    void orderStatusWireNames();
    void orderStatusParseRejectsUnknown();
    void orderStatusLabels();
    void orderStatusColours();
    void orderStatusFinalAndActive();
    void roleWireNames();
    void roleLabels();
    void masterStatusWireNames();
    void masterStatusLabelsAndColours();
    void masterStatusRule();
    void orderActionWireNamesAndEndpoints();
    void orderActionLabels();
};

void TestEnums::orderStatusWireNames()
{
    const QList<std::pair<OrderStatus, QString>> expected{
        {OrderStatus::New, QStringLiteral("new")},
        {OrderStatus::Assigned, QStringLiteral("assigned")},
        {OrderStatus::InProgress, QStringLiteral("in_progress")},
        {OrderStatus::Done, QStringLiteral("done")},
        {OrderStatus::Refused, QStringLiteral("refused")},
    };
    QCOMPARE(allOrderStatuses().size(), expected.size());
    for (const auto &[status, name] : expected) {
        QCOMPARE(wireName(status), name);
        QCOMPARE(parseOrderStatus(name), std::optional(status));
    }
}

void TestEnums::orderStatusParseRejectsUnknown()
{
    QCOMPARE(parseOrderStatus(QStringLiteral("NEW")), std::nullopt);
    QCOMPARE(parseOrderStatus(QStringLiteral("in progress")), std::nullopt);
    QCOMPARE(parseOrderStatus(QString()), std::nullopt);
}

void TestEnums::orderStatusLabels()
{
    // Without a translator the English source text shows.
    QCOMPARE(label(OrderStatus::New), QStringLiteral("Unassigned"));
    QCOMPARE(label(OrderStatus::Assigned), QStringLiteral("Assigned"));
    QCOMPARE(label(OrderStatus::InProgress), QStringLiteral("In progress"));
    QCOMPARE(label(OrderStatus::Done), QStringLiteral("Done"));
    QCOMPARE(label(OrderStatus::Refused), QStringLiteral("Refused"));
}

void TestEnums::orderStatusColours()
{
    QCOMPARE(colorName(OrderStatus::New), QStringLiteral("#E53935"));
    QCOMPARE(colorName(OrderStatus::Assigned), QStringLiteral("#FFB300"));
    QCOMPARE(colorName(OrderStatus::InProgress), QStringLiteral("#1E88E5"));
    QCOMPARE(colorName(OrderStatus::Done), QStringLiteral("#43A047"));
    QCOMPARE(colorName(OrderStatus::Refused), QStringLiteral("#757575"));
    // Opaque ARGB, the layout QColor(QRgb) expects.
    QCOMPARE(colorRgb(OrderStatus::New), 0xFFE53935u);
    QCOMPARE(colorRgb(OrderStatus::Refused), 0xFF757575u);
}

void TestEnums::orderStatusFinalAndActive()
{
    QVERIFY(!isFinal(OrderStatus::New));
    QVERIFY(!isFinal(OrderStatus::Assigned));
    QVERIFY(!isFinal(OrderStatus::InProgress));
    QVERIFY(isFinal(OrderStatus::Done));
    QVERIFY(isFinal(OrderStatus::Refused));

    QVERIFY(!isActive(OrderStatus::New));
    QVERIFY(isActive(OrderStatus::Assigned));
    QVERIFY(isActive(OrderStatus::InProgress));
    QVERIFY(!isActive(OrderStatus::Done));
    QVERIFY(!isActive(OrderStatus::Refused));
}

void TestEnums::roleWireNames()
{
    const QList<std::pair<Role, QString>> expected{
        {Role::Operator, QStringLiteral("operator")},
        {Role::Coordinator, QStringLiteral("coordinator")},
        {Role::Master, QStringLiteral("master")},
        {Role::Admin, QStringLiteral("admin")},
    };
    QCOMPARE(allRoles().size(), expected.size());
    for (const auto &[role, name] : expected) {
        QCOMPARE(wireName(role), name);
        QCOMPARE(parseRole(name), std::optional(role));
    }
    QCOMPARE(parseRole(QStringLiteral("administrator")), std::nullopt);
    QCOMPARE(parseRole(QStringLiteral("Admin")), std::nullopt);
}

void TestEnums::roleLabels()
{
    QCOMPARE(label(Role::Operator), QStringLiteral("Operator"));
    QCOMPARE(label(Role::Coordinator), QStringLiteral("Coordinator"));
    QCOMPARE(label(Role::Master), QStringLiteral("Master"));
    QCOMPARE(label(Role::Admin), QStringLiteral("Administrator"));
}

void TestEnums::masterStatusWireNames()
{
    QCOMPARE(wireName(MasterStatus::Free), QStringLiteral("free"));
    QCOMPARE(wireName(MasterStatus::Busy), QStringLiteral("busy"));
    QCOMPARE(wireName(MasterStatus::OffShift), QStringLiteral("off_shift"));
    for (const auto status : allMasterStatuses())
        QCOMPARE(parseMasterStatus(wireName(status)), std::optional(status));
    QCOMPARE(parseMasterStatus(QStringLiteral("offshift")), std::nullopt);
}

void TestEnums::masterStatusLabelsAndColours()
{
    QCOMPARE(label(MasterStatus::Free), QStringLiteral("Free"));
    QCOMPARE(label(MasterStatus::Busy), QStringLiteral("Busy"));
    QCOMPARE(label(MasterStatus::OffShift), QStringLiteral("Off shift"));
    QCOMPARE(colorName(MasterStatus::Free), QStringLiteral("#43A047"));
    QCOMPARE(colorName(MasterStatus::Busy), QStringLiteral("#FB8C00"));
    QCOMPARE(colorName(MasterStatus::OffShift), QStringLiteral("#9E9E9E"));
    QCOMPARE(colorRgb(MasterStatus::Busy), 0xFFFB8C00u);
}

void TestEnums::masterStatusRule()
{
    // Busy whether checked in or not; otherwise the shift decides.
    QCOMPARE(masterStatusOf(true, true), MasterStatus::Busy);
    QCOMPARE(masterStatusOf(true, false), MasterStatus::Busy);
    QCOMPARE(masterStatusOf(false, true), MasterStatus::Free);
    QCOMPARE(masterStatusOf(false, false), MasterStatus::OffShift);
}

void TestEnums::orderActionWireNamesAndEndpoints()
{
    const QList<std::tuple<OrderAction, QString, QString>> expected{
        {OrderAction::Assign, QStringLiteral("assign"), QStringLiteral("assign")},
        {OrderAction::Unassign, QStringLiteral("unassign"), QStringLiteral("unassign")},
        {OrderAction::Reassign, QStringLiteral("reassign"), QStringLiteral("assign")},
        {OrderAction::Start, QStringLiteral("start"), QStringLiteral("start")},
        {OrderAction::Complete, QStringLiteral("complete"), QStringLiteral("complete")},
        {OrderAction::Refuse, QStringLiteral("refuse"), QStringLiteral("refuse")},
    };
    QCOMPARE(allOrderActions().size(), expected.size());
    for (const auto &[action, name, endpoint] : expected) {
        QCOMPARE(wireName(action), name);
        QCOMPARE(endpointOf(action), endpoint);
        QCOMPARE(parseOrderAction(name), std::optional(action));
    }
    QCOMPARE(parseOrderAction(QStringLiteral("delete")), std::nullopt);
}

void TestEnums::orderActionLabels()
{
    QSet<QString> labels;
    for (const auto action : allOrderActions())
        labels.insert(label(action));
    QCOMPARE(labels.size(), allOrderActions().size()); // every button distinguishable
    QCOMPARE(label(OrderAction::Refuse), QStringLiteral("Refuse"));
}

QTEST_APPLESS_MAIN(TestEnums)
#include "tst_enums.moc"

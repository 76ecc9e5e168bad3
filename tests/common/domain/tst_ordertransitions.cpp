// Every action from every status, by every role, on own and foreign orders, against API.md.
#include "domain/OrderTransitions.h"

#include <QTest>

using namespace okna;

Q_DECLARE_METATYPE(okna::OrderAction)
Q_DECLARE_METATYPE(okna::OrderStatus)
Q_DECLARE_METATYPE(okna::Role)
Q_DECLARE_METATYPE(std::optional<okna::OrderStatus>)

namespace {

using S = OrderStatus;
using A = OrderAction;

// The expectations are written out from API.md, independently of the table under test.
std::optional<OrderStatus> expectedTarget(OrderAction action, OrderStatus from)
{
    switch (action) {
    case A::Assign:
        return (from == S::New || from == S::Assigned) ? std::optional(S::Assigned) : std::nullopt;
    case A::Unassign:
        return from == S::Assigned ? std::optional(S::New) : std::nullopt;
    case A::Reassign:
        return from == S::Assigned ? std::optional(S::Assigned) : std::nullopt;
    case A::Start:
        return from == S::Assigned ? std::optional(S::InProgress) : std::nullopt;
    case A::Complete:
        return from == S::InProgress ? std::optional(S::Done) : std::nullopt;
    case A::Refuse:
        return (from == S::New || from == S::Assigned || from == S::InProgress) ? std::optional(S::Refused)
                                                                                : std::nullopt;
    }
    return std::nullopt;
}

bool expectedAllowed(Role role, OrderAction action, bool ownOrder)
{
    switch (action) {
    case A::Assign:
    case A::Unassign:
    case A::Reassign:
        return role == Role::Coordinator || role == Role::Admin;
    case A::Start:
    case A::Complete:
        return role == Role::Coordinator || role == Role::Admin || (role == Role::Master && ownOrder);
    case A::Refuse:
        return role != Role::Master || ownOrder;
    }
    return false;
}

QString rowName(const QString &a, const QString &b, const QString &c = {}, const QString &d = {})
{
    QStringList parts{a, b};
    if (!c.isEmpty())
        parts << c;
    if (!d.isEmpty())
        parts << d;
    return parts.join(QLatin1Char('/'));
}

} // namespace

class TestOrderTransitions : public QObject
{
    Q_OBJECT

private slots:
    void tableHasOneRulePerAction();
    void targetOf_data();
    void targetOf();
    void canRoleDo_data();
    void canRoleDo();
    void canRoleDoIgnoringOwnership();
    void apply_data();
    void apply();
    void forbiddenBeforeInvalidTransition();
    void actionsAvailable_data();
    void actionsAvailable();
    void availableActionsAreAllowedByApply();
};

void TestOrderTransitions::tableHasOneRulePerAction()
{
    QCOMPARE(OrderTransitions::rules().size(), allOrderActions().size());
    for (const auto action : allOrderActions())
        QCOMPARE(OrderTransitions::ruleOf(action).action, action);
}

void TestOrderTransitions::targetOf_data()
{
    QTest::addColumn<OrderAction>("action");
    QTest::addColumn<OrderStatus>("from");
    QTest::addColumn<std::optional<OrderStatus>>("expected");
    for (const auto action : allOrderActions()) {
        for (const auto from : allOrderStatuses()) {
            QTest::newRow(qPrintable(rowName(wireName(action), wireName(from))))
                << action << from << expectedTarget(action, from);
        }
    }
}

void TestOrderTransitions::targetOf()
{
    QFETCH(OrderAction, action);
    QFETCH(OrderStatus, from);
    QFETCH(std::optional<OrderStatus>, expected);
    QCOMPARE(OrderTransitions::targetOf(action, from), expected);
}

void TestOrderTransitions::canRoleDo_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<OrderAction>("action");
    QTest::addColumn<bool>("ownOrder");
    QTest::addColumn<bool>("expected");
    for (const auto role : allRoles()) {
        for (const auto action : allOrderActions()) {
            for (const bool own : {true, false}) {
                QTest::newRow(qPrintable(
                    rowName(wireName(role), wireName(action), own ? QStringLiteral("own") : QStringLiteral("foreign"))))
                    << role << action << own << expectedAllowed(role, action, own);
            }
        }
    }
}

void TestOrderTransitions::canRoleDo()
{
    QFETCH(Role, role);
    QFETCH(OrderAction, action);
    QFETCH(bool, ownOrder);
    QFETCH(bool, expected);
    QCOMPARE(OrderTransitions::canRoleDo(role, action, ownOrder), expected);
}

void TestOrderTransitions::canRoleDoIgnoringOwnership()
{
    // "May the role ever do it": a master may start, complete and refuse (his own), nothing else.
    QVERIFY(OrderTransitions::canRoleDo(Role::Master, A::Start));
    QVERIFY(OrderTransitions::canRoleDo(Role::Master, A::Complete));
    QVERIFY(OrderTransitions::canRoleDo(Role::Master, A::Refuse));
    QVERIFY(!OrderTransitions::canRoleDo(Role::Master, A::Assign));
    QVERIFY(!OrderTransitions::canRoleDo(Role::Master, A::Unassign));
    QVERIFY(!OrderTransitions::canRoleDo(Role::Master, A::Reassign));
    QVERIFY(OrderTransitions::canRoleDo(Role::Operator, A::Refuse));
    QVERIFY(!OrderTransitions::canRoleDo(Role::Operator, A::Assign));
    QVERIFY(!OrderTransitions::canRoleDo(Role::Operator, A::Start));
    QVERIFY(!OrderTransitions::canRoleDo(Role::Operator, A::Complete));
    for (const auto action : allOrderActions()) {
        QVERIFY(OrderTransitions::canRoleDo(Role::Admin, action));
        QVERIFY(OrderTransitions::canRoleDo(Role::Coordinator, action));
    }
}

void TestOrderTransitions::apply_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<OrderAction>("action");
    QTest::addColumn<OrderStatus>("from");
    QTest::addColumn<bool>("ownOrder");
    for (const auto role : allRoles()) {
        for (const auto action : allOrderActions()) {
            for (const auto from : allOrderStatuses()) {
                for (const bool own : {true, false}) {
                    QTest::newRow(qPrintable(rowName(wireName(role), wireName(action), wireName(from),
                                                     own ? QStringLiteral("own") : QStringLiteral("foreign"))))
                        << role << action << from << own;
                }
            }
        }
    }
}

void TestOrderTransitions::apply()
{
    QFETCH(Role, role);
    QFETCH(OrderAction, action);
    QFETCH(OrderStatus, from);
    QFETCH(bool, ownOrder);
    const auto result = OrderTransitions::apply(role, action, from, ownOrder);
    if (!expectedAllowed(role, action, ownOrder)) {
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code(), ErrorCode::Forbidden);
        QCOMPARE(result.error().httpStatus(), 403);
    } else if (const auto target = expectedTarget(action, from); !target) {
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code(), ErrorCode::InvalidTransition);
        QCOMPARE(result.error().httpStatus(), 409);
        QVERIFY(!result.error().message().isEmpty());
    } else {
        QVERIFY(result.ok());
        QCOMPARE(result.value(), *target);
    }
}

void TestOrderTransitions::forbiddenBeforeInvalidTransition()
{
    // A master touching another master's finished order learns nothing about its status.
    const auto result = OrderTransitions::apply(Role::Master, A::Complete, S::Done, false);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code(), ErrorCode::Forbidden);
    const auto invalid = OrderTransitions::apply(Role::Coordinator, A::Complete, S::New, false);
    QVERIFY(!invalid.ok());
    QCOMPARE(invalid.error().code(), ErrorCode::InvalidTransition);
}

void TestOrderTransitions::actionsAvailable_data()
{
    using Actions = QList<OrderAction>;
    QTest::addColumn<Role>("role");
    QTest::addColumn<OrderStatus>("status");
    QTest::addColumn<bool>("ownOrder");
    QTest::addColumn<Actions>("expected");

    for (const auto role : {Role::Coordinator, Role::Admin}) {
        const QString r = wireName(role);
        QTest::newRow(qPrintable(r + QStringLiteral("/new")))
            << role << S::New << false << Actions{A::Assign, A::Refuse};
        QTest::newRow(qPrintable(r + QStringLiteral("/assigned")))
            << role << S::Assigned << false << Actions{A::Unassign, A::Reassign, A::Start, A::Refuse};
        QTest::newRow(qPrintable(r + QStringLiteral("/in_progress")))
            << role << S::InProgress << false << Actions{A::Complete, A::Refuse};
        QTest::newRow(qPrintable(r + QStringLiteral("/done"))) << role << S::Done << false << Actions{};
        QTest::newRow(qPrintable(r + QStringLiteral("/refused"))) << role << S::Refused << false << Actions{};
    }
    QTest::newRow("operator/new") << Role::Operator << S::New << false << Actions{A::Refuse};
    QTest::newRow("operator/assigned") << Role::Operator << S::Assigned << false << Actions{A::Refuse};
    QTest::newRow("operator/in_progress") << Role::Operator << S::InProgress << false << Actions{A::Refuse};
    QTest::newRow("operator/done") << Role::Operator << S::Done << false << Actions{};
    QTest::newRow("master/own assigned") << Role::Master << S::Assigned << true << Actions{A::Start, A::Refuse};
    QTest::newRow("master/own in_progress") << Role::Master << S::InProgress << true << Actions{A::Complete, A::Refuse};
    QTest::newRow("master/own done") << Role::Master << S::Done << true << Actions{};
    QTest::newRow("master/own refused") << Role::Master << S::Refused << true << Actions{};
    QTest::newRow("master/foreign new") << Role::Master << S::New << false << Actions{};
    QTest::newRow("master/foreign assigned") << Role::Master << S::Assigned << false << Actions{};
    QTest::newRow("master/foreign in_progress") << Role::Master << S::InProgress << false << Actions{};
}

void TestOrderTransitions::actionsAvailable()
{
    QFETCH(Role, role);
    QFETCH(OrderStatus, status);
    QFETCH(bool, ownOrder);
    QFETCH(QList<OrderAction>, expected);
    QCOMPARE(OrderTransitions::actionsAvailable(role, status, ownOrder), expected);
}

void TestOrderTransitions::availableActionsAreAllowedByApply()
{
    // What the client offers, the server must accept, with the same target.
    for (const auto role : allRoles()) {
        for (const auto status : allOrderStatuses()) {
            for (const bool own : {true, false}) {
                for (const auto action : OrderTransitions::actionsAvailable(role, status, own)) {
                    const auto result = OrderTransitions::apply(role, action, status, own);
                    QVERIFY(result.ok());
                    QCOMPARE(std::optional(result.value()), OrderTransitions::targetOf(action, status));
                }
            }
        }
    }
}

QTEST_APPLESS_MAIN(TestOrderTransitions)
#include "tst_ordertransitions.moc"

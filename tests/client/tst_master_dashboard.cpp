// The master's dashboard against a real server (his current order in large type, Start / Done /
// Refuse enabled as OrderTransitions allows, shift check-in and check-out with the start time), and
// which dashboard each role gets in the main window: its own, and only its own.
#include "ClientTestKit.h"

#include "core/BusinessTime.h"
#include "core/ClientContext.h"
#include "core/EventStream.h"
#include "core/Session.h"
#include "gui/AdminDashboard.h"
#include "gui/CoordinatorDashboard.h"
#include "gui/MainWindow.h"
#include "gui/MasterDashboard.h"
#include "gui/OperatorDashboard.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace okna;
using namespace okna::test;

class TestMasterDashboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void eachRoleGetsOnlyItsDashboard_data();
    void eachRoleGetsOnlyItsDashboard();
    void noOrderMeansNoActions();
    void workflowButtonsFollowTheStateMachine();
    void refuseNeedsAReason();
    void shiftCheckInAndOut();

private:
    std::unique_ptr<MasterDashboard> openDashboard(ClientContext *context);

    ClientTestKit m_kit;
    FakePrompts m_prompts;
    qint64 m_location = -1;
};

void TestMasterDashboard::initTestCase()
{
    QVERIFY2(m_kit.start(), qPrintable(m_kit.errorString()));
    m_location = m_kit.newLocation();
    QVERIFY(m_location > 0);
}

void TestMasterDashboard::init()
{
    m_prompts.reset();
}

void TestMasterDashboard::cleanup()
{
    m_kit.fx().printServerLogIfTestFailed();
}

std::unique_ptr<MasterDashboard> TestMasterDashboard::openDashboard(ClientContext *context)
{
    auto dashboard = std::make_unique<MasterDashboard>(context);
    QSignalSpy order(dashboard.get(), &MasterDashboard::currentOrderLoaded);
    QSignalSpy shift(dashboard.get(), &MasterDashboard::shiftLoaded);
    dashboard->resize(900, 700);
    dashboard->show();
    for (int i = 0; i < 200 && (order.isEmpty() || shift.isEmpty()); ++i)
        QTest::qWait(50);
    if (order.isEmpty() || shift.isEmpty())
        return nullptr;
    return dashboard;
}

void TestMasterDashboard::eachRoleGetsOnlyItsDashboard_data()
{
    QTest::addColumn<QString>("role");
    QTest::newRow("operator") << QStringLiteral("operator");
    QTest::newRow("coordinator") << QStringLiteral("coordinator");
    QTest::newRow("master") << QStringLiteral("master");
    QTest::newRow("admin") << QStringLiteral("admin");
}

void TestMasterDashboard::eachRoleGetsOnlyItsDashboard()
{
    QFETCH(QString, role);
    auto context = m_kit.loggedInContext(m_kit.fx().newUser(role));
    QVERIFY2(context, qPrintable(m_kit.errorString()));
    MainWindow window(context.get());
    window.show();
    Dashboard *dashboard = window.dashboard();
    QVERIFY(dashboard);
    QCOMPARE(qobject_cast<OperatorDashboard *>(dashboard) != nullptr, role == QLatin1String("operator"));
    QCOMPARE(qobject_cast<CoordinatorDashboard *>(dashboard) != nullptr, role == QLatin1String("coordinator"));
    QCOMPARE(qobject_cast<MasterDashboard *>(dashboard) != nullptr, role == QLatin1String("master"));
    QCOMPARE(qobject_cast<AdminDashboard *>(dashboard) != nullptr, role == QLatin1String("admin"));
    QVERIFY(window.windowTitle().contains(context->session()->user().fullName));
    // The connection indicator is there and says live.
    QTRY_COMPARE_WITH_TIMEOUT(window.connectionIndicator()->text(), MainWindow::tr("● Live"), 5000);
    // Nobody logged in: no dashboard at all.
    context->session()->logout();
    QCOMPARE(MainWindow::createDashboard(context.get(), nullptr), nullptr);
}

void TestMasterDashboard::noOrderMeansNoActions()
{
    const auto master = m_kit.fx().newUser(QStringLiteral("master"));
    auto context = m_kit.loggedInContext(master);
    QVERIFY2(context, qPrintable(m_kit.errorString()));
    auto dashboard = openDashboard(context.get());
    QVERIFY(dashboard);
    QVERIFY(!dashboard->currentOrder());
    QVERIFY(!dashboard->startButton()->isEnabled());
    QVERIFY(!dashboard->doneButton()->isEnabled());
    QVERIFY(!dashboard->refuseButton()->isEnabled());
}

void TestMasterDashboard::workflowButtonsFollowTheStateMachine()
{
    const auto master = m_kit.fx().newUser(QStringLiteral("master"));
    auto context = m_kit.loggedInContext(master);
    QVERIFY2(context, qPrintable(m_kit.errorString()));
    auto dashboard = openDashboard(context.get());
    QVERIFY(dashboard);

    // The coordinator assigns an order: it appears live, in large type, with Start and Refuse.
    const auto order = m_kit.newOrder(m_location);
    const qint64 id = order.value(QLatin1String("id")).toInteger();
    QCOMPARE(m_kit.post(QStringLiteral("/orders/%1/assign").arg(id), {{QStringLiteral("master_id"), master.id}}).status,
             200);
    QTRY_VERIFY_WITH_TIMEOUT(dashboard->currentOrder() && dashboard->currentOrder()->id == id, 2000);
    const QString number = QString::number(order.value(QLatin1String("number")).toInteger());
    QVERIFY2(dashboard->orderTitle()->text().contains(number), qPrintable(dashboard->orderTitle()->text()));
    QVERIFY(dashboard->orderTitle()->font().pointSize() > QApplication::font().pointSize() + 4);
    QVERIFY(dashboard->startButton()->isEnabled());
    QVERIFY(!dashboard->doneButton()->isEnabled());
    QVERIFY(dashboard->refuseButton()->isEnabled());

    QTest::mouseClick(dashboard->startButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dashboard->currentOrder() && dashboard->currentOrder()->status == OrderStatus::InProgress,
                             5000);
    QVERIFY(!dashboard->startButton()->isEnabled());
    QVERIFY(dashboard->doneButton()->isEnabled());
    QVERIFY(dashboard->refuseButton()->isEnabled());

    QTest::mouseClick(dashboard->doneButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dashboard->currentOrder(), 5000);
    QCOMPARE(m_kit.get(QStringLiteral("/orders/%1").arg(id)).object().value(QLatin1String("status")).toString(),
             QStringLiteral("done"));
    QVERIFY(!dashboard->startButton()->isEnabled());
    QVERIFY(!dashboard->doneButton()->isEnabled());
    QVERIFY2(m_prompts.errorTexts.isEmpty(), qPrintable(m_prompts.errorTexts.join(QLatin1Char('\n'))));
}

void TestMasterDashboard::refuseNeedsAReason()
{
    const auto master = m_kit.fx().newUser(QStringLiteral("master"));
    const qint64 id = m_kit.newOrder(m_location).value(QLatin1String("id")).toInteger();
    QCOMPARE(m_kit.post(QStringLiteral("/orders/%1/assign").arg(id), {{QStringLiteral("master_id"), master.id}}).status,
             200);
    auto context = m_kit.loggedInContext(master);
    QVERIFY2(context, qPrintable(m_kit.errorString()));
    auto dashboard = openDashboard(context.get());
    QVERIFY(dashboard);
    QVERIFY(dashboard->currentOrder());
    QCOMPARE(dashboard->currentOrder()->id, id);

    m_prompts.reasonAnswer.reset(); // cancelled
    QTest::mouseClick(dashboard->refuseButton(), Qt::LeftButton);
    QCOMPARE(m_prompts.reasonQuestions, 1);
    QTest::qWait(300);
    QVERIFY(dashboard->currentOrder());
    m_prompts.reasonAnswer = QStringLiteral("Нет нужного профиля");
    QTest::mouseClick(dashboard->refuseButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dashboard->currentOrder(), 5000);
    const auto stored = m_kit.get(QStringLiteral("/orders/%1").arg(id)).object();
    QCOMPARE(stored.value(QLatin1String("status")).toString(), QStringLiteral("refused"));
    QCOMPARE(stored.value(QLatin1String("refuse_reason")).toString(), QStringLiteral("Нет нужного профиля"));
}

void TestMasterDashboard::shiftCheckInAndOut()
{
    const auto master = m_kit.fx().newUser(QStringLiteral("master"));
    auto context = m_kit.loggedInContext(master);
    QVERIFY2(context, qPrintable(m_kit.errorString()));
    auto dashboard = openDashboard(context.get());
    QVERIFY(dashboard);
    QVERIFY(dashboard->checkInButton()->isEnabled());
    QVERIFY(!dashboard->checkOutButton()->isEnabled());
    const QString offShift = dashboard->shiftLabel()->text();
    // Off shift, the empty state says how to get orders.
    const QString startTheShift = MasterDashboard::tr("You are not on shift. Start the shift to receive orders.");
    QTRY_COMPARE(dashboard->orderTitle()->text(), startTheShift);

    QSignalSpy shift(dashboard.get(), &MasterDashboard::shiftLoaded);
    QTest::mouseClick(dashboard->checkInButton(), Qt::LeftButton);
    QVERIFY(shift.wait(5000));
    QVERIFY(!dashboard->checkInButton()->isEnabled());
    QVERIFY(dashboard->checkOutButton()->isEnabled());
    const QString since = BusinessTime::format(QDateTime::currentDateTime(), QStringLiteral("HH:")); // business clock
    QVERIFY2(dashboard->shiftLabel()->text() != offShift && dashboard->shiftLabel()->text().contains(since),
             qPrintable(dashboard->shiftLabel()->text()));
    QCOMPARE(dashboard->orderTitle()->text(),
             MasterDashboard::tr("No current order. The coordinator will assign one."));
    const auto masters = m_kit.get(QStringLiteral("/masters")).array();
    bool free = false;
    for (const auto &row : masters)
        free |= row.toObject().value(QLatin1String("id")).toInteger() == master.id &&
                row.toObject().value(QLatin1String("status")).toString() == QLatin1String("free");
    QVERIFY(free);

    QTest::mouseClick(dashboard->checkOutButton(), Qt::LeftButton);
    QVERIFY(shift.wait(5000));
    QVERIFY(dashboard->checkInButton()->isEnabled());
    QVERIFY(!dashboard->checkOutButton()->isEnabled());
    QCOMPARE(dashboard->shiftLabel()->text(), offShift);
    QCOMPARE(dashboard->orderTitle()->text(), startTheShift);
}

QTEST_MAIN(TestMasterDashboard)
#include "tst_master_dashboard.moc"

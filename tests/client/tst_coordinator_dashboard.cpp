// The coordinator's dispatch board against a real server: drag an order onto a master (through the
// views' drop path with the orders view's own MIME data), a busy master refusing the drop, the
// server's 409 master_busy shown the same way, reassign / unassign / refuse from the order's
// actions, filters, the history dialog, and updates from other clients.
#include "ClientTestKit.h"

#include "core/ClientContext.h"
#include "core/MastersModel.h"
#include "core/OrderFilterProxy.h"
#include "core/OrdersModel.h"
#include "core/Translator.h"
#include "domain/OrderStatus.h"
#include "gui/CoordinatorDashboard.h"
#include "gui/OrderHistoryDialog.h"
#include "gui/OrdersTable.h"
#include "phone/PhoneNumber.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace okna;
using namespace okna::test;

class TestCoordinatorDashboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void dragOrderOntoFreeMasterAssigns();
    void dropOnBusyMasterIsRefused();
    void serverMasterBusyIsShownTheSameWay();
    void reassignUnassignAndRefuse();
    void filtersByDistrictStatusAndText();
    void historyOnDemand();
    void otherClientsChangesAppearLive();

private:
    std::unique_ptr<CoordinatorDashboard> openDashboard();
    // The proxy index of the order in the orders view (column: client name).
    QModelIndex orderIndex(CoordinatorDashboard *dashboard, qint64 orderId) const;
    QModelIndex masterIndex(CoordinatorDashboard *dashboard, qint64 masterId) const;
    // Drags what the orders view would drag for `order` and drops it on `master`'s row, through the
    // masters view's drag-enter, drag-move and drop handlers. Whether the view accepted the drop.
    bool dragAndDrop(CoordinatorDashboard *dashboard, const QModelIndex &order, const QModelIndex &master);
    QString statusOf(qint64 orderId);

    ClientTestKit m_kit;
    FakePrompts m_prompts;
    TestUser m_coordinator;
    std::unique_ptr<ClientContext> m_context;
    qint64 m_location = -1;
};

void TestCoordinatorDashboard::initTestCase()
{
    QVERIFY2(m_kit.start(), qPrintable(m_kit.errorString()));
    m_coordinator = m_kit.fx().newUser(QStringLiteral("coordinator"));
    m_location = m_kit.newLocation();
    QVERIFY(m_location > 0);
    m_context = m_kit.loggedInContext(m_coordinator);
    QVERIFY2(m_context, qPrintable(m_kit.errorString()));
}

void TestCoordinatorDashboard::init()
{
    m_prompts.reset();
}

void TestCoordinatorDashboard::cleanup()
{
    m_kit.fx().printServerLogIfTestFailed();
}

std::unique_ptr<CoordinatorDashboard> TestCoordinatorDashboard::openDashboard()
{
    auto dashboard = std::make_unique<CoordinatorDashboard>(m_context.get());
    QSignalSpy orders(dashboard->ordersModel(), &OrdersModel::loaded);
    QSignalSpy masters(dashboard->mastersModel(), &MastersModel::loaded);
    dashboard->resize(1280, 800);
    dashboard->show();
    if (!QTest::qWaitForWindowExposed(dashboard.get()))
        return nullptr;
    for (int i = 0; i < 200 && (orders.isEmpty() || masters.isEmpty()); ++i)
        QTest::qWait(50);
    if (orders.isEmpty() || masters.isEmpty())
        return nullptr;
    return dashboard;
}

QModelIndex TestCoordinatorDashboard::orderIndex(CoordinatorDashboard *dashboard, qint64 orderId) const
{
    const int row = dashboard->ordersModel()->rowOf(orderId);
    if (row < 0)
        return {};
    return dashboard->ordersProxy()->mapFromSource(dashboard->ordersModel()->index(row, OrdersModel::ClientName));
}

QModelIndex TestCoordinatorDashboard::masterIndex(CoordinatorDashboard *dashboard, qint64 masterId) const
{
    auto *view = dashboard->mastersView();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const auto index = view->model()->index(row, MastersModel::Name);
        if (index.data(MastersModel::MasterIdRole).toLongLong() == masterId)
            return index;
    }
    return {};
}

bool TestCoordinatorDashboard::dragAndDrop(CoordinatorDashboard *dashboard, const QModelIndex &order,
                                           const QModelIndex &master)
{
    OrdersTable *from = dashboard->ordersView();
    QTableView *to = dashboard->mastersView();
    // What QAbstractItemView::startDrag() puts on the drag: the selected rows' MIME data.
    from->selectionModel()->select(order, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    from->scrollTo(order);
    std::unique_ptr<QMimeData> mime(from->model()->mimeData(from->selectionModel()->selectedIndexes()));
    if (!mime)
        return false;
    to->scrollTo(master);
    const QPoint target = to->visualRect(master).center();
    const auto actions = from->model()->supportedDragActions();
    QDragEnterEvent enter(target, actions, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(to->viewport(), &enter);
    if (!enter.isAccepted())
        return false;
    QDragMoveEvent move(target, actions, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(to->viewport(), &move);
    if (!move.isAccepted())
        return false;
    QDropEvent drop(QPointF(target), actions, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(to->viewport(), &drop);
    return drop.isAccepted();
}

QString TestCoordinatorDashboard::statusOf(qint64 orderId)
{
    return m_kit.get(QStringLiteral("/orders/%1").arg(orderId)).object().value(QLatin1String("status")).toString();
}

void TestCoordinatorDashboard::dragOrderOntoFreeMasterAssigns()
{
    const auto master = m_kit.fx().newUser(QStringLiteral("master"));
    QCOMPARE(m_kit.post(QStringLiteral("/me/shift/check-in"), {}, master.token).status, 201);
    const qint64 id = m_kit.newOrder(m_location).value(QLatin1String("id")).toInteger();
    auto dashboard = openDashboard();
    QVERIFY(dashboard);
    QTRY_VERIFY(orderIndex(dashboard.get(), id).isValid());
    QTRY_VERIFY(masterIndex(dashboard.get(), master.id).isValid());

    QVERIFY(dragAndDrop(dashboard.get(), orderIndex(dashboard.get(), id), masterIndex(dashboard.get(), master.id)));
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), QStringLiteral("assigned"), 5000);
    const auto stored = m_kit.get(QStringLiteral("/orders/%1").arg(id)).object();
    QCOMPARE(stored.value(QLatin1String("master_id")).toInteger(), master.id);
    QVERIFY2(m_prompts.errorTexts.isEmpty(), qPrintable(m_prompts.errorTexts.join(QLatin1Char('\n'))));
    // The board follows: the order row says assigned with the master's name, the master is busy.
    auto *orders = dashboard->ordersModel();
    QTRY_COMPARE_WITH_TIMEOUT(orders->orderAt(orders->rowOf(id)).status, OrderStatus::Assigned, 2000);
    QTRY_COMPARE_WITH_TIMEOUT(orders->index(orders->rowOf(id), OrdersModel::Master).data().toString(), master.fullName,
                              2000);
    auto *masters = dashboard->mastersModel();
    QTRY_COMPARE_WITH_TIMEOUT(masters->masterAt(masters->rowOf(master.id)).status, MasterStatus::Busy, 2000);
}

void TestCoordinatorDashboard::dropOnBusyMasterIsRefused()
{
    const auto master = m_kit.fx().newUser(QStringLiteral("master"));
    const qint64 held = m_kit.newOrder(m_location).value(QLatin1String("id")).toInteger();
    QCOMPARE(
        m_kit.post(QStringLiteral("/orders/%1/assign").arg(held), {{QStringLiteral("master_id"), master.id}}).status,
        200);
    const qint64 id = m_kit.newOrder(m_location).value(QLatin1String("id")).toInteger();
    auto dashboard = openDashboard();
    QVERIFY(dashboard);
    QTRY_VERIFY(orderIndex(dashboard.get(), id).isValid());
    QTRY_VERIFY(masterIndex(dashboard.get(), master.id).isValid());

    QVERIFY(!dragAndDrop(dashboard.get(), orderIndex(dashboard.get(), id), masterIndex(dashboard.get(), master.id)));
    QCOMPARE(m_prompts.errorTitles.size(), 1);
    QCOMPARE(m_prompts.errorTitles.first(), CoordinatorDashboard::tr("Master is busy"));
    QVERIFY2(m_prompts.errorTexts.first().contains(master.fullName), qPrintable(m_prompts.errorTexts.first()));
    QTest::qWait(300);
    QCOMPARE(statusOf(id), QStringLiteral("new")); // nothing was sent
}

void TestCoordinatorDashboard::serverMasterBusyIsShownTheSameWay()
{
    // The board still shows the master free when another coordinator's assignment wins the race:
    // the server's 409 master_busy reads exactly like the refused drop.
    const auto master = m_kit.fx().newUser(QStringLiteral("master"));
    const qint64 id = m_kit.newOrder(m_location).value(QLatin1String("id")).toInteger();
    auto dashboard = openDashboard();
    QVERIFY(dashboard);
    QTRY_VERIFY(masterIndex(dashboard.get(), master.id).isValid());
    const qint64 other = m_kit.newOrder(m_location).value(QLatin1String("id")).toInteger();
    QCOMPARE(
        m_kit.post(QStringLiteral("/orders/%1/assign").arg(other), {{QStringLiteral("master_id"), master.id}}).status,
        200);
    dashboard->assign(id, master.id);
    QTRY_COMPARE_WITH_TIMEOUT(m_prompts.errorTitles.size(), 1, 5000);
    QCOMPARE(m_prompts.errorTitles.first(), CoordinatorDashboard::tr("Master is busy"));
    QVERIFY2(m_prompts.errorTexts.first().contains(master.fullName), qPrintable(m_prompts.errorTexts.first()));
    QCOMPARE(statusOf(id), QStringLiteral("new"));
}

void TestCoordinatorDashboard::reassignUnassignAndRefuse()
{
    const auto first = m_kit.fx().newUser(QStringLiteral("master"));
    const auto second = m_kit.fx().newUser(QStringLiteral("master"));
    const qint64 id = m_kit.newOrder(m_location).value(QLatin1String("id")).toInteger();
    auto dashboard = openDashboard();
    QVERIFY(dashboard);
    QTRY_VERIFY(orderIndex(dashboard.get(), id).isValid());
    QTRY_VERIFY(masterIndex(dashboard.get(), second.id).isValid());

    dashboard->assign(id, first.id);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), QStringLiteral("assigned"), 5000);
    // Reassign: the same drop (or the context menu's Reassign) onto another free master.
    QTRY_VERIFY_WITH_TIMEOUT(
        dashboard->ordersModel()->orderAt(dashboard->ordersModel()->rowOf(id)).masterId == first.id, 2000);
    QVERIFY(dragAndDrop(dashboard.get(), orderIndex(dashboard.get(), id), masterIndex(dashboard.get(), second.id)));
    QTRY_COMPARE_WITH_TIMEOUT(
        m_kit.get(QStringLiteral("/orders/%1").arg(id)).object().value(QLatin1String("master_id")).toInteger(),
        second.id, 5000);

    QTRY_COMPARE_WITH_TIMEOUT(dashboard->ordersModel()->orderAt(dashboard->ordersModel()->rowOf(id)).masterId,
                              std::optional<qint64>(second.id), 2000);
    dashboard->perform(id, OrderAction::Unassign);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), QStringLiteral("new"), 5000);

    // Refuse asks for a reason; cancelling changes nothing.
    QTRY_COMPARE_WITH_TIMEOUT(dashboard->ordersModel()->orderAt(dashboard->ordersModel()->rowOf(id)).status,
                              OrderStatus::New, 2000);
    m_prompts.reasonAnswer.reset();
    dashboard->perform(id, OrderAction::Refuse);
    QCOMPARE(m_prompts.reasonQuestions, 1);
    QTest::qWait(300);
    QCOMPARE(statusOf(id), QStringLiteral("new"));
    m_prompts.reasonAnswer = QStringLiteral("Клиент передумал");
    dashboard->perform(id, OrderAction::Refuse);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), QStringLiteral("refused"), 5000);
    QCOMPARE(m_kit.get(QStringLiteral("/orders/%1").arg(id)).object().value(QLatin1String("refuse_reason")).toString(),
             QStringLiteral("Клиент передумал"));
    // A refused order leaves the board of new and active orders.
    QTRY_VERIFY_WITH_TIMEOUT(!orderIndex(dashboard.get(), id).isValid(), 2000);
    QVERIFY2(m_prompts.errorTexts.isEmpty(), qPrintable(m_prompts.errorTexts.join(QLatin1Char('\n'))));
}

void TestCoordinatorDashboard::filtersByDistrictStatusAndText()
{
    const auto north = m_kit.newLocation();
    const auto a = m_kit.newOrder(north).value(QLatin1String("id")).toInteger();
    const auto bOrder = m_kit.newOrder(m_location, QStringLiteral("+79127770011"));
    const auto b = bOrder.value(QLatin1String("id")).toInteger();
    auto dashboard = openDashboard();
    QVERIFY(dashboard);
    QTRY_VERIFY(orderIndex(dashboard.get(), a).isValid() && orderIndex(dashboard.get(), b).isValid());
    QTRY_VERIFY(dashboard->districtFilter()->findData(north) > 0);

    dashboard->districtFilter()->setCurrentIndex(dashboard->districtFilter()->findData(north));
    QVERIFY(orderIndex(dashboard.get(), a).isValid());
    QVERIFY(!orderIndex(dashboard.get(), b).isValid());
    dashboard->districtFilter()->setCurrentIndex(0);
    QTest::keyClicks(dashboard->textFilter(), QStringLiteral("777-00"));
    QVERIFY(!orderIndex(dashboard.get(), a).isValid());
    QVERIFY(orderIndex(dashboard.get(), b).isValid());
    dashboard->textFilter()->clear();
    dashboard->statusFilter()->setCurrentIndex(dashboard->statusFilter()->findData(QStringLiteral("assigned")));
    QVERIFY(!orderIndex(dashboard.get(), a).isValid());
    dashboard->statusFilter()->setCurrentIndex(0);
    QVERIFY(orderIndex(dashboard.get(), a).isValid());
}

void TestCoordinatorDashboard::historyOnDemand()
{
    const auto master = m_kit.fx().newUser(QStringLiteral("master"));
    const QJsonObject order = m_kit.newOrder(m_location);
    const qint64 id = order.value(QLatin1String("id")).toInteger();
    QCOMPARE(m_kit.post(QStringLiteral("/orders/%1/assign").arg(id), {{QStringLiteral("master_id"), master.id}}).status,
             200);
    auto dashboard = openDashboard();
    QVERIFY(dashboard);
    QTRY_VERIFY(orderIndex(dashboard.get(), id).isValid());
    dashboard->showHistory(id);
    auto *dialog = dashboard->findChild<OrderHistoryDialog *>();
    QVERIFY(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->tree()->topLevelItemCount(), 2, 5000);
    // In words, not wire names: the action, each field, and its values (statuses, the master and
    // the district by name, the phone as people write it); fields in the order form's order.
    const QTreeWidgetItem *created = dialog->tree()->topLevelItem(0);
    QCOMPARE(created->text(2), QStringLiteral("Created"));
    QStringList fields;
    for (int i = 0; i < created->childCount(); ++i)
        fields << created->child(i)->text(2);
    QCOMPARE(fields, (QStringList{QStringLiteral("Status"), QStringLiteral("Client"), QStringLiteral("Phone"),
                                  QStringLiteral("Address"), QStringLiteral("District"), QStringLiteral("Comment")}));
    QCOMPARE(created->child(0)->text(3), QStringLiteral("—"));
    QCOMPARE(created->child(0)->text(4), label(OrderStatus::New));
    QCOMPARE(created->child(2)->text(4), formatPhoneForDisplay(order.value(QLatin1String("phone")).toString()));
    QCOMPARE(created->child(4)->text(4), dashboard->locationNames().value(m_location));
    QVERIFY(!created->child(4)->text(4).isEmpty());

    const QTreeWidgetItem *assigned = dialog->tree()->topLevelItem(1);
    QVERIFY2(!assigned->text(1).isEmpty() && !assigned->text(1).startsWith(QLatin1Char('#')),
             qPrintable(assigned->text(1))); // who, by name
    QCOMPARE(assigned->text(2), QStringLiteral("Assigned"));
    QCOMPARE(assigned->childCount(), 2);
    QCOMPARE(assigned->child(0)->text(2), QStringLiteral("Status"));
    QCOMPARE(assigned->child(0)->text(3), label(OrderStatus::New));
    QCOMPARE(assigned->child(0)->text(4), label(OrderStatus::Assigned));
    QCOMPARE(assigned->child(1)->text(2), QStringLiteral("Master"));
    QCOMPARE(assigned->child(1)->text(4), master.fullName);

    // Switched to Russian while open: the story is told again in Russian (okna_ru.ts).
    QCOMPARE(Translator::install(QStringLiteral("ru")), QStringLiteral("ru"));
    QTRY_COMPARE(dialog->tree()->topLevelItem(0)->text(2), QStringLiteral("Создана"));
    QCOMPARE(dialog->tree()->topLevelItem(1)->child(1)->text(2), QStringLiteral("Мастер"));
    QCOMPARE(dialog->tree()->headerItem()->text(0), QStringLiteral("Когда"));
    Translator::install(QStringLiteral("en"));
    QTRY_COMPARE(dialog->tree()->topLevelItem(0)->text(2), QStringLiteral("Created"));
    dialog->close();
}

void TestCoordinatorDashboard::otherClientsChangesAppearLive()
{
    auto dashboard = openDashboard();
    QVERIFY(dashboard);
    auto *orders = dashboard->ordersModel();
    QSignalSpy reset(orders, &QAbstractItemModel::modelReset);
    const auto operatorUser = m_kit.fx().newUser(QStringLiteral("operator"));
    const qint64 id = m_kit.newOrder(m_location, {}, operatorUser.token).value(QLatin1String("id")).toInteger();
    QTRY_VERIFY_WITH_TIMEOUT(orderIndex(dashboard.get(), id).isValid(), 1000); // API.md: within 1 s
    QCOMPARE(reset.count(), 0);
}

QTEST_MAIN(TestCoordinatorDashboard)
#include "tst_coordinator_dashboard.moc"

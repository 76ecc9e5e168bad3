// The client's data layer against a real server: OrdersModel and MastersModel fed by REST pages,
// kept current by the events WebSocket row by row (never a reset per event), the filter proxy,
// and reconnect plus resync after the server restarts.
#include "ClientTestKit.h"

#include "core/ApiClient.h"
#include "core/ClientContext.h"
#include "core/EventStream.h"
#include "core/MastersModel.h"
#include "core/OrderFilterProxy.h"
#include "core/OrdersModel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace okna;
using namespace okna::test;

namespace {

// Every structural signal a model sends, to tell row-level updates from resets.
struct ModelSignals
{
    explicit ModelSignals(QAbstractItemModel *model)
        : inserted(model, &QAbstractItemModel::rowsInserted)
        , removed(model, &QAbstractItemModel::rowsRemoved)
        , changed(model, &QAbstractItemModel::dataChanged)
        , reset(model, &QAbstractItemModel::modelReset)
    {}
    void clear()
    {
        inserted.clear();
        removed.clear();
        changed.clear();
        reset.clear();
    }
    QSignalSpy inserted;
    QSignalSpy removed;
    QSignalSpy changed;
    QSignalSpy reset;
};

} // namespace

class TestClientModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void ordersLoadPageByPage();
    void orderEventsUpdateRowsInPlace();
    void mastersFollowEvents();
    void dropOnMastersModelAsksOrRefuses();
    void proxyFiltersByStatusDistrictAndText();
    void reconnectAndResyncAfterServerRestart();

private:
    ClientTestKit m_kit;
    TestUser m_coordinator;
    TestUser m_operator;
    TestUser m_master;
    qint64 m_location = -1;
};

void TestClientModels::initTestCase()
{
    QVERIFY2(m_kit.start(), qPrintable(m_kit.errorString()));
    m_coordinator = m_kit.fx().newUser(QStringLiteral("coordinator"));
    m_operator = m_kit.fx().newUser(QStringLiteral("operator"));
    m_master = m_kit.fx().newUser(QStringLiteral("master"));
    QVERIFY(m_coordinator.isValid() && m_operator.isValid() && m_master.isValid());
    m_location = m_kit.newLocation();
    QVERIFY(m_location > 0);
}

void TestClientModels::cleanup()
{
    m_kit.fx().printServerLogIfTestFailed();
}

void TestClientModels::ordersLoadPageByPage()
{
    const auto location = m_kit.newLocation();
    QList<qint64> ids;
    for (int i = 0; i < 7; ++i)
        ids.prepend(m_kit.newOrder(location).value(QLatin1String("id")).toInteger());
    auto context = m_kit.loggedInContext(m_coordinator);
    QVERIFY2(context, qPrintable(m_kit.errorString()));

    OrdersModel model(context->api());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &OrdersModel::loaded);
    model.setQuery(QUrlQuery{{QStringLiteral("location_id"), QString::number(location)},
                             {QStringLiteral("limit"), QStringLiteral("3")}});
    model.reload();
    QVERIFY(loaded.wait(10000));
    QVERIFY(model.rowCount() >= 3);
    // The views (and QAbstractItemModelTester) ask for more as they scroll: fetchMore() pages on.
    ModelSignals spies(&model);
    for (int i = 0; i < 10 && model.rowCount() < 7; ++i) {
        if (model.canFetchMore({}))
            model.fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
    }
    QCOMPARE(model.rowCount(), 7);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(spies.reset.count(), 0); // later pages are appended, not reset
    QVERIFY(spies.inserted.count() >= 1);
    for (int row = 0; row < 7; ++row) {
        QCOMPARE(model.orderAt(row).id, ids.at(row)); // newest first, as the server lists them
        QCOMPARE(model.rowOf(ids.at(row)), row);
    }
    QCOMPARE(model.index(0, OrdersModel::Status).data().toString(), label(OrderStatus::New));
    QCOMPARE(model.index(0, OrdersModel::Status).data(Qt::BackgroundRole).value<QColor>().name(),
             QStringLiteral("#e53935"));
}

void TestClientModels::orderEventsUpdateRowsInPlace()
{
    auto context = m_kit.loggedInContext(m_coordinator);
    QVERIFY2(context, qPrintable(m_kit.errorString()));
    OrdersModel model(context->api());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    connect(context->events(), &EventStream::orderCreated, &model, &OrdersModel::applyCreated);
    connect(context->events(), &EventStream::orderUpdated, &model, &OrdersModel::applyUpdated);
    QSignalSpy loaded(&model, &OrdersModel::loaded);
    model.setQuery(QUrlQuery{{QStringLiteral("status"), QStringLiteral("new,assigned,in_progress")}});
    model.reload();
    QVERIFY(loaded.wait(10000));
    const int before = model.rowCount();

    // Another client (the operator) creates an order: one row inserted at the top, no reset.
    ModelSignals spies(&model);
    const auto order = m_kit.newOrder(m_location, {}, m_operator.token);
    const qint64 id = order.value(QLatin1String("id")).toInteger();
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), before + 1, 2000);
    QCOMPARE(spies.inserted.count(), 1);
    QCOMPARE(spies.inserted.first().at(1).toInt(), 0);
    QCOMPARE(model.rowOf(id), 0);
    QCOMPARE(spies.reset.count(), 0);

    // Another client assigns it: that row changes in place (dataChanged on its row only).
    spies.clear();
    const auto assigned = m_kit.post(QStringLiteral("/orders/%1/assign").arg(id),
                                     {{QStringLiteral("master_id"), m_master.id}}, m_coordinator.token);
    QCOMPARE(assigned.status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(model.orderAt(model.rowOf(id)).status == OrderStatus::Assigned, 2000);
    QVERIFY(!spies.changed.isEmpty());
    for (const auto &change : std::as_const(spies.changed)) {
        QCOMPARE(change.at(0).toModelIndex().row(), model.rowOf(id));
        QCOMPARE(change.at(1).toModelIndex().row(), model.rowOf(id));
    }
    QCOMPARE(spies.inserted.count(), 0);
    QCOMPARE(spies.removed.count(), 0);
    QCOMPARE(spies.reset.count(), 0);
    QCOMPARE(model.rowCount(), before + 1);
    QCOMPARE(model.index(model.rowOf(id), OrdersModel::Status).data().toString(), label(OrderStatus::Assigned));

    // A stale event (lower version) does not undo the newer state.
    auto stale = model.orderAt(model.rowOf(id));
    stale.version -= 1;
    stale.status = OrderStatus::New;
    model.applyUpdated(stale);
    QCOMPARE(model.orderAt(model.rowOf(id)).status, OrderStatus::Assigned);
}

void TestClientModels::mastersFollowEvents()
{
    auto context = m_kit.loggedInContext(m_coordinator);
    QVERIFY2(context, qPrintable(m_kit.errorString()));
    MastersModel model(context->api());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    connect(context->events(), &EventStream::masterUpdated, &model, &MastersModel::applyUpdated);
    QSignalSpy loaded(&model, &MastersModel::loaded);
    model.reload();
    QVERIFY(loaded.wait(10000));
    const auto fresh = m_kit.fx().newUser(QStringLiteral("master"));
    QVERIFY(fresh.isValid());
    // Reloading merges: the new master is inserted, nobody else is touched, no reset.
    ModelSignals spies(&model);
    model.reload();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(spies.reset.count(), 0);
    QCOMPARE(spies.inserted.count(), 1);
    const int row = model.rowOf(fresh.id);
    QVERIFY(row >= 0);
    QCOMPARE(model.masterAt(row).status, MasterStatus::OffShift);

    spies.clear();
    QCOMPARE(m_kit.post(QStringLiteral("/me/shift/check-in"), {}, fresh.token).status, 201);
    QTRY_COMPARE_WITH_TIMEOUT(model.masterAt(row).status, MasterStatus::Free, 2000);
    QVERIFY(!spies.changed.isEmpty());
    QCOMPARE(spies.changed.first().at(0).toModelIndex().row(), row);
    QCOMPARE(spies.reset.count(), 0);
    QCOMPARE(model.index(row, MastersModel::Status).data().toString(), label(MasterStatus::Free));
    QCOMPARE(model.index(row, MastersModel::Status).data(Qt::BackgroundRole).value<QColor>().name(),
             QStringLiteral("#43a047"));
    QVERIFY(!model.index(row, MastersModel::ShiftStarted).data().toString().isEmpty());
}

void TestClientModels::dropOnMastersModelAsksOrRefuses()
{
    auto context = m_kit.loggedInContext(m_coordinator);
    QVERIFY2(context, qPrintable(m_kit.errorString()));
    const auto busy = m_kit.fx().newUser(QStringLiteral("master"));
    const auto free = m_kit.fx().newUser(QStringLiteral("master"));
    const auto held = m_kit.newOrder(m_location).value(QLatin1String("id")).toInteger();
    QCOMPARE(m_kit.post(QStringLiteral("/orders/%1/assign").arg(held), {{QStringLiteral("master_id"), busy.id}}).status,
             200);
    const auto order = m_kit.newOrder(m_location);
    OrdersModel orders(context->api());
    QSignalSpy ordersLoaded(&orders, &OrdersModel::loaded);
    orders.setQuery(QUrlQuery{{QStringLiteral("status"), QStringLiteral("new")}});
    orders.reload();
    QVERIFY(ordersLoaded.wait(10000));
    MastersModel masters(context->api());
    QSignalSpy mastersLoaded(&masters, &MastersModel::loaded);
    masters.reload();
    QVERIFY(mastersLoaded.wait(10000));

    const int orderRow = orders.rowOf(order.value(QLatin1String("id")).toInteger());
    QVERIFY(orderRow >= 0);
    std::unique_ptr<QMimeData> mime(orders.mimeData({orders.index(orderRow, OrdersModel::ClientName)}));
    QVERIFY(mime);
    QCOMPARE(OrdersModel::orderIdsFrom(mime.get()), QList<qint64>{orders.orderAt(orderRow).id});

    QSignalSpy asked(&masters, &MastersModel::assignRequested);
    QSignalSpy refused(&masters, &MastersModel::dropRefused);
    const auto busyIndex = masters.index(masters.rowOf(busy.id), MastersModel::Name);
    QVERIFY(masters.canDropMimeData(mime.get(), Qt::CopyAction, -1, -1, busyIndex));
    QVERIFY(!masters.dropMimeData(mime.get(), Qt::CopyAction, -1, -1, busyIndex));
    QCOMPARE(refused.count(), 1);
    QCOMPARE(refused.first().at(0).toString(), busy.fullName);
    QCOMPARE(asked.count(), 0);

    const auto freeIndex = masters.index(masters.rowOf(free.id), MastersModel::Status);
    QVERIFY(masters.dropMimeData(mime.get(), Qt::CopyAction, -1, -1, freeIndex));
    QCOMPARE(asked.count(), 1);
    QCOMPARE(asked.first().at(0).toLongLong(), orders.orderAt(orderRow).id);
    QCOMPARE(asked.first().at(1).toLongLong(), free.id);
}

void TestClientModels::proxyFiltersByStatusDistrictAndText()
{
    auto context = m_kit.loggedInContext(m_coordinator);
    QVERIFY2(context, qPrintable(m_kit.errorString()));
    const auto north = m_kit.newLocation();
    const auto south = m_kit.newLocation();
    const auto a = m_kit.newOrder(north, QStringLiteral("+79120000011"));
    const auto b = m_kit.newOrder(south, QStringLiteral("+79120000022"));
    QCOMPARE(m_kit
                 .post(QStringLiteral("/orders/%1/assign").arg(b.value(QLatin1String("id")).toInteger()),
                       {{QStringLiteral("master_id"), m_kit.fx().newUser(QStringLiteral("master")).id}})
                 .status,
             200);
    OrdersModel model(context->api());
    QSignalSpy loaded(&model, &OrdersModel::loaded);
    model.reload();
    QVERIFY(loaded.wait(10000));
    OrderFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.setLocationId(north);
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setLocationId(0);
    proxy.setText(QStringLiteral("0000022"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(OrdersModel::OrderIdRole).toLongLong(), b.value(QLatin1String("id")).toInteger());
    proxy.setStatuses({OrderStatus::New});
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setStatuses({});
    proxy.setText(a.value(QLatin1String("client_name")).toString().toUpper());
    QCOMPARE(proxy.rowCount(), 1);
    // Sorting through the proxy uses the raw values (numbers), not the display text.
    proxy.setText({});
    proxy.sort(OrdersModel::Number, Qt::AscendingOrder);
    for (int row = 1; row < proxy.rowCount(); ++row)
        QVERIFY(proxy.index(row - 1, OrdersModel::Number).data(OrdersModel::SortRole).toLongLong() <
                proxy.index(row, OrdersModel::Number).data(OrdersModel::SortRole).toLongLong());
}

void TestClientModels::reconnectAndResyncAfterServerRestart()
{
    auto context = m_kit.loggedInContext(m_coordinator);
    QVERIFY2(context, qPrintable(m_kit.errorString()));
    OrdersModel model(context->api());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *events = context->events();
    connect(events, &EventStream::orderCreated, &model, &OrdersModel::applyCreated);
    connect(events, &EventStream::orderUpdated, &model, &OrdersModel::applyUpdated);
    connect(events, &EventStream::resyncNeeded, &model, &OrdersModel::refresh);
    QSignalSpy loaded(&model, &OrdersModel::loaded);
    model.setQuery(QUrlQuery{{QStringLiteral("status"), QStringLiteral("new,assigned,in_progress")},
                             {QStringLiteral("limit"), QStringLiteral("500")}});
    model.reload();
    QVERIFY(loaded.wait(10000));
    const auto kept = m_kit.newOrder(m_location);
    const qint64 keptId = kept.value(QLatin1String("id")).toInteger();
    QTRY_VERIFY_WITH_TIMEOUT(model.rowOf(keptId) >= 0, 2000);

    QSignalSpy states(events, &EventStream::stateChanged);
    QSignalSpy resync(events, &EventStream::resyncNeeded);
    // SIGTERM; whether it exits cleanly is the server's own tests' business (see the report).
    m_kit.fx().server().stop();
    QVERIFY(!m_kit.fx().server().isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(events->state(), EventStream::State::Reconnecting, 5000);

    // While the client is away: the server comes back, and changes happen before it reconnects.
    QVERIFY2(m_kit.fx().server().start(), qPrintable(m_kit.fx().server().errorString()));
    m_kit.fx().api().resetConnections();
    const QString adminToken = m_kit.fx().loginAdmin();
    QVERIFY(!adminToken.isEmpty());
    const auto missed = m_kit.newOrder(m_location);
    const qint64 missedId = missed.value(QLatin1String("id")).toInteger();
    QCOMPARE(
        m_kit
            .post(QStringLiteral("/orders/%1/refuse").arg(keptId), {{QStringLiteral("reason"), QStringLiteral("gone")}})
            .status,
        200);

    ModelSignals spies(&model);
    QTRY_COMPARE_WITH_TIMEOUT(events->state(), EventStream::State::Connected, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(resync.count(), 1, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(model.rowOf(missedId) >= 0, 10000);
    // Refused meanwhile: gone from the listing (resync) or updated in place (event after reconnecting).
    QTRY_VERIFY_WITH_TIMEOUT(
        model.rowOf(keptId) < 0 || model.orderAt(model.rowOf(keptId)).status == OrderStatus::Refused, 10000);
    QCOMPARE(spies.reset.count(), 0);
    QVERIFY(spies.inserted.count() >= 1);

    // Live again: a new event arrives as a row insert.
    const auto after = m_kit.newOrder(m_location);
    QTRY_VERIFY_WITH_TIMEOUT(model.rowOf(after.value(QLatin1String("id")).toInteger()) >= 0, 2000);
    bool sawReconnecting = false;
    for (const auto &state : std::as_const(states))
        sawReconnecting |= state.at(0).value<EventStream::State>() == EventStream::State::Reconnecting;
    QVERIFY(sawReconnecting);
}

QTEST_MAIN(TestClientModels)
#include "tst_client_models.moc"

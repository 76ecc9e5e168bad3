#include "gui/CoordinatorDashboard.h"

#include "core/ApiClient.h"
#include "core/ClientContext.h"
#include "core/EventStream.h"
#include "core/MastersModel.h"
#include "core/OrderFilterProxy.h"
#include "core/OrdersModel.h"
#include "core/Retranslation.h"
#include "core/Session.h"
#include "domain/OrderPageSizes.h"
#include "domain/OrderTransitions.h"
#include "gui/OrderHistoryDialog.h"
#include "gui/OrdersTable.h"
#include "gui/Prompts.h"
#include "gui/StatusDelegate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace okna {

namespace {

const QList<OrderStatus> openStatuses{OrderStatus::New, OrderStatus::Assigned, OrderStatus::InProgress};

QLabel *title(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

CoordinatorDashboard::CoordinatorDashboard(ClientContext *context, QWidget *parent)
    : Dashboard(context, parent)
    , m_orders(new OrdersModel(context->api(), this))
    , m_proxy(new OrderFilterProxy(this))
    , m_masters(new MastersModel(context->api(), this))
    , m_ordersView(new OrdersTable(this))
    , m_mastersView(new QTableView(this))
    , m_district(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_text(new QLineEdit(this))
    , m_ordersTitle(title(this))
    , m_districtCaption(new QLabel(this))
    , m_statusCaption(new QLabel(this))
    , m_mastersTitle(title(this))
{
    m_proxy->setSourceModel(m_orders);
    m_proxy->setStatuses(openStatuses);
    m_ordersView->setModel(m_proxy);
    m_ordersView->setDragEnabled(true);
    m_ordersView->setDragDropMode(QAbstractItemView::DragOnly);
    m_ordersView->setDefaultDropAction(Qt::CopyAction);
    m_ordersView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_ordersView->hideColumn(OrdersModel::Comment);
    m_ordersView->hideColumn(OrdersModel::Phone);
    m_ordersView->horizontalHeader()->resizeSection(OrdersModel::Status, 110);
    m_ordersView->horizontalHeader()->resizeSection(OrdersModel::CreatedAt, 90);
    m_ordersView->horizontalHeader()->resizeSection(OrdersModel::ClientName, 150);
    m_ordersView->horizontalHeader()->resizeSection(OrdersModel::District, 105);
    m_ordersView->horizontalHeader()->resizeSection(OrdersModel::Master, 140);

    auto *mastersSorted = new QSortFilterProxyModel(this);
    mastersSorted->setSourceModel(m_masters);
    mastersSorted->setSortRole(MastersModel::SortRole);
    mastersSorted->setDynamicSortFilter(true);
    m_mastersView->setModel(mastersSorted);
    m_mastersView->setItemDelegateForColumn(MastersModel::Status, new StatusDelegate(m_mastersView));
    m_mastersView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_mastersView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mastersView->setAcceptDrops(true);
    m_mastersView->viewport()->setAcceptDrops(true);
    m_mastersView->setDragDropMode(QAbstractItemView::DropOnly);
    m_mastersView->setDragDropOverwriteMode(true);
    m_mastersView->setDropIndicatorShown(true);
    m_mastersView->setDefaultDropAction(Qt::CopyAction);
    m_mastersView->verticalHeader()->hide();
    m_mastersView->setSortingEnabled(true);
    m_mastersView->sortByColumn(MastersModel::Name, Qt::AscendingOrder);
    // The name takes what is left: the pane never needs a horizontal scroll bar.
    m_mastersView->horizontalHeader()->setStretchLastSection(false);
    m_mastersView->horizontalHeader()->setSectionResizeMode(MastersModel::Name, QHeaderView::Stretch);
    m_mastersView->horizontalHeader()->resizeSection(MastersModel::Status, 95);
    m_mastersView->horizontalHeader()->resizeSection(MastersModel::CurrentOrder, 105);
    m_mastersView->horizontalHeader()->resizeSection(MastersModel::ShiftStarted, 95);
    m_mastersView->setWordWrap(false);
    m_mastersView->hideColumn(MastersModel::Phone);

    // Texts come from retranslateUi(); the items' data is what the filters use.
    m_district->addItem(QString(), 0);
    m_status->addItem(QString(), QString());
    for (auto status : openStatuses)
        m_status->addItem(QString(), wireName(status));
    m_text->setClearButtonEnabled(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_districtCaption);
    filters->addWidget(m_district);
    filters->addWidget(m_statusCaption);
    filters->addWidget(m_status);
    filters->addWidget(m_text, 1);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_ordersTitle);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_ordersView);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_mastersTitle);
    rightLayout->addWidget(m_mastersView);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({830, 450});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_district, &QComboBox::currentIndexChanged, this, &CoordinatorDashboard::applyFilters);
    connect(m_status, &QComboBox::currentIndexChanged, this, &CoordinatorDashboard::applyFilters);
    connect(m_text, &QLineEdit::textChanged, this, &CoordinatorDashboard::applyFilters);
    connect(this, &Dashboard::locationsLoaded, this, [this] {
        const auto current = m_district->currentData();
        while (m_district->count() > 1)
            m_district->removeItem(1);
        for (const auto &location : locations())
            m_district->addItem(location.name, location.id);
        m_district->setCurrentIndex(std::max(0, m_district->findData(current)));
        m_orders->setLocationNames(locationNames());
    });
    connect(m_ordersView, &QWidget::customContextMenuRequested, this, &CoordinatorDashboard::showOrderMenu);
    connect(m_masters, &MastersModel::assignRequested, this, &CoordinatorDashboard::assign);
    connect(m_masters, &MastersModel::dropRefused, this,
            [this](const QString &name) { showError(tr("Master is busy"), busyMessage(name)); });
    connect(m_masters, &MastersModel::loaded, this, &CoordinatorDashboard::updateCrossReferences);
    connect(m_orders, &OrdersModel::loaded, this, &CoordinatorDashboard::updateCrossReferences);
    auto *events = context->events();
    connect(events, &EventStream::orderCreated, m_orders, &OrdersModel::applyCreated);
    connect(events, &EventStream::orderUpdated, m_orders, &OrdersModel::applyUpdated);
    connect(events, &EventStream::masterUpdated, this, [this](const MasterRow &master) {
        const bool known = m_masters->rowOf(master.id) >= 0;
        m_masters->applyUpdated(master);
        if (!known)
            updateCrossReferences();
    });
    connect(events, &EventStream::orderCreated, this, [this](const Order &order) {
        Q_UNUSED(order)
        updateCrossReferences();
    });
    retranslateUi();
    refresh();
}

void CoordinatorDashboard::retranslateUi()
{
    m_ordersTitle->setText(tr("Orders — drag one onto a master to assign"));
    m_mastersTitle->setText(tr("Masters"));
    m_districtCaption->setText(tr("District:"));
    m_statusCaption->setText(tr("Status:"));
    m_district->setItemText(0, tr("All districts"));
    m_status->setItemText(0, tr("New and active"));
    for (int i = 1; i < m_status->count(); ++i) {
        if (const auto status = parseOrderStatus(m_status->itemData(i).toString()))
            m_status->setItemText(i, label(*status));
    }
    m_text->setPlaceholderText(tr("Search: number, client, phone, address"));
    announceRetranslation(m_orders);
    announceRetranslation(m_masters);
}

void CoordinatorDashboard::refresh()
{
    Dashboard::refresh();
    QStringList statuses;
    for (auto status : openStatuses)
        statuses.append(wireName(status));
    m_orders->setQuery(QUrlQuery{{QStringLiteral("status"), statuses.join(QLatin1Char(','))},
                                 {QStringLiteral("limit"), QString::number(OrderPageSizes::kCoordinatorOpenOrders)}});
    m_orders->refresh();
    m_masters->reload();
}

void CoordinatorDashboard::applyFilters()
{
    const auto status = parseOrderStatus(m_status->currentData().toString());
    m_proxy->setStatuses(status ? QList<OrderStatus>{*status} : openStatuses);
    m_proxy->setLocationId(m_district->currentData().toLongLong());
    m_proxy->setText(m_text->text());
}

void CoordinatorDashboard::updateCrossReferences()
{
    m_orders->setMasterNames(m_masters->names());
    QHash<qint64, qint64> numbers;
    for (int row = 0; row < m_orders->rowCount(); ++row)
        numbers.insert(m_orders->orderAt(row).id, m_orders->orderAt(row).number);
    m_masters->setOrderNumbers(numbers);
}

QString CoordinatorDashboard::busyMessage(const QString &masterName) const
{
    return tr("%1 is busy with another order. A master holds one order at a time: wait until it is done, or "
              "unassign it first.")
        .arg(masterName);
}

void CoordinatorDashboard::assign(qint64 orderId, qint64 masterId)
{
    context()->api()->post(QStringLiteral("/orders/%1/assign").arg(orderId),
                           QJsonObject{{QStringLiteral("master_id"), masterId}}, this,
                           [this, masterId](const Result<QJsonValue> &result) {
                               if (!result) {
                                   reportActionError(result.error(), masterId);
                                   return;
                               }
                               if (auto order = Order::fromJson(result->toObject()))
                                   m_orders->applyUpdated(*order);
                           });
}

void CoordinatorDashboard::perform(qint64 orderId, OrderAction action)
{
    const auto order = m_orders->orderById(orderId);
    if (!order)
        return;
    QJsonObject body;
    if (action == OrderAction::Refuse) {
        const auto reason = Prompts::instance().refuseReason(this, order->number);
        if (!reason)
            return;
        body.insert(QStringLiteral("reason"), *reason);
    }
    context()->api()->post(QStringLiteral("/orders/%1/%2").arg(orderId).arg(endpointOf(action)), body, this,
                           [this](const Result<QJsonValue> &result) {
                               if (!result) {
                                   reportActionError(result.error(), 0);
                                   return;
                               }
                               if (auto changed = Order::fromJson(result->toObject()))
                                   m_orders->applyUpdated(*changed);
                           });
}

void CoordinatorDashboard::reportActionError(const ApiError &error, qint64 masterId)
{
    if (error.code() == ErrorCode::MasterBusy) {
        const int row = m_masters->rowOf(masterId);
        showError(tr("Master is busy"), busyMessage(row >= 0 ? m_masters->masterAt(row).fullName : error.message()));
        m_masters->reload();
        return;
    }
    if (error.code() == ErrorCode::InvalidTransition || error.code() == ErrorCode::VersionConflict)
        m_orders->reload();
    showError(tr("The order was not changed"), error.message());
}

void CoordinatorDashboard::showHistory(qint64 orderId)
{
    const auto order = m_orders->orderById(orderId);
    auto *dialog = new OrderHistoryDialog(context()->api(), orderId, order ? order->number : 0,
                                          OrderHistoryDialog::Names{m_masters->names(), locationNames()}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void CoordinatorDashboard::showOrderMenu(const QPoint &position)
{
    const auto proxyIndex = m_ordersView->indexAt(position);
    if (!proxyIndex.isValid())
        return;
    const auto order = m_orders->orderAt(m_proxy->mapToSource(proxyIndex).row());
    const Role role = context()->session()->role();
    QMenu menu(this);
    for (auto action : OrderTransitions::actionsAvailable(role, order.status, false)) {
        if (action == OrderAction::Assign || action == OrderAction::Reassign) {
            auto *masters = menu.addMenu(label(action));
            for (int row = 0; row < m_masters->rowCount(); ++row) {
                const auto &master = m_masters->masterAt(row);
                if (order.masterId == master.id)
                    continue;
                auto *item = masters->addAction(QStringLiteral("%1 — %2").arg(master.fullName, label(master.status)));
                item->setEnabled(master.status != MasterStatus::Busy);
                const qint64 masterId = master.id;
                connect(item, &QAction::triggered, this, [this, id = order.id, masterId] { assign(id, masterId); });
            }
            masters->setEnabled(!masters->isEmpty());
            continue;
        }
        connect(menu.addAction(label(action)), &QAction::triggered, this,
                [this, id = order.id, action] { perform(id, action); });
    }
    menu.addSeparator();
    connect(menu.addAction(tr("History…")), &QAction::triggered, this, [this, id = order.id] { showHistory(id); });
    menu.exec(m_ordersView->viewport()->mapToGlobal(position));
}

} // namespace okna

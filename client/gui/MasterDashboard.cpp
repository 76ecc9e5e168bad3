#include "gui/MasterDashboard.h"

#include "core/ApiClient.h"
#include "core/BusinessTime.h"
#include "core/ClientContext.h"
#include "core/EventStream.h"
#include "core/Session.h"
#include "core/StatusPalette.h"
#include "domain/OrderPageSizes.h"
#include "domain/OrderTransitions.h"
#include "gui/Prompts.h"
#include "phone/PhoneNumber.h"
#include "json/JsonList.h"
#include "json/Page.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace okna {

namespace {

QLabel *bigLabel(int pointSizeDelta, bool bold, QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setPointSize(font.pointSize() + pointSizeDelta);
    font.setBold(bold);
    label->setFont(font);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QPushButton *bigButton(const QColor &color, QWidget *parent)
{
    auto *button = new QPushButton(parent);
    button->setMinimumHeight(72);
    QFont font = button->font();
    font.setPointSize(font.pointSize() + 6);
    font.setBold(true);
    button->setFont(font);
    button->setStyleSheet(QStringLiteral("QPushButton:enabled { background: %1; color: %2; border-radius: 6px; }"
                                         "QPushButton:disabled { background: #E0E0E0; color: #9E9E9E; "
                                         "border-radius: 6px; }")
                              .arg(color.name(), StatusPalette::textOn(color).name()));
    return button;
}

} // namespace

MasterDashboard::MasterDashboard(ClientContext *context, QWidget *parent)
    : Dashboard(context, parent)
    , m_title(bigLabel(10, true, this))
    , m_status(bigLabel(4, true, this))
    , m_client(bigLabel(6, false, this))
    , m_address(bigLabel(6, false, this))
    , m_comment(bigLabel(2, false, this))
    , m_start(bigButton(StatusPalette::background(OrderStatus::InProgress), this))
    , m_done(bigButton(StatusPalette::background(OrderStatus::Done), this))
    , m_refuse(bigButton(StatusPalette::background(OrderStatus::Refused), this))
    , m_shiftLabel(bigLabel(2, false, this))
    , m_checkIn(new QPushButton(this))
    , m_checkOut(new QPushButton(this))
    , m_shiftBox(new QGroupBox(this))
    , m_orderBox(new QGroupBox(this))
{
    m_status->setAutoFillBackground(true);
    m_status->setMargin(6);
    m_status->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);

    auto *shiftLayout = new QHBoxLayout(m_shiftBox);
    shiftLayout->addWidget(m_shiftLabel, 1);
    for (auto *button : {m_checkIn, m_checkOut}) {
        button->setMinimumHeight(40);
        shiftLayout->addWidget(button);
    }

    auto *orderLayout = new QVBoxLayout(m_orderBox);
    orderLayout->addWidget(m_title);
    orderLayout->addWidget(m_status);
    orderLayout->addWidget(m_client);
    orderLayout->addWidget(m_address);
    orderLayout->addWidget(m_comment);
    orderLayout->addStretch(1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_done);
    buttons->addWidget(m_refuse);
    orderLayout->addLayout(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_shiftBox);
    layout->addWidget(m_orderBox, 1);

    connect(m_start, &QPushButton::clicked, this, [this] { perform(OrderAction::Start); });
    connect(m_done, &QPushButton::clicked, this, [this] { perform(OrderAction::Complete); });
    connect(m_refuse, &QPushButton::clicked, this, [this] { perform(OrderAction::Refuse); });
    connect(m_checkIn, &QPushButton::clicked, this, &MasterDashboard::checkIn);
    connect(m_checkOut, &QPushButton::clicked, this, &MasterDashboard::checkOut);
    connect(context->events(), &EventStream::orderCreated, this, &MasterDashboard::onOrderEvent);
    connect(context->events(), &EventStream::orderUpdated, this, &MasterDashboard::onOrderEvent);
    connect(this, &Dashboard::locationsLoaded, this, &MasterDashboard::showOrder);
    retranslateUi();
    refresh();
}

void MasterDashboard::retranslateUi()
{
    m_shiftBox->setTitle(tr("Shift"));
    m_orderBox->setTitle(tr("Current order"));
    m_start->setText(label(OrderAction::Start));
    m_done->setText(label(OrderAction::Complete));
    m_refuse->setText(label(OrderAction::Refuse));
    m_checkIn->setText(tr("Check in"));
    m_checkOut->setText(tr("Check out"));
    showOrder();
    showShift();
}

void MasterDashboard::refresh()
{
    Dashboard::refresh();
    loadCurrentOrder();
    loadShift();
}

void MasterDashboard::loadCurrentOrder()
{
    const QUrlQuery query{{QStringLiteral("status"), QStringLiteral("assigned,in_progress")},
                          {QStringLiteral("limit"), QString::number(OrderPageSizes::kMasterCurrentOrder)}};
    context()->api()->get(QStringLiteral("/orders"), query, this, [this](const Result<QJsonValue> &result) {
        auto page = result ? Page<Order>::fromJson(result->toObject()) : Result<Page<Order>>(result.error());
        if (page) {
            m_order.reset();
            if (!page->items.isEmpty())
                m_order = page->items.first();
        }
        showOrder();
        emit currentOrderLoaded();
    });
}

void MasterDashboard::loadShift()
{
    context()->api()->get(QStringLiteral("/shifts"),
                          QUrlQuery{{QStringLiteral("master_id"), QString::number(context()->session()->user().id)}},
                          this, [this](const Result<QJsonValue> &result) {
                              auto shifts = result ? listFromJson<Shift>(result->toArray(), QStringLiteral("shifts"))
                                                   : Result<QList<Shift>>(result.error());
                              if (shifts) {
                                  m_shiftKnown = true;
                                  m_shift.reset();
                                  for (const auto &shift : std::as_const(*shifts)) {
                                      if (!shift.endedAt)
                                          m_shift = shift;
                                  }
                              }
                              showShift();
                              emit shiftLoaded();
                          });
}

void MasterDashboard::onOrderEvent(const Order &order)
{
    if (order.masterId != context()->session()->user().id && !(m_order && m_order->id == order.id))
        return;
    if (isActive(order.status)) {
        m_order = order;
        showOrder();
    } else if (m_order && m_order->id == order.id) {
        loadCurrentOrder();
    }
}

void MasterDashboard::showOrder()
{
    const bool has = m_order.has_value();
    for (auto *label : {m_status, m_client, m_address, m_comment})
        label->setVisible(has);
    QList<OrderAction> actions;
    if (has) {
        const Order &order = *m_order;
        m_title->setText(tr("Order No. %1").arg(order.number));
        m_status->setText(label(order.status));
        QPalette palette = m_status->palette();
        palette.setColor(QPalette::Window, StatusPalette::background(order.status));
        palette.setColor(QPalette::WindowText, StatusPalette::textOn(StatusPalette::background(order.status)));
        m_status->setPalette(palette);
        m_client->setText(tr("%1, %2").arg(order.clientName, formatPhoneForDisplay(order.phone)));
        const QString district = locationNames().value(order.locationId);
        m_address->setText(district.isEmpty() ? order.address : tr("%1 (%2)").arg(order.address, district));
        m_comment->setText(order.comment);
        m_comment->setVisible(!order.comment.isEmpty());
        actions = OrderTransitions::actionsAvailable(Role::Master, order.status, true);
    } else if (m_shiftKnown && !m_shift) {
        // Coordinators assign only to masters on shift: say what gets orders coming.
        m_title->setText(tr("You are not on shift. Start the shift to receive orders."));
    } else {
        m_title->setText(tr("No current order. The coordinator will assign one."));
    }
    m_start->setEnabled(actions.contains(OrderAction::Start));
    m_done->setEnabled(actions.contains(OrderAction::Complete));
    m_refuse->setEnabled(actions.contains(OrderAction::Refuse));
}

void MasterDashboard::showShift()
{
    if (m_shift) {
        m_shiftLabel->setText(
            tr("On shift since %1").arg(BusinessTime::format(m_shift->startedAt, QStringLiteral("dd.MM HH:mm"))));
        m_shiftLabel->setToolTip(BusinessTime::toolTip());
    } else {
        m_shiftLabel->setText(tr("Not on shift"));
    }
    m_checkIn->setEnabled(!m_shift);
    m_checkOut->setEnabled(m_shift.has_value());
    if (!m_order)
        showOrder(); // the empty state depends on the shift
}

void MasterDashboard::perform(OrderAction action)
{
    if (!m_order)
        return;
    QJsonObject body;
    if (action == OrderAction::Refuse) {
        const auto reason = Prompts::instance().refuseReason(this, m_order->number);
        if (!reason)
            return;
        body.insert(QStringLiteral("reason"), *reason);
    }
    context()->api()->post(QStringLiteral("/orders/%1/%2").arg(m_order->id).arg(endpointOf(action)), body, this,
                           [this](const Result<QJsonValue> &result) {
                               if (!result) {
                                   showError(tr("The order was not changed"), result.error().message());
                                   loadCurrentOrder();
                                   return;
                               }
                               auto order = Order::fromJson(result->toObject());
                               if (order && isActive(order->status)) {
                                   m_order = *order;
                                   showOrder();
                               } else {
                                   loadCurrentOrder();
                               }
                           });
}

void MasterDashboard::checkIn()
{
    context()->api()->post(QStringLiteral("/me/shift/check-in"), {}, this, [this](const Result<QJsonValue> &result) {
        if (!result)
            showError(tr("Check-in failed"), result.error().message());
        loadShift();
    });
}

void MasterDashboard::checkOut()
{
    context()->api()->post(QStringLiteral("/me/shift/check-out"), {}, this, [this](const Result<QJsonValue> &result) {
        if (!result)
            showError(tr("Check-out failed"), result.error().message());
        loadShift();
    });
}

} // namespace okna

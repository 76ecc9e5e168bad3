#include "gui/OperatorDashboard.h"

#include "core/ApiClient.h"
#include "core/BusinessTime.h"
#include "core/ClientContext.h"
#include "core/EventStream.h"
#include "core/OrderFilterProxy.h"
#include "core/OrdersModel.h"
#include "core/Retranslation.h"
#include "domain/OrderPageSizes.h"
#include "gui/OrderForm.h"
#include "gui/OrdersTable.h"
#include "json/JsonList.h"
#include "json/MasterRow.h"
#include "json/Timestamp.h"

#include <QJsonArray>

#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QVBoxLayout>

namespace okna {

OperatorDashboard::OperatorDashboard(ClientContext *context, QWidget *parent)
    : Dashboard(context, parent)
    , m_form(new OrderForm(context->api(), this))
    , m_todayTitle(new QLabel(this))
    , m_today(new OrdersModel(context->api(), this))
    , m_proxy(new OrderFilterProxy(this))
    , m_view(new OrdersTable(this))
{
    m_proxy->setSourceModel(m_today);
    m_view->setModel(m_proxy);
    m_view->setFocusPolicy(Qt::ClickFocus);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form, 0);
    QFont font = m_todayTitle->font();
    font.setBold(true);
    m_todayTitle->setFont(font);
    layout->addWidget(m_todayTitle);
    layout->addWidget(m_view, 1);

    connect(this, &Dashboard::locationsLoaded, this, [this] {
        m_form->setLocations(locations());
        m_form->setLocationNames(locationNames());
        m_today->setLocationNames(locationNames());
    });
    connect(m_form, &OrderForm::orderCreated, m_today, &OrdersModel::applyCreated);
    // Ctrl+N wherever the focus is in the window (the today table too, whose type-ahead would
    // otherwise swallow the name typed next): a new order, the cursor in the name.
    auto *newOrder = new QShortcut(QKeySequence::New, this);
    newOrder->setContext(Qt::WindowShortcut);
    connect(newOrder, &QShortcut::activated, m_form, &OrderForm::startNew);
    connect(context->events(), &EventStream::orderCreated, m_today, &OrdersModel::applyCreated);
    connect(context->events(), &EventStream::orderUpdated, m_today, &OrdersModel::applyUpdated);
    retranslateUi();
    refresh();
    m_form->nameEdit()->setFocus();
}

void OperatorDashboard::retranslateUi()
{
    m_todayTitle->setText(tr("Today's orders"));
    announceRetranslation(m_today);
}

void OperatorDashboard::refresh()
{
    Dashboard::refresh();
    // Master names for the "Master" column (operators may list masters).
    context()->api()->get(QStringLiteral("/masters"), {}, this, [this](const Result<QJsonValue> &result) {
        const auto masters = result ? listFromJson<MasterRow>(result->toArray(), QStringLiteral("masters"))
                                    : Result<QList<MasterRow>>(result.error());
        if (!masters)
            return;
        QHash<qint64, QString> names;
        for (const auto &master : *masters)
            names.insert(master.id, master.fullName);
        m_today->setMasterNames(names);
    });
    // "Today" as the reports count it: from midnight in the business time zone.
    const QDateTime startOfDay = BusinessTime::startOfDay(BusinessTime::today());
    m_proxy->setCreatedFrom(startOfDay);
    const QUrlQuery query{{QStringLiteral("from"), Timestamp::toString(startOfDay)},
                          {QStringLiteral("limit"), QString::number(OrderPageSizes::kOperatorToday)}};
    if (query == m_today->query()) {
        m_today->refresh();
        return;
    }
    m_today->setQuery(query);
    m_today->reload();
}

} // namespace okna

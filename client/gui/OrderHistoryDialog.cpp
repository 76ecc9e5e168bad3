#include "gui/OrderHistoryDialog.h"

#include "core/ApiClient.h"
#include "core/BusinessTime.h"
#include "domain/OrderHistory.h"
#include "domain/OrderStatus.h"
#include "phone/PhoneNumber.h"
#include "json/JsonList.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace okna {

namespace {

QString nameOrNumber(const QHash<qint64, QString> &names, qint64 id)
{
    return names.value(id, QStringLiteral("#%1").arg(id));
}

} // namespace

OrderHistoryDialog::OrderHistoryDialog(ApiClient *api, qint64 orderId, qint64 number, Names names, QWidget *parent)
    : QDialog(parent)
    , m_tree(new QTreeWidget(this))
    , m_number(number)
    , m_names(std::move(names))
{
    m_tree->header()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree);
    layout->addWidget(buttons);
    resize(760, 420);
    retranslateUi();

    api->get(QStringLiteral("/orders/%1/history").arg(orderId), {}, this, [this](const Result<QJsonValue> &result) {
        if (!result) {
            m_error = result.error().message();
        } else if (auto entries = listFromJson<OrderHistoryEntry>(result->toArray(), QStringLiteral("history"))) {
            m_entries = *entries;
        } else {
            m_error = entries.error().message();
        }
        render();
        emit loaded();
    });
}

void OrderHistoryDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        render();
    }
    QDialog::changeEvent(event);
}

void OrderHistoryDialog::retranslateUi()
{
    setWindowTitle(tr("History of order No. %1").arg(m_number));
    m_tree->setHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Before"), tr("After")});
    m_tree->headerItem()->setToolTip(0, BusinessTime::toolTip());
}

void OrderHistoryDialog::render()
{
    m_tree->clear();
    if (!m_error.isEmpty()) {
        new QTreeWidgetItem(m_tree, {m_error});
        return;
    }
    for (const OrderHistoryEntry &entry : std::as_const(m_entries)) {
        const QString who = entry.userName ? *entry.userName
                            : entry.userId ? nameOrNumber(m_names.users, *entry.userId)
                                           : tr("system");
        const auto action = parseOrderHistoryAction(entry.action);
        auto *item =
            new QTreeWidgetItem(m_tree, {BusinessTime::format(entry.at), who, action ? label(*action) : entry.action});
        item->setToolTip(0, BusinessTime::toolTip());
        QStringList fields = entry.changes.keys();
        std::stable_sort(fields.begin(), fields.end(),
                         [](const QString &a, const QString &b) { return orderFieldRank(a) < orderFieldRank(b); });
        for (const QString &field : std::as_const(fields)) {
            const auto &change = entry.changes.value(field);
            new QTreeWidgetItem(item, {QString(), QString(), orderFieldLabel(field), valueText(field, change.oldValue),
                                       valueText(field, change.newValue)});
        }
    }
    m_tree->expandAll();
    for (int column = 0; column < 3; ++column) // when, who, what; the values share the rest
        m_tree->resizeColumnToContents(column);
}

QString OrderHistoryDialog::valueText(const QString &field, const QJsonValue &value) const
{
    if (value.isNull() || value.isUndefined())
        return QStringLiteral("—");
    if (field == QLatin1String("status")) {
        if (const auto status = parseOrderStatus(value.toString()))
            return label(*status);
    } else if (field == QLatin1String("master_id") && value.isDouble()) {
        return nameOrNumber(m_names.users, value.toInteger());
    } else if (field == QLatin1String("location_id") && value.isDouble()) {
        return nameOrNumber(m_names.locations, value.toInteger());
    } else if (field == QLatin1String("phone") && value.isString()) {
        return formatPhoneForDisplay(value.toString());
    }
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

} // namespace okna

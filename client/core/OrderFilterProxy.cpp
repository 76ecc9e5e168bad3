#include "core/OrderFilterProxy.h"

#include "core/OrdersModel.h"
#include "phone/PhoneNumber.h"

#include <QRegularExpression>

namespace okna {

OrderFilterProxy::OrderFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(OrdersModel::SortRole);
    setDynamicSortFilter(true);
}

void OrderFilterProxy::setStatuses(const QList<OrderStatus> &statuses)
{
    QSet<int> set;
    for (auto status : statuses)
        set.insert(int(status));
    m_statuses = set;
    invalidateRowsFilter();
}

void OrderFilterProxy::setLocationId(qint64 locationId)
{
    m_locationId = locationId;
    invalidateRowsFilter();
}

void OrderFilterProxy::setText(const QString &text)
{
    m_text = text.trimmed();
    // Digits typed with spaces or dashes still find a phone: compared digit to digit.
    m_textDigits = m_text;
    m_textDigits.remove(QRegularExpression(QStringLiteral("\\D")));
    invalidateRowsFilter();
}

void OrderFilterProxy::setCreatedFrom(const QDateTime &from)
{
    m_createdFrom = from;
    invalidateRowsFilter();
}

bool OrderFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *orders = qobject_cast<const OrdersModel *>(sourceModel());
    if (!orders || sourceParent.isValid())
        return true;
    const Order &order = orders->orderAt(sourceRow);
    if (!m_statuses.isEmpty() && !m_statuses.contains(int(order.status)))
        return false;
    if (m_locationId != 0 && order.locationId != m_locationId)
        return false;
    if (m_createdFrom.isValid() && order.createdAt < m_createdFrom)
        return false;
    if (m_text.isEmpty())
        return true;
    return QString::number(order.number).contains(m_text) || order.clientName.contains(m_text, Qt::CaseInsensitive) ||
           order.address.contains(m_text, Qt::CaseInsensitive) ||
           (m_textDigits.size() >= 3 && phoneDigits(order.phone).contains(m_textDigits));
}

} // namespace okna

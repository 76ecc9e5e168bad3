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
    invalidateOrdersFilter();
}

void OrderFilterProxy::setLocationId(qint64 locationId)
{
    m_locationId = locationId;
    invalidateOrdersFilter();
}

void OrderFilterProxy::setText(const QString &text)
{
    m_text = text.trimmed();
    // Digits typed with spaces or dashes still find a phone: compared digit to digit.
    m_textDigits = m_text;
    m_textDigits.remove(QRegularExpression(QStringLiteral("\\D")));
    invalidateOrdersFilter();
}

void OrderFilterProxy::setCreatedFrom(const QDateTime &from)
{
    m_createdFrom = from;
    invalidateOrdersFilter();
}

void OrderFilterProxy::invalidateOrdersFilter()
{
    // A full rebuild (O(n log n)) rather than QSortFilterProxyModel's row-by-row update, which
    // inserts each newly accepted row into the sorted mapping and gets quadratic when a filter is
    // cleared over 100,000 orders (docs/performance.md, "Client").
    invalidate();
}

bool OrderFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto *orders = qobject_cast<const OrdersModel *>(sourceModel());
    if (!orders || sortRole() != OrdersModel::SortRole)
        return QSortFilterProxyModel::lessThan(left, right);
    // The raw values straight from the orders, without a QVariant per comparison.
    const Order &a = orders->orderAt(left.row());
    const Order &b = orders->orderAt(right.row());
    switch (left.column()) {
    case OrdersModel::Number:
        return a.number < b.number;
    case OrdersModel::Status:
        return int(a.status) < int(b.status);
    case OrdersModel::CreatedAt:
        return a.createdAt < b.createdAt;
    case OrdersModel::Phone:
        return a.phone < b.phone;
    case OrdersModel::District:
        return a.locationId < b.locationId;
    case OrdersModel::Master:
        return a.masterId.value_or(0) < b.masterId.value_or(0);
    default:
        return QSortFilterProxyModel::lessThan(left, right);
    }
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

// The filters of the dashboards over OrdersModel: statuses, district, text, created since. Rows that
// stop matching after an update (an order done, another day) leave the view here.
#pragma once

#include "domain/OrderStatus.h"

#include <QDateTime>
#include <QSet>
#include <QSortFilterProxyModel>

namespace okna {

class OrderFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit OrderFilterProxy(QObject *parent = nullptr);

    // Empty: every status.
    void setStatuses(const QList<OrderStatus> &statuses);
    // 0: every district.
    void setLocationId(qint64 locationId);
    // Substring of number, client name, phone digits or address (as the server's q).
    void setText(const QString &text);
    // Invalid: no lower bound.
    void setCreatedFrom(const QDateTime &from);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void invalidateOrdersFilter();

    QSet<int> m_statuses;
    qint64 m_locationId = 0;
    QString m_text;
    QString m_textDigits;
    QDateTime m_createdFrom;
};

} // namespace okna

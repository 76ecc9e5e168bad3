#include "gui/OrdersTable.h"

#include "core/OrdersModel.h"
#include "gui/StatusDelegate.h"

#include <QHeaderView>

namespace okna {

OrdersTable::OrdersTable(QWidget *parent)
    : QTableView(parent)
{
    setItemDelegateForColumn(OrdersModel::Status, new StatusDelegate(this));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setSortingEnabled(true);
    setWordWrap(false);
    verticalHeader()->hide();
    // The address takes what is left, so the table fits its pane without a horizontal scroll bar.
    horizontalHeader()->setStretchLastSection(false);
    horizontalHeader()->setHighlightSections(false);
}

void OrdersTable::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    sortByColumn(OrdersModel::CreatedAt, Qt::DescendingOrder);
    horizontalHeader()->resizeSection(OrdersModel::Number, 70);
    horizontalHeader()->resizeSection(OrdersModel::Status, 120);
    horizontalHeader()->resizeSection(OrdersModel::CreatedAt, 95);
    horizontalHeader()->resizeSection(OrdersModel::ClientName, 170);
    horizontalHeader()->resizeSection(OrdersModel::Phone, 135);
    horizontalHeader()->resizeSection(OrdersModel::Address, 240);
    horizontalHeader()->resizeSection(OrdersModel::District, 120);
    horizontalHeader()->resizeSection(OrdersModel::Master, 150);
    horizontalHeader()->resizeSection(OrdersModel::Comment, 180);
    horizontalHeader()->setSectionResizeMode(OrdersModel::Address, QHeaderView::Stretch);
}

qint64 OrdersTable::currentOrderId() const
{
    const auto index = currentIndex();
    return index.isValid() ? index.siblingAtColumn(0).data(OrdersModel::OrderIdRole).toLongLong() : 0;
}

} // namespace okna

// A read-only orders table with the status badge, row selection and sorting by the raw values.
#pragma once

#include <QTableView>

namespace okna {

class OrdersTable : public QTableView
{
    Q_OBJECT

public:
    explicit OrdersTable(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    // The order id of the current row, or 0.
    qint64 currentOrderId() const;
};

} // namespace okna

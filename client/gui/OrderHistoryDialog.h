// GET /orders/{id}/history as a list: when, who, what, each field's old and new value.
#pragma once

#include <QDialog>
#include <QHash>

class QTreeWidget;

namespace okna {

class ApiClient;

class OrderHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    OrderHistoryDialog(ApiClient *api, qint64 orderId, qint64 number, const QHash<qint64, QString> &userNames,
                       QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }

signals:
    void loaded();

private:
    QTreeWidget *m_tree;
};

} // namespace okna

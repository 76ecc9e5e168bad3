// The operator's screen: the new-order form on top, today's orders below, live. Ctrl+N anywhere
// in it starts a new order.
#pragma once

#include "gui/Dashboard.h"

class QLabel;
class QTableView;

namespace okna {

class OrderForm;
class OrderFilterProxy;
class OrdersModel;

class OperatorDashboard : public Dashboard
{
    Q_OBJECT

public:
    explicit OperatorDashboard(ClientContext *context, QWidget *parent = nullptr);

    OrderForm *form() const { return m_form; }
    OrdersModel *todayModel() const { return m_today; }
    QTableView *todayView() const { return m_view; }

public slots:
    void refresh() override;

protected:
    void retranslateUi() override;

private:
    OrderForm *m_form;
    QLabel *m_todayTitle;
    OrdersModel *m_today;
    OrderFilterProxy *m_proxy;
    QTableView *m_view;
};

} // namespace okna

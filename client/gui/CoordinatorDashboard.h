// The dispatch board: new and active orders (filters by district, status, text) on the left, the
// masters with their status on the right. Drag an order onto a master to assign it; the context
// menu reassigns, unassigns, refuses with a reason and shows the history.
#pragma once

#include "core/ApiError.h"
#include "domain/OrderAction.h"
#include "gui/Dashboard.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace okna {

class MastersModel;
class OrderFilterProxy;
class OrdersModel;
class OrdersTable;

class CoordinatorDashboard : public Dashboard
{
    Q_OBJECT

public:
    explicit CoordinatorDashboard(ClientContext *context, QWidget *parent = nullptr);

    OrdersModel *ordersModel() const { return m_orders; }
    OrderFilterProxy *ordersProxy() const { return m_proxy; }
    MastersModel *mastersModel() const { return m_masters; }
    OrdersTable *ordersView() const { return m_ordersView; }
    QTableView *mastersView() const { return m_mastersView; }
    QComboBox *districtFilter() const { return m_district; }
    QComboBox *statusFilter() const { return m_status; }
    QLineEdit *textFilter() const { return m_text; }

public slots:
    void refresh() override;
    void assign(qint64 orderId, qint64 masterId);
    void perform(qint64 orderId, okna::OrderAction action);
    void showHistory(qint64 orderId);

protected:
    void retranslateUi() override;

private:
    void showOrderMenu(const QPoint &position);
    void applyFilters();
    void updateCrossReferences();
    void reportActionError(const ApiError &error, qint64 masterId);
    QString busyMessage(const QString &masterName) const;

    OrdersModel *m_orders;
    OrderFilterProxy *m_proxy;
    MastersModel *m_masters;
    OrdersTable *m_ordersView;
    QTableView *m_mastersView;
    QComboBox *m_district;
    QComboBox *m_status;
    QLineEdit *m_text;
    QLabel *m_ordersTitle;
    QLabel *m_districtCaption;
    QLabel *m_statusCaption;
    QLabel *m_mastersTitle;
};

} // namespace okna

// The master's screen: his current order in large type, big Start / Done / Refuse buttons enabled by
// the workflow table, and check-in / check-out with the shift's start time.
#pragma once

#include "core/ApiError.h"
#include "domain/OrderAction.h"
#include "gui/Dashboard.h"
#include "json/Order.h"
#include "json/Shift.h"

#include <optional>

class QGroupBox;
class QLabel;
class QPushButton;

namespace okna {

class MasterDashboard : public Dashboard
{
    Q_OBJECT

public:
    explicit MasterDashboard(ClientContext *context, QWidget *parent = nullptr);

    QPushButton *startButton() const { return m_start; }
    QPushButton *doneButton() const { return m_done; }
    QPushButton *refuseButton() const { return m_refuse; }
    QPushButton *checkInButton() const { return m_checkIn; }
    QPushButton *checkOutButton() const { return m_checkOut; }
    QLabel *shiftLabel() const { return m_shiftLabel; }
    QLabel *orderTitle() const { return m_title; }
    std::optional<Order> currentOrder() const { return m_order; }

public slots:
    void refresh() override;
    void perform(okna::OrderAction action);
    void checkIn();
    void checkOut();

signals:
    void currentOrderLoaded();
    void shiftLoaded();

protected:
    void retranslateUi() override;

private:
    void loadCurrentOrder();
    void loadShift();
    void showOrder();
    void showShift();
    void onOrderEvent(const Order &order);

    QLabel *m_title;
    QLabel *m_status;
    QLabel *m_client;
    QLabel *m_address;
    QLabel *m_comment;
    QPushButton *m_start;
    QPushButton *m_done;
    QPushButton *m_refuse;
    QLabel *m_shiftLabel;
    QPushButton *m_checkIn;
    QPushButton *m_checkOut;
    QGroupBox *m_shiftBox;
    QGroupBox *m_orderBox;
    std::optional<Order> m_order;
    std::optional<Shift> m_shift;
    bool m_shiftKnown = false; // the shift list has answered at least once
};

} // namespace okna

// The administrator's tabs: users, districts, blacklist, Telegram, audit log, own 2FA.
#pragma once

#include "gui/Dashboard.h"

class QTabWidget;

namespace okna {

class AdminDashboard : public Dashboard
{
    Q_OBJECT

public:
    explicit AdminDashboard(ClientContext *context, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }

private:
    QTabWidget *m_tabs;
};

} // namespace okna

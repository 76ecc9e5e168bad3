// The administrator's tabs: users, districts, blacklist, Telegram, backups, audit log, reports and
// own 2FA. Each tab is its own page under gui/admin/; this class only assembles and wires them.
#pragma once

#include "gui/Dashboard.h"

class QTabWidget;

namespace okna {

class AuditPage;
class BackupsPage;
class BlacklistPage;
class LocationsPage;
class ReportsPage;
class TelegramPage;
class TwoFactorPage;
class UsersPage;

class AdminDashboard : public Dashboard
{
    Q_OBJECT

public:
    explicit AdminDashboard(ClientContext *context, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    UsersPage *usersPage() const { return m_users; }
    LocationsPage *locationsPage() const { return m_locations; }
    BlacklistPage *blacklistPage() const { return m_blacklist; }
    TelegramPage *telegramPage() const { return m_telegram; }
    BackupsPage *backupsPage() const { return m_backups; }
    AuditPage *auditPage() const { return m_audit; }
    ReportsPage *reportsPage() const { return m_reports; }
    TwoFactorPage *twoFactorPage() const { return m_twoFactor; }

public slots:
    void refresh() override;

protected:
    void retranslateUi() override;

private:
    QTabWidget *m_tabs;
    UsersPage *m_users;
    LocationsPage *m_locations;
    BlacklistPage *m_blacklist;
    TelegramPage *m_telegram;
    BackupsPage *m_backups;
    AuditPage *m_audit;
    ReportsPage *m_reports;
    TwoFactorPage *m_twoFactor;
};

} // namespace okna

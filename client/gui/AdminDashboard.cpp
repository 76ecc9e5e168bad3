#include "gui/AdminDashboard.h"

#include "core/ClientContext.h"
#include "gui/admin/AuditPage.h"
#include "gui/admin/BackupsPage.h"
#include "gui/admin/BlacklistPage.h"
#include "gui/admin/LocationsPage.h"
#include "gui/admin/ReportsPage.h"
#include "gui/admin/TelegramPage.h"
#include "gui/admin/TwoFactorPage.h"
#include "gui/admin/UsersPage.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace okna {

AdminDashboard::AdminDashboard(ClientContext *context, QWidget *parent)
    : Dashboard(context, parent)
    , m_tabs(new QTabWidget(this))
    , m_users(new UsersPage(context->api(), this))
    , m_locations(new LocationsPage(context->api(), this))
    , m_blacklist(new BlacklistPage(context->api(), this))
    , m_telegram(new TelegramPage(context->api(), this))
    , m_backups(new BackupsPage(context->api(), this))
    , m_audit(new AuditPage(context->api(), this))
    , m_reports(new ReportsPage(context->api(), this))
    , m_twoFactor(new TwoFactorPage(context->api(), this))
{
    m_tabs->setDocumentMode(true);
    for (QWidget *page : std::initializer_list<QWidget *>{m_users, m_locations, m_blacklist, m_reports, m_telegram,
                                                          m_backups, m_audit, m_twoFactor})
        m_tabs->addTab(page, QString());
    retranslateUi();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_tabs);

    connect(m_users, &UsersPage::usersLoaded, m_blacklist, &BlacklistPage::setUsers);
    connect(m_users, &UsersPage::usersLoaded, m_audit, &AuditPage::setUsers);
    // Creating or changing a user writes audit entries: show them when the log is looked at next.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_audit || m_tabs->currentWidget() == m_backups)
            static_cast<AdminPage *>(m_tabs->currentWidget())->reload();
    });
    connect(m_locations, &LocationsPage::locationsChanged, this, &AdminDashboard::loadLocations);
    connect(this, &Dashboard::locationsLoaded, this, [this] { m_reports->setLocations(locations()); });
    refresh();
}

void AdminDashboard::retranslateUi()
{
    m_tabs->setTabText(m_tabs->indexOf(m_users), tr("&Users"));
    m_tabs->setTabText(m_tabs->indexOf(m_locations), tr("&Districts"));
    m_tabs->setTabText(m_tabs->indexOf(m_blacklist), tr("&Blacklist"));
    m_tabs->setTabText(m_tabs->indexOf(m_reports), tr("&Reports"));
    m_tabs->setTabText(m_tabs->indexOf(m_telegram), tr("&Telegram"));
    m_tabs->setTabText(m_tabs->indexOf(m_backups), tr("Bac&kups"));
    m_tabs->setTabText(m_tabs->indexOf(m_audit), tr("&Audit log"));
    m_tabs->setTabText(m_tabs->indexOf(m_twoFactor), tr("Two-&factor login"));
}

void AdminDashboard::refresh()
{
    Dashboard::refresh();
    for (AdminPage *page : std::initializer_list<AdminPage *>{m_users, m_locations, m_blacklist, m_telegram, m_backups,
                                                              m_audit, m_reports, m_twoFactor})
        page->reload();
}

} // namespace okna

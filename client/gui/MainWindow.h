// The main window: the dashboard of the logged-in user's role, a status-bar connection indicator
// and the language menu.
#pragma once

#include "core/EventStream.h"

#include <QHash>
#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;

namespace okna {

class ClientContext;
class Dashboard;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(ClientContext *context, QWidget *parent = nullptr);

    Dashboard *dashboard() const { return m_dashboard; }
    QLabel *connectionIndicator() const { return m_connection; }
    // Builds the dashboard for the session's role.
    void showDashboard();
    QMenu *fileMenu() const { return m_fileMenu; }
    QMenu *languageMenu() const { return m_languageMenu; }
    // The dashboard a role gets; nullptr for none.
    static Dashboard *createDashboard(ClientContext *context, QWidget *parent);
    // A message in the status bar for a while (e.g. "the session cannot be remembered").
    void showNotice(const QString &text);
    // Logged in again after the session expired: fetch what changed meanwhile.
    void sessionResumed();

signals:
    void logoutRequested();
    void closed();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildMenus();
    // The window's own texts (menus, title, status bar); the dashboard translates itself.
    void retranslateUi();
    void setConnectionState(EventStream::State state);
    void switchLanguage(const QString &language);

    ClientContext *m_context;
    Dashboard *m_dashboard = nullptr;
    QLabel *m_user;
    QLabel *m_connection;
    QMenu *m_fileMenu = nullptr;
    QAction *m_logoutAction = nullptr;
    QAction *m_quitAction = nullptr;
    QMenu *m_languageMenu = nullptr;
    QHash<QString, QAction *> m_languageActions; // language code -> its menu entry
};

} // namespace okna

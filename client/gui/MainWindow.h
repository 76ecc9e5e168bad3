// The main window: the dashboard of the logged-in user's role, a status-bar connection indicator
// and the language menu.
#pragma once

#include "core/EventStream.h"

#include <QMainWindow>

class QLabel;

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
    // Builds the dashboard for the session's role (again, e.g. after the language changed).
    void showDashboard();
    // The dashboard a role gets; nullptr for none.
    static Dashboard *createDashboard(ClientContext *context, QWidget *parent);

signals:
    void logoutRequested();

private:
    void buildMenus();
    void setConnectionState(EventStream::State state);
    void switchLanguage(const QString &language);

    ClientContext *m_context;
    Dashboard *m_dashboard = nullptr;
    QLabel *m_user;
    QLabel *m_connection;
};

} // namespace okna

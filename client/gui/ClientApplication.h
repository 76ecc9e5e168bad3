// The program's flow: command line (--server, --login, --password-stdin, --trust-fingerprint,
// --ca-file, --language), translations, login dialog, main window, back to the login dialog when the session
// ends. An expired session keeps the main window (and what was typed in it) under the dialog.
#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QApplication;

namespace okna {

class ClientContext;
class LoginDialog;
class MainWindow;

class ClientApplication : public QObject
{
    Q_OBJECT

public:
    explicit ClientApplication(QObject *parent = nullptr);
    ~ClientApplication() override;

    static int run(QApplication &app);

    // What the desktop knows the program by: the window icon in every size resources/ renders, and
    // the desktop file's name (ru.okna.Client: Wayland's app id, the taskbar's match to the .desktop
    // entry). The constructor calls it; tests that build windows on their own may too.
    static void applyDesktopIdentity();

    ClientContext *context() const { return m_context; }
    LoginDialog *loginDialog() const { return m_login.get(); }
    MainWindow *mainWindow() const { return m_window.get(); }

    // Shows the login dialog (not modal: the window it comes back to stays usable for reading).
    void showLogin(const QString &notice);

private:
    void onLoggedIn();
    void onExpired();
    void onLoggedOut();

    ClientContext *m_context;
    std::unique_ptr<LoginDialog> m_login;
    std::unique_ptr<MainWindow> m_window;
    QString m_windowUser; // the login the window was built for
};

} // namespace okna

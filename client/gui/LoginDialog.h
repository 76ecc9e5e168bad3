// Server address, login, password, a 2FA code field that appears when the server asks for it, and
// "remember me". Errors are shown inline; the dialog keeps what was typed when it comes back after
// a session expired.
#pragma once

#include "core/ApiError.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace okna {

class ClientContext;
struct CertificateCheck;

class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(ClientContext *context, QWidget *parent = nullptr);

    void setServerAddress(const QString &address);
    void setLogin(const QString &login);
    // Shown above the fields, e.g. "your session expired".
    void setNotice(const QString &notice);
    QString serverAddress() const;
    QString login() const;

    // The fields, for tests and for the keyboard order.
    QLineEdit *serverEdit() const { return m_server; }
    QLineEdit *loginEdit() const { return m_login; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *totpEdit() const { return m_totp; }
    QLabel *errorLabel() const { return m_error; }
    QPushButton *loginButton() const { return m_loginButton; }

    QLabel *noticeLabel() const { return m_notice; }
    QCheckBox *rememberBox() const { return m_remember; }

public slots:
    void submit();
    // Tries the token remembered in the keychain for the saved server and login; the dialog
    // accepts itself if it still works, otherwise it waits for the password.
    void resumeRemembered();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // Every text the dialog sets itself, in the current language (it lives on after a logout).
    void retranslateUi();
    void onFailed(const ApiError &error);
    void onCertificateChanged(const CertificateCheck &check);
    void showError(const QString &text);
    void setBusy(bool busy);
    // The cursor goes where typing is needed: the server, else the login, else the password.
    void focusFirstEmpty();
    // Makes the window tall enough for its wrapped texts at its present width.
    void fitToContents();

    ClientContext *m_context;
    QLineEdit *m_server;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QLabel *m_totpLabel;
    QLineEdit *m_totp;
    QCheckBox *m_remember;
    QLabel *m_notice;
    QLabel *m_error;
    QPushButton *m_loginButton;
    QLabel *m_heading;
    QLabel *m_hint;
    QLabel *m_serverCaption;
    QLabel *m_loginCaption;
    QLabel *m_passwordCaption;
    QString m_certificateError;
    bool m_busy = false;
};

} // namespace okna

// The administrator's own two-factor login: set up (secret and otpauth:// QR code for an
// authenticator app), confirm with a code to switch it on, or switch it off with a code.
#pragma once

#include "gui/admin/AdminPage.h"

class QGroupBox;
class QLineEdit;
class QPushButton;

namespace okna {

class FieldErrors;

class TwoFactorPage : public AdminPage
{
    Q_OBJECT

public:
    explicit TwoFactorPage(ApiClient *api, QWidget *parent = nullptr);

    bool isEnabled2fa() const { return m_enabled; }
    QLabel *stateLabel() const { return m_state; }
    QPushButton *setupButton() const { return m_setup; }
    QLabel *secretLabel() const { return m_secret; }
    QLabel *qrLabel() const { return m_qr; }
    QLabel *uriLabel() const { return m_uri; }
    QLineEdit *codeEdit() const { return m_code; }
    QPushButton *enableButton() const { return m_enable; }
    QPushButton *disableButton() const { return m_disable; }
    QLabel *fieldError(const QString &field) const;

public slots:
    void reload() override;
    void startSetup();
    void confirmEnable();
    void confirmDisable();

protected:
    void updateActions() override;
    void retranslateUi() override;

private:
    QString setupButtonText() const;
    void sendCode(const QString &path, bool enabled, const QString &done);
    void showState();

    QLabel *m_state;
    QPushButton *m_setup;
    QWidget *m_setupPanel;
    QLabel *m_qr;
    QLabel *m_secret;
    QLabel *m_uri;
    QLabel *m_codeLabel;
    QLineEdit *m_code;
    QPushButton *m_enable;
    QPushButton *m_disable;
    FieldErrors *m_errors;
    QLabel *m_explain;
    QLabel *m_secretCaption;
    QLabel *m_linkCaption;
    QGroupBox *m_box;
    bool m_enabled = false;
    bool m_settingUp = false;
};

} // namespace okna

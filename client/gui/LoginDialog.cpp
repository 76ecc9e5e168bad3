#include "gui/LoginDialog.h"

#include "core/ApiClient.h"
#include "core/ClientContext.h"
#include "core/Session.h"
#include "core/StatusPalette.h"
#include "core/TlsGuard.h"
#include "gui/Prompts.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QResizeEvent>
#include <QSettings>
#include <QVBoxLayout>

namespace okna {

LoginDialog::LoginDialog(ClientContext *context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_server(new QLineEdit(this))
    , m_login(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_totpLabel(new QLabel(this))
    , m_totp(new QLineEdit(this))
    , m_remember(new QCheckBox(this))
    , m_notice(new QLabel(this))
    , m_error(new QLabel(this))
    , m_loginButton(new QPushButton(this))
    , m_heading(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_serverCaption(new QLabel(this))
    , m_loginCaption(new QLabel(this))
    , m_passwordCaption(new QLabel(this))
{
    m_password->setEchoMode(QLineEdit::Password);
    m_totp->setMaxLength(6);
    m_totp->setInputMask(QString());
    m_totpLabel->setVisible(false);
    m_totp->setVisible(false);
    for (auto *label : {m_notice, m_error}) {
        label->setWordWrap(true);
        label->setVisible(false);
    }
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, StatusPalette::warning());
    m_error->setPalette(palette);

    auto *form = new QFormLayout;
    form->addRow(m_serverCaption, m_server);
    form->addRow(m_loginCaption, m_login);
    form->addRow(m_passwordCaption, m_password);
    form->addRow(m_totpLabel, m_totp);
    form->addRow(QString(), m_remember);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_loginButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    m_loginButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    QFont headingFont = m_heading->font();
    headingFont.setPointSize(headingFont.pointSize() + 5);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_hint->setWordWrap(true);
    retranslateUi();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_hint);
    layout->addSpacing(6);
    layout->addWidget(m_notice);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(440);

    const QSettings settings;
    m_server->setText(settings.value(QStringLiteral("login/server")).toString());
    m_login->setText(settings.value(QStringLiteral("login/login")).toString());
    m_remember->setChecked(settings.value(QStringLiteral("login/remember"), false).toBool());

    connect(m_context->session(), &Session::loggedIn, this, [this] {
        if (!m_busy)
            return;
        setBusy(false);
        m_password->clear();
        m_totp->clear();
        m_totpLabel->setVisible(false);
        m_totp->setVisible(false);
        setNotice({});
        accept();
    });
    connect(m_context->session(), &Session::loginFailed, this, &LoginDialog::onFailed);
    connect(m_context->session(), &Session::resumeFailed, this, [this] {
        if (!m_busy)
            return;
        setBusy(false);
        setNotice({});
        m_password->setFocus();
    });
    connect(m_context->tls(), &TlsGuard::certificateChanged, this, &LoginDialog::onCertificateChanged);
    connect(m_context->tls(), &TlsGuard::certificateRefused, this, [this](const CertificateCheck &check) {
        if (m_busy)
            m_certificateError = tr("The server's certificate (SHA-256 %1) was not trusted, so there is no "
                                    "connection.")
                                     .arg(check.presented);
    });
    focusFirstEmpty();
}

void LoginDialog::focusFirstEmpty()
{
    if (m_server->text().trimmed().isEmpty())
        m_server->setFocus();
    else if (m_login->text().trimmed().isEmpty())
        m_login->setFocus();
    else
        m_password->setFocus();
}

// Qt sizes a window's minimum from its layout's minimum, which counts a word-wrapped label as one
// short line: a three-line error then took its height from the inputs and squashed them to a few
// pixels. The height the layout needs at the window's width is the real minimum.
void LoginDialog::fitToContents()
{
    if (!isVisible() || !layout())
        return;
    layout()->activate();
    const int needed = layout()->totalHeightForWidth(width());
    if (needed <= 0)
        return;
    setMinimumHeight(needed);
    if (height() < needed)
        resize(width(), needed);
}

void LoginDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    if (event->oldSize().width() != event->size().width())
        fitToContents(); // narrower means more lines
}

void LoginDialog::retranslateUi()
{
    setWindowTitle(tr("Okna — log in"));
    m_heading->setText(tr("Okna — the order desk"));
    m_hint->setText(tr("Log in with the account your administrator gave you."));
    m_serverCaption->setText(tr("Server:"));
    m_loginCaption->setText(tr("Login:"));
    m_passwordCaption->setText(tr("Password:"));
    m_server->setPlaceholderText(tr("https://server:8443"));
    m_totpLabel->setText(tr("2FA code:"));
    m_totp->setPlaceholderText(tr("6 digits from the authenticator app"));
    m_remember->setText(tr("Remember me on this computer"));
    m_loginButton->setText(tr("Log in"));
}

void LoginDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void LoginDialog::resumeRemembered()
{
    const auto url = ApiClient::parseServerAddress(m_server->text());
    if (m_busy || url.isEmpty() || login().isEmpty())
        return;
    setNotice(tr("Restoring your session…"));
    setBusy(true);
    m_context->api()->setServerUrl(url);
    m_context->session()->resume(login());
}

void LoginDialog::setServerAddress(const QString &address)
{
    m_server->setText(address);
    focusFirstEmpty();
}

void LoginDialog::setLogin(const QString &login)
{
    m_login->setText(login);
    focusFirstEmpty();
}

void LoginDialog::setNotice(const QString &notice)
{
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
    fitToContents();
}

QString LoginDialog::serverAddress() const
{
    return m_server->text().trimmed();
}

QString LoginDialog::login() const
{
    return m_login->text().trimmed();
}

void LoginDialog::submit()
{
    if (m_busy)
        return;
    const auto url = ApiClient::parseServerAddress(m_server->text());
    if (url.isEmpty()) {
        showError(tr("Enter the server address, e.g. https://server:8443"));
        m_server->setFocus();
        return;
    }
    if (login().isEmpty() || m_password->text().isEmpty()) {
        showError(tr("Enter your login and password."));
        (login().isEmpty() ? m_login : m_password)->setFocus();
        return;
    }
    m_server->setText(url.toString());
    QSettings settings;
    settings.setValue(QStringLiteral("login/server"), url.toString());
    settings.setValue(QStringLiteral("login/login"), login());
    settings.setValue(QStringLiteral("login/remember"), m_remember->isChecked());
    m_certificateError.clear();
    showError({});
    setBusy(true);
    m_context->api()->setServerUrl(url);
    m_context->session()->login(login(), m_password->text(), m_totp->isVisible() ? m_totp->text().trimmed() : QString(),
                                m_remember->isChecked());
}

void LoginDialog::onFailed(const ApiError &error)
{
    if (!m_busy)
        return;
    setBusy(false);
    switch (error.code()) {
    case ErrorCode::TotpRequired:
        m_totpLabel->setVisible(true);
        m_totp->setVisible(true);
        fitToContents();
        m_totp->setFocus();
        showError(tr("Enter the code from your authenticator app."));
        return;
    case ErrorCode::TotpInvalid:
        m_totp->selectAll();
        m_totp->setFocus();
        showError(tr("The 2FA code is wrong or expired."));
        return;
    case ErrorCode::InvalidCredentials:
        m_password->selectAll();
        m_password->setFocus();
        showError(tr("Wrong login or password."));
        return;
    case ErrorCode::RateLimited:
        showError(tr("Too many attempts. Try again in %n minute(s).", nullptr,
                     std::max(1, (error.retryAfterSeconds().value_or(60) + 59) / 60)));
        return;
    default:
        showError(m_certificateError.isEmpty() ? error.message() : m_certificateError);
    }
}

void LoginDialog::onCertificateChanged(const CertificateCheck &check)
{
    if (!m_busy)
        return; // a background connection of the main window: it says so itself
    m_certificateError = tr("The server's certificate has changed (trusted %1, presented %2). The connection was "
                            "refused.")
                             .arg(check.pinned, check.presented);
    Prompts::instance().certificateChanged(this, check);
}

void LoginDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
    fitToContents();
}

void LoginDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_loginButton->setEnabled(!busy);
    if (busy)
        m_error->setVisible(false);
}

} // namespace okna

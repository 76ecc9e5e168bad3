#include "gui/ClientApplication.h"

#include "core/ApiClient.h"
#include "core/CertificateAuthorities.h"
#include "core/ClientContext.h"
#include "core/Session.h"
#include "core/TlsGuard.h"
#include "core/Translator.h"
#include "core/Version.h"
#include "gui/LoginDialog.h"
#include "gui/MainWindow.h"
#include "gui/Prompts.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLineEdit>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace okna {

ClientApplication::ClientApplication(QObject *parent)
    : QObject(parent)
    , m_context(new ClientContext({}, true, this))
    , m_login(std::make_unique<LoginDialog>(m_context))
{
    applyDesktopIdentity();
    m_context->tls()->setPrompt([this](const CertificateCheck &check) {
        QWidget *parent = m_login->isVisible() || !m_window ? static_cast<QWidget *>(m_login.get()) : m_window.get();
        return Prompts::instance().trustNewCertificate(parent, check);
    });
    auto *session = m_context->session();
    connect(session, &Session::loggedIn, this, &ClientApplication::onLoggedIn);
    connect(session, &Session::expired, this, &ClientApplication::onExpired);
    connect(session, &Session::loggedOut, this, &ClientApplication::onLoggedOut);
    connect(session, &Session::cannotRemember, this, [this](const QString &reason) {
        if (m_window)
            m_window->showNotice(reason);
        else
            m_login->setNotice(reason);
    });
    connect(m_login.get(), &QDialog::rejected, this, [] { QCoreApplication::quit(); });
}

ClientApplication::~ClientApplication()
{
    // The window's dashboards talk to the context: they go first.
    m_window.reset();
    m_login.reset();
}

void ClientApplication::showLogin(const QString &notice)
{
    m_login->setNotice(notice);
    // Over a window whose session ended: nothing else may be clicked until the user logs in again.
    m_login->setWindowModality(m_window ? Qt::ApplicationModal : Qt::NonModal);
    m_login->show();
    m_login->raise();
    m_login->activateWindow();
}

void ClientApplication::onLoggedIn()
{
    m_login->hide();
    const auto user = m_context->session()->user().login;
    if (m_window && user == m_windowUser) {
        // The same person after an expired session: keep the window and what was typed in it.
        m_window->sessionResumed();
        return;
    }
    m_window.reset();
    m_windowUser = user;
    m_window = std::make_unique<MainWindow>(m_context);
    connect(m_window.get(), &MainWindow::logoutRequested, m_context, [this] { m_context->session()->logout(); });
    connect(m_window.get(), &MainWindow::closed, this, [] { QCoreApplication::quit(); });
    m_window->show();
}

void ClientApplication::onExpired()
{
    showLogin(tr("Your session has ended. Log in again; the window keeps what you typed."));
}

void ClientApplication::onLoggedOut()
{
    showLogin({});
    // Not from inside the window's own menu action: the window goes once the action returned.
    QTimer::singleShot(0, this, [this] {
        if (!m_context->session()->isLoggedIn()) {
            m_window.reset();
            m_windowUser.clear();
        }
    });
}

void ClientApplication::applyDesktopIdentity()
{
    QGuiApplication::setDesktopFileName(QStringLiteral("ru.okna.Client"));
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/hicolor/%1x%1/apps/ru.okna.Client.png").arg(size), QSize(size, size));
    QGuiApplication::setWindowIcon(icon);
}

int ClientApplication::run(QApplication &app)
{
    QApplication::setOrganizationName(QStringLiteral("Okna"));
    QApplication::setApplicationName(QStringLiteral("okna-client"));
    QApplication::setApplicationVersion(QString::fromLatin1(kVersion));
    QApplication::setQuitOnLastWindowClosed(false);
    Translator::install();

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Okna desktop client"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOption(QStringLiteral("server"), tr("Server address, e.g. https://server:8443."),
                                          QStringLiteral("url"));
    const QCommandLineOption loginOption(QStringLiteral("login"), tr("Login name."), QStringLiteral("login"));
    const QCommandLineOption passwordOption(QStringLiteral("password-stdin"),
                                            tr("Read the password from standard input and log in at once."));
    const QCommandLineOption fingerprintOption(QStringLiteral("trust-fingerprint"),
                                               tr("Pin this SHA-256 certificate fingerprint for the server."),
                                               QStringLiteral("fingerprint"));
    const QCommandLineOption languageOption(QStringLiteral("language"), tr("UI language (ru, en)."),
                                            QStringLiteral("code"));
    const QCommandLineOption caFileOption(
        QStringLiteral("ca-file"),
        tr("Also trust the certificate authorities in this PEM file (a server certificate they sign needs no "
           "fingerprint); remembered as the setting tls/ca_file."),
        QStringLiteral("file"));
    parser.addOptions({serverOption, loginOption, passwordOption, fingerprintOption, languageOption, caFileOption});
    parser.process(app);
    if (parser.isSet(languageOption))
        Translator::install(parser.value(languageOption));
    // Before the ClientContext: its requests and events socket start from the default TLS configuration.
    const QString caFile = parser.isSet(caFileOption)
                               ? parser.value(caFileOption)
                               : QSettings().value(CertificateAuthorities::settingKey()).toString();
    if (!caFile.isEmpty()) {
        const auto trusted = CertificateAuthorities::trustFile(caFile);
        if (!trusted) {
            std::fprintf(stderr, "okna-client: %s\n", qPrintable(trusted.error().message()));
            return 2;
        }
        if (parser.isSet(caFileOption))
            QSettings().setValue(CertificateAuthorities::settingKey(), caFile);
    }

    ClientApplication flow;
    LoginDialog *login = flow.loginDialog();
    if (parser.isSet(serverOption)) {
        const auto url = ApiClient::parseServerAddress(parser.value(serverOption));
        if (url.isEmpty()) {
            std::fprintf(stderr, "okna-client: --server needs an address such as https://server:8443\n");
            return 2;
        }
        login->setServerAddress(url.toString());
        if (parser.isSet(fingerprintOption)) {
            const auto fingerprint = TrustStore::normalizeFingerprint(parser.value(fingerprintOption));
            if (fingerprint.isEmpty()) {
                std::fprintf(stderr, "okna-client: --trust-fingerprint needs 32 hex bytes (AB:CD:...)\n");
                return 2;
            }
            flow.context()->tls()->store().pin(url.host(), url.port(8443), fingerprint);
        }
    }
    if (parser.isSet(loginOption))
        login->setLogin(parser.value(loginOption));
    flow.showLogin({});
    if (parser.isSet(passwordOption)) {
        QTextStream input(stdin);
        login->passwordEdit()->setText(input.readLine());
        QTimer::singleShot(0, login, &LoginDialog::submit);
    } else if (QSettings().value(QStringLiteral("login/remember"), false).toBool()) {
        // A remembered session: the dialog is already on screen and closes itself if the token works.
        QTimer::singleShot(0, login, &LoginDialog::resumeRemembered);
    }
    return app.exec();
}

} // namespace okna

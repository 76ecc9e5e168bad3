#include "gui/ClientApplication.h"

#include "core/ApiClient.h"
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
#include <QLineEdit>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace okna {

int ClientApplication::run(QApplication &app)
{
    QApplication::setOrganizationName(QStringLiteral("Okna"));
    QApplication::setApplicationName(QStringLiteral("okna-client"));
    QApplication::setApplicationVersion(QString::fromLatin1(kVersion));
    Translator::install();

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("okna::ClientApplication", "Okna desktop client"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOption(QStringLiteral("server"),
                                          QApplication::translate("okna::ClientApplication", "Server address."),
                                          QStringLiteral("url"));
    const QCommandLineOption loginOption(QStringLiteral("login"),
                                         QApplication::translate("okna::ClientApplication", "Login name."),
                                         QStringLiteral("login"));
    const QCommandLineOption passwordOption(
        QStringLiteral("password-stdin"),
        QApplication::translate("okna::ClientApplication", "Read the password from standard input and log in."));
    const QCommandLineOption fingerprintOption(
        QStringLiteral("trust-fingerprint"),
        QApplication::translate("okna::ClientApplication", "Pin this SHA-256 certificate fingerprint for the server."),
        QStringLiteral("fingerprint"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            QApplication::translate("okna::ClientApplication", "UI language (ru, en)."),
                                            QStringLiteral("code"));
    parser.addOptions({serverOption, loginOption, passwordOption, fingerprintOption, languageOption});
    parser.process(app);
    if (parser.isSet(languageOption))
        Translator::install(parser.value(languageOption));

    ClientContext context;
    LoginDialog login(&context);
    context.tls()->setPrompt(
        [&login](const CertificateCheck &check) { return Prompts::instance().trustNewCertificate(&login, check); });
    if (parser.isSet(serverOption)) {
        const auto url = ApiClient::parseServerAddress(parser.value(serverOption));
        login.setServerAddress(url.toString());
        const auto fingerprint = TrustStore::normalizeFingerprint(parser.value(fingerprintOption));
        if (parser.isSet(fingerprintOption)) {
            if (fingerprint.isEmpty()) {
                std::fprintf(stderr, "okna-client: --trust-fingerprint needs 32 hex bytes (AB:CD:...)\n");
                return 2;
            }
            context.tls()->store().pin(url.host(), url.port(8443), fingerprint);
        }
    }
    if (parser.isSet(loginOption))
        login.setLogin(parser.value(loginOption));
    if (parser.isSet(passwordOption)) {
        QTextStream input(stdin);
        login.passwordEdit()->setText(input.readLine());
        QTimer::singleShot(0, &login, &LoginDialog::submit);
    }

    std::unique_ptr<MainWindow> window;
    auto showLogin = [&](const QString &notice) {
        window.reset();
        login.setNotice(notice);
        if (login.exec() != QDialog::Accepted) {
            QApplication::quit();
            return;
        }
        window = std::make_unique<MainWindow>(&context);
        QObject::connect(window.get(), &MainWindow::logoutRequested, &context, [&] { context.session()->logout(); });
        window->show();
    };
    QObject::connect(context.session(), &Session::expired, &app, [&] {
        QTimer::singleShot(0, &app, [&] {
            showLogin(QApplication::translate("okna::ClientApplication", "Your session has ended. Log in again."));
        });
    });
    QObject::connect(context.session(), &Session::loggedOut, &app,
                     [&] { QTimer::singleShot(0, &app, [&] { showLogin({}); }); });
    showLogin({});
    if (!window)
        return 0;
    return app.exec();
}

} // namespace okna

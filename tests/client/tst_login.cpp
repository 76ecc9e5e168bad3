// Logging in through the real LoginDialog against a real server over TLS: a pinned certificate, a
// first-seen one (asked, pinned on yes, refused on no), a changed one (refused, both fingerprints
// named), wrong passwords, an expired session that returns to the dialog without losing input,
// and "remember me" through the keychain where one exists.
#include "ClientTestKit.h"

#include "core/ApiClient.h"
#include "core/ClientContext.h"
#include "core/CredentialStore.h"
#include "core/EventStream.h"
#include "core/Session.h"
#include "core/TlsGuard.h"
#include "core/TrustStore.h"
#include "gui/ClientApplication.h"
#include "gui/LoginDialog.h"
#include "gui/MainWindow.h"
#include "gui/OperatorDashboard.h"
#include "gui/OrderForm.h"

#include <QCheckBox>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDebug>
#include <QGuiApplication>
#include <QIcon>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMessageAuthenticationCode>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace okna;
using namespace okna::test;

namespace {

// RFC 6238 (SHA-1, 6 digits, 30 s) for a base32 secret, `stepOffset` steps from now.
QString totpCode(const QString &base32Secret, int stepOffset = 0)
{
    QByteArray key;
    quint64 buffer = 0;
    int bits = 0;
    for (const QChar ch : base32Secret.toUpper()) {
        const int value = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567").indexOf(ch);
        if (value < 0)
            continue;
        buffer = (buffer << 5) | quint64(value);
        bits += 5;
        if (bits >= 8) {
            key.append(char((buffer >> (bits - 8)) & 0xFF));
            bits -= 8;
        }
    }
    const quint64 counter = quint64(QDateTime::currentSecsSinceEpoch() / 30 + stepOffset);
    QByteArray message(8, 0);
    for (int i = 0; i < 8; ++i)
        message[7 - i] = char((counter >> (8 * i)) & 0xFF);
    const QByteArray mac = QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha1);
    const int offset = mac.at(mac.size() - 1) & 0x0F;
    const quint32 binary = (quint32(quint8(mac.at(offset)) & 0x7F) << 24) |
                           (quint32(quint8(mac.at(offset + 1))) << 16) | (quint32(quint8(mac.at(offset + 2))) << 8) |
                           quint32(quint8(mac.at(offset + 3)));
    return QStringLiteral("%1").arg(binary % 1000000, 6, 10, QLatin1Char('0'));
}

const QString bogusFingerprint =
    QStringLiteral("00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF");

void fill(LoginDialog &dialog, const QString &server, const QString &login, const QString &password)
{
    dialog.serverEdit()->setText(server);
    dialog.loginEdit()->clear();
    QTest::keyClicks(dialog.loginEdit(), login);
    dialog.passwordEdit()->clear();
    QTest::keyClicks(dialog.passwordEdit(), password);
}

// The program's icon (embedded from resources/), in the smallest and the largest size, and the name
// desktops match its windows to ru.okna.Client.desktop by.
void verifyApplicationIcon(const QWidget *window)
{
    const QIcon icon = window->windowIcon();
    QVERIFY(!icon.isNull());
    const auto sizes = icon.availableSizes();
    QVERIFY2(sizes.contains(QSize(16, 16)), qPrintable(QDebug::toString(sizes)));
    QVERIFY2(sizes.contains(QSize(256, 256)), qPrintable(QDebug::toString(sizes)));
    QCOMPARE(icon.pixmap(QSize(256, 256)).size(), QSize(256, 256));
    QCOMPARE(QGuiApplication::desktopFileName(), QStringLiteral("ru.okna.Client"));
}

} // namespace

class TestLogin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void pinnedCertificateLogsIn();
    void firstSeenCertificateIsAskedAndPinned();
    void firstSeenCertificateRefusedByUser();
    void changedCertificateIsRefusedNamingBoth();
    void wrongPasswordSaysSo();
    void twoFactorCodeAskedWhenServerWantsIt();
    void fieldsAreCheckedBeforeSending();
    void longErrorKeepsFieldsReadable();
    void cursorStartsInFirstEmptyField();
    void expiredSessionReturnsToLoginKeepingInput();
    void rememberMeUsesKeychain();

private:
    ClientTestKit m_kit;
    FakePrompts m_prompts;
    TestUser m_operator;
};

void TestLogin::initTestCase()
{
    QVERIFY2(m_kit.start(), qPrintable(m_kit.errorString()));
    m_operator = m_kit.fx().newUser(QStringLiteral("operator"));
    QVERIFY2(m_operator.isValid(), qPrintable(m_operator.error));
}

void TestLogin::init()
{
    m_prompts.reset();
}

void TestLogin::cleanup()
{
    m_kit.fx().printServerLogIfTestFailed();
}

void TestLogin::pinnedCertificateLogsIn()
{
    ClientContext context(m_kit.trustFile(true), false);
    LoginDialog dialog(&context);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fill(dialog, m_kit.serverAddress(), m_operator.login, m_operator.password);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, 10000);
    QVERIFY(context.session()->isLoggedIn());
    QCOMPARE(context.session()->user().login, m_operator.login);
    QCOMPARE(context.session()->role(), Role::Operator);
    QVERIFY(m_prompts.trustQuestions.isEmpty());
    QVERIFY(m_prompts.changedWarnings.isEmpty());
    QVERIFY(dialog.passwordEdit()->text().isEmpty()); // the password is not kept around
    // The live socket uses the same pin and connects without asking.
    QTRY_COMPARE_WITH_TIMEOUT(context.events()->state(), EventStream::State::Connected, 5000);
}

void TestLogin::firstSeenCertificateIsAskedAndPinned()
{
    const QString pins = m_kit.trustFile(false);
    ClientContext context(pins, false);
    context.tls()->setPrompt(
        [](const CertificateCheck &check) { return Prompts::instance().trustNewCertificate(nullptr, check); });
    LoginDialog dialog(&context);
    dialog.show();
    m_prompts.trustAnswer = true;
    fill(dialog, m_kit.serverAddress(), m_operator.login, m_operator.password);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::mouseClick(dialog.loginButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, 10000);
    QCOMPARE(m_prompts.trustQuestions.size(), 1);
    QCOMPARE(m_prompts.trustQuestions.first().presented, m_kit.fingerprint());
    QVERIFY(!m_prompts.trustQuestions.first().changed());
    QCOMPARE(TrustStore(pins).pinned(QStringLiteral("127.0.0.1"), m_kit.fx().server().port()), m_kit.fingerprint());

    // The next connection to the same server does not ask again.
    ClientContext again(pins, false);
    again.tls()->setPrompt(
        [](const CertificateCheck &check) { return Prompts::instance().trustNewCertificate(nullptr, check); });
    again.api()->setServerUrl(okna::ApiClient::parseServerAddress(m_kit.serverAddress()));
    QSignalSpy loggedIn(again.session(), &Session::loggedIn);
    again.session()->login(m_operator.login, m_operator.password, {}, false);
    QVERIFY(loggedIn.wait(10000));
    QCOMPARE(m_prompts.trustQuestions.size(), 1);
}

void TestLogin::firstSeenCertificateRefusedByUser()
{
    const QString pins = m_kit.trustFile(false);
    ClientContext context(pins, false);
    context.tls()->setPrompt(
        [](const CertificateCheck &check) { return Prompts::instance().trustNewCertificate(nullptr, check); });
    LoginDialog dialog(&context);
    dialog.show();
    m_prompts.trustAnswer = false;
    fill(dialog, m_kit.serverAddress(), m_operator.login, m_operator.password);
    QTest::mouseClick(dialog.loginButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.errorLabel()->isVisible(), 10000);
    QVERIFY(!context.session()->isLoggedIn());
    QCOMPARE(m_prompts.trustQuestions.size(), 1);
    QVERIFY2(dialog.errorLabel()->text().contains(m_kit.fingerprint()), qPrintable(dialog.errorLabel()->text()));
    QVERIFY(!TrustStore(pins).pinned(QStringLiteral("127.0.0.1"), m_kit.fx().server().port()));
    QVERIFY(dialog.loginButton()->isEnabled());
}

void TestLogin::changedCertificateIsRefusedNamingBoth()
{
    const QString pins = m_kit.trustFile(false);
    TrustStore(pins).pin(QStringLiteral("127.0.0.1"), m_kit.fx().server().port(), bogusFingerprint);
    ClientContext context(pins, false);
    // Even a person who would say yes to anything is not asked: a changed certificate is refused.
    context.tls()->setPrompt(
        [](const CertificateCheck &check) { return Prompts::instance().trustNewCertificate(nullptr, check); });
    m_prompts.trustAnswer = true;
    LoginDialog dialog(&context);
    dialog.show();
    fill(dialog, m_kit.serverAddress(), m_operator.login, m_operator.password);
    QTest::mouseClick(dialog.loginButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.errorLabel()->isVisible(), 10000);
    QVERIFY(!context.session()->isLoggedIn());
    QVERIFY(m_prompts.trustQuestions.isEmpty());
    QCOMPARE(m_prompts.changedWarnings.size(), 1);
    QCOMPARE(m_prompts.changedWarnings.first().pinned, bogusFingerprint);
    QCOMPARE(m_prompts.changedWarnings.first().presented, m_kit.fingerprint());
    const QString error = dialog.errorLabel()->text();
    QVERIFY2(error.contains(bogusFingerprint) && error.contains(m_kit.fingerprint()), qPrintable(error));
    // The pin is left alone: only the administrator decides to replace it.
    QCOMPARE(TrustStore(pins).pinned(QStringLiteral("127.0.0.1"), m_kit.fx().server().port()), bogusFingerprint);
}

void TestLogin::wrongPasswordSaysSo()
{
    ClientContext context(m_kit.trustFile(true), false);
    LoginDialog dialog(&context);
    dialog.show();
    fill(dialog, m_kit.serverAddress(), m_operator.login, QStringLiteral("not-the-password"));
    QTest::mouseClick(dialog.loginButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.errorLabel()->isVisible(), 10000);
    QCOMPARE(dialog.errorLabel()->text(), LoginDialog::tr("Wrong login or password."));
    QVERIFY(!context.session()->isLoggedIn());
    QCOMPARE(dialog.loginEdit()->text(), m_operator.login); // what was typed stays
}

void TestLogin::twoFactorCodeAskedWhenServerWantsIt()
{
    const auto user = m_kit.fx().newUser(QStringLiteral("admin"));
    QVERIFY(user.isValid());
    const auto setup = m_kit.fx().api().post(QStringLiteral("/me/2fa/setup"), {}, user.token);
    QCOMPARE(setup.status, 200);
    const QString secret = setup.object().value(QLatin1String("secret")).toString();
    QCOMPARE(m_kit.fx()
                 .api()
                 .post(QStringLiteral("/me/2fa/enable"), {{QStringLiteral("code"), totpCode(secret)}}, user.token)
                 .status,
             204);

    ClientContext context(m_kit.trustFile(true), false);
    LoginDialog dialog(&context);
    dialog.show();
    QVERIFY(!dialog.totpEdit()->isVisible());
    fill(dialog, m_kit.serverAddress(), user.login, user.password);
    QTest::mouseClick(dialog.loginButton(), Qt::LeftButton);
    // The server answers totp_required: the code field appears, with the cursor in it.
    QTRY_VERIFY_WITH_TIMEOUT(dialog.totpEdit()->isVisible(), 10000);
    QVERIFY(!context.session()->isLoggedIn());
    QCOMPARE(dialog.focusWidget(), dialog.totpEdit());
    QTest::keyClicks(dialog.totpEdit(), QStringLiteral("000000") == totpCode(secret, 1) ? QStringLiteral("111111")
                                                                                        : QStringLiteral("000000"));
    QTest::mouseClick(dialog.loginButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.errorLabel()->text(), LoginDialog::tr("The 2FA code is wrong or expired."), 10000);
    dialog.totpEdit()->clear();
    QTest::keyClicks(dialog.totpEdit(), totpCode(secret, 1));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::mouseClick(dialog.loginButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, 10000);
    QVERIFY(context.session()->isLoggedIn());
    QCOMPARE(context.session()->user().login, user.login);
}

void TestLogin::fieldsAreCheckedBeforeSending()
{
    ClientContext context(m_kit.trustFile(true), false);
    LoginDialog dialog(&context);
    dialog.show();
    fill(dialog, QStringLiteral("http://plain.example"), m_operator.login, m_operator.password);
    QTest::mouseClick(dialog.loginButton(), Qt::LeftButton);
    QVERIFY(dialog.errorLabel()->isVisible());
    QCOMPARE(dialog.focusWidget(), dialog.serverEdit());
    fill(dialog, m_kit.serverAddress(), m_operator.login, {});
    QTest::mouseClick(dialog.loginButton(), Qt::LeftButton);
    QCOMPARE(dialog.errorLabel()->text(), LoginDialog::tr("Enter your login and password."));
    QCOMPARE(okna::ApiClient::parseServerAddress(QStringLiteral("server.local")).toString(),
             QStringLiteral("https://server.local:8443"));
}

// A three-line error (a changed certificate names two fingerprints) makes the dialog taller; the
// inputs keep their height and the whole error is readable.
void TestLogin::longErrorKeepsFieldsReadable()
{
    const QString pins = m_kit.trustFile(false);
    TrustStore(pins).pin(QStringLiteral("127.0.0.1"), m_kit.fx().server().port(), bogusFingerprint);
    ClientContext context(pins, false);
    LoginDialog dialog(&context);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fill(dialog, m_kit.serverAddress(), m_operator.login, m_operator.password);
    QTest::mouseClick(dialog.loginButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.errorLabel()->isVisible(), 10000);
    QCoreApplication::processEvents();
    QLabel *error = dialog.errorLabel();
    QVERIFY2(error->heightForWidth(error->width()) > 2 * error->fontMetrics().lineSpacing(),
             qPrintable(error->text())); // really several lines
    QTRY_VERIFY2(
        error->height() >= error->heightForWidth(error->width()),
        qPrintable(
            QStringLiteral("error %1 px, needs %2").arg(error->height()).arg(error->heightForWidth(error->width()))));
    for (QLineEdit *edit : {dialog.serverEdit(), dialog.loginEdit(), dialog.passwordEdit()}) {
        QVERIFY2(edit->height() >= edit->sizeHint().height(), qPrintable(QStringLiteral("%1: %2 px of %3")
                                                                             .arg(edit->objectName())
                                                                             .arg(edit->height())
                                                                             .arg(edit->sizeHint().height())));
    }
    // Nor can the user squash them by making the window smaller.
    dialog.resize(dialog.width(), 50);
    QCoreApplication::processEvents();
    QVERIFY(dialog.height() >= dialog.layout()->totalHeightForWidth(dialog.width()));
}

// The cursor starts where typing is needed: the server when none is remembered, else the login,
// else the password.
void TestLogin::cursorStartsInFirstEmptyField()
{
    ClientContext context(m_kit.trustFile(true), false);
    QSettings settings;
    settings.remove(QStringLiteral("login/server"));
    settings.remove(QStringLiteral("login/login"));
    // A dialog opened with the settings as they are now: is the cursor in `edit`?
    const auto focusesOnOpen = [&context](QLineEdit *(LoginDialog::*edit)() const) {
        LoginDialog dialog(&context);
        dialog.show();
        return QTest::qWaitForWindowActive(&dialog) && dialog.focusWidget() == (dialog.*edit)();
    };
    QVERIFY(focusesOnOpen(&LoginDialog::serverEdit));
    settings.setValue(QStringLiteral("login/login"), m_operator.login);
    QVERIFY(focusesOnOpen(&LoginDialog::serverEdit));
    settings.setValue(QStringLiteral("login/server"), m_kit.serverAddress());
    settings.remove(QStringLiteral("login/login"));
    QVERIFY(focusesOnOpen(&LoginDialog::loginEdit));
    settings.setValue(QStringLiteral("login/login"), m_operator.login);
    QVERIFY(focusesOnOpen(&LoginDialog::passwordEdit));
}

void TestLogin::expiredSessionReturnsToLoginKeepingInput()
{
    // The whole program flow: dialog, main window, a revoked token, the dialog again over the window.
    QSettings().setValue(QStringLiteral("login/remember"), false);
    ClientApplication flow;
    flow.context()->tls()->store().pin(QStringLiteral("127.0.0.1"), m_kit.fx().server().port(), m_kit.fingerprint());
    flow.showLogin({});
    LoginDialog *dialog = flow.loginDialog();
    QVERIFY(dialog->isVisible());
    verifyApplicationIcon(dialog);
    if (QTest::currentTestFailed())
        return;
    fill(*dialog, m_kit.serverAddress(), m_operator.login, m_operator.password);
    QTest::keyClick(dialog->passwordEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(flow.mainWindow() != nullptr, 10000);
    MainWindow *window = flow.mainWindow();
    QVERIFY(!dialog->isVisible());
    verifyApplicationIcon(window);
    if (QTest::currentTestFailed())
        return;
    auto *dashboard = qobject_cast<OperatorDashboard *>(window->dashboard());
    QVERIFY(dashboard);
    QTest::keyClicks(dashboard->form()->nameEdit(), QStringLiteral("Half-typed client"));
    QTRY_COMPARE_WITH_TIMEOUT(flow.context()->events()->state(), EventStream::State::Connected, 5000);

    // Someone revokes the token (here: a logout with it from elsewhere); the next call gets 401.
    const QString token = flow.context()->api()->token();
    QCOMPARE(m_kit.fx().api().post(QStringLiteral("/auth/logout"), {}, token).status, 204);
    dashboard->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), 10000);
    QVERIFY(!flow.context()->session()->isLoggedIn());
    QVERIFY(dialog->noticeLabel()->isVisible());
    QCOMPARE(dialog->loginEdit()->text(), m_operator.login);
    QCOMPARE(dialog->serverEdit()->text(), m_kit.serverAddress());
    QCOMPARE(flow.mainWindow(), window); // the window and what was typed in it stay
    QCOMPARE(dashboard->form()->nameEdit()->text(), QStringLiteral("Half-typed client"));

    QTest::keyClicks(dialog->passwordEdit(), m_operator.password);
    QTest::keyClick(dialog->passwordEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 10000);
    QVERIFY(flow.context()->session()->isLoggedIn());
    QCOMPARE(flow.mainWindow(), window);
    QCOMPARE(window->dashboard(), dashboard);
    QCOMPARE(dashboard->form()->nameEdit()->text(), QStringLiteral("Half-typed client"));
    QTRY_COMPARE_WITH_TIMEOUT(flow.context()->events()->state(), EventStream::State::Connected, 5000);

    // Logging out goes back to the dialog and drops the window.
    emit window->logoutRequested();
    QTRY_VERIFY_WITH_TIMEOUT(flow.mainWindow() == nullptr, 5000);
    QVERIFY(dialog->isVisible());
}

void TestLogin::rememberMeUsesKeychain()
{
    // A real Secret Service where the test runs under dbus-run-session with gnome-keyring
    // (tools/run-tests.sh); elsewhere the client must say it cannot remember.
    auto context = std::make_unique<ClientContext>(m_kit.trustFile(true), true);
    context->api()->setServerUrl(okna::ApiClient::parseServerAddress(m_kit.serverAddress()));
    QSignalSpy cannot(context->session(), &Session::cannotRemember);
    QSignalSpy saved(context->credentials(), &CredentialStore::tokenSaved);
    QSignalSpy loggedIn(context->session(), &Session::loggedIn);
    context->session()->login(m_operator.login, m_operator.password, {}, true);
    QVERIFY(loggedIn.wait(10000));
    QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty() || !cannot.isEmpty(), 15000);
    if (!cannot.isEmpty()) {
        QVERIFY(!cannot.first().at(0).toString().isEmpty());
        QSKIP("No keychain here: the client said so (checked); run under tools/run-tests.sh for the rest");
    }
    const QString token = context->api()->token();
    context.reset();

    // A new start of the program: the token comes back from the keychain, not the password.
    ClientContext next(m_kit.trustFile(true), true);
    next.api()->setServerUrl(okna::ApiClient::parseServerAddress(m_kit.serverAddress()));
    QSignalSpy resumed(next.session(), &Session::loggedIn);
    next.session()->resume(m_operator.login);
    QVERIFY(resumed.wait(15000));
    QCOMPARE(next.api()->token(), token);
    QCOMPARE(next.session()->user().login, m_operator.login);

    // Logging out forgets it.
    next.session()->logout();
    QTest::qWait(500);
    ClientContext third(m_kit.trustFile(true), true);
    third.api()->setServerUrl(okna::ApiClient::parseServerAddress(m_kit.serverAddress()));
    QSignalSpy failed(third.session(), &Session::resumeFailed);
    third.session()->resume(m_operator.login);
    QVERIFY(failed.wait(15000));
}

QTEST_MAIN(TestLogin)
#include "tst_login.moc"

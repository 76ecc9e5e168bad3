// A server whose certificate a certificate authority signed: when the client trusts that CA
// (--ca-file, CertificateAuthorities), logging in asks nothing and pins nothing, HTTPS and the events
// socket alike; a certificate from a CA the client does not trust still goes through the
// fingerprint dialog and is pinned on yes.
#include "ClientTestKit.h"
#include "TestCertificateAuthority.h"

#include "core/CertificateAuthorities.h"
#include "core/ClientContext.h"
#include "core/EventStream.h"
#include "core/Session.h"
#include "core/TlsGuard.h"
#include "core/TrustStore.h"
#include "gui/LoginDialog.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTest>

using namespace okna;
using namespace okna::test;

class TestCaCertificate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void caSignedCertificateLogsInWithoutDialog();
    void untrustedCaGoesThroughFingerprintDialog();
    void caFileWithoutCertificateIsRefused();

private:
    // Logs in through the real LoginDialog with the trust dialog answered by m_prompts.
    bool logIn(ClientContext &context);
    QString serverFingerprint() const;

    TestCertificateAuthority m_ca;
    TestCertificateAuthority m_strangerCa;
    ClientTestKit m_kit;
    FakePrompts m_prompts;
    TestUser m_operator;
    QSslConfiguration m_defaultTls;
};

void TestCaCertificate::initTestCase()
{
    QVERIFY2(m_ca.create(QStringLiteral("Okna Test CA")), qPrintable(m_ca.errorString()));
    QVERIFY2(m_ca.issueServerCertificate(QStringLiteral("server")), qPrintable(m_ca.errorString()));
    QVERIFY2(m_strangerCa.create(QStringLiteral("Stranger CA")), qPrintable(m_strangerCa.errorString()));
    ServerFixture::Options options;
    options.serverEnvironment.insert(QStringLiteral("OKNA_TLS_CERT"),
                                     m_ca.serverCertificatePath(QStringLiteral("server")));
    options.serverEnvironment.insert(QStringLiteral("OKNA_TLS_KEY"), m_ca.serverKeyPath(QStringLiteral("server")));
    options.trustedCertificatePath = m_ca.certificatePath();
    QVERIFY2(m_kit.start(options), qPrintable(m_kit.errorString()));
    m_operator = m_kit.fx().newUser(QStringLiteral("operator"));
    QVERIFY2(m_operator.isValid(), qPrintable(m_operator.error));
    m_defaultTls = QSslConfiguration::defaultConfiguration();
}

void TestCaCertificate::init()
{
    m_prompts.reset();
}

void TestCaCertificate::cleanup()
{
    // Each test trusts its own authorities: none of them outlives it.
    QSslConfiguration::setDefaultConfiguration(m_defaultTls);
    m_kit.fx().printServerLogIfTestFailed();
}

QString TestCaCertificate::serverFingerprint() const
{
    const auto certificates =
        QSslCertificate::fromPath(m_ca.serverCertificatePath(QStringLiteral("server")), QSsl::Pem);
    return certificates.isEmpty() ? QString() : TrustStore::fingerprintOf(certificates.first());
}

bool TestCaCertificate::logIn(ClientContext &context)
{
    context.tls()->setPrompt(
        [](const CertificateCheck &check) { return Prompts::instance().trustNewCertificate(nullptr, check); });
    LoginDialog dialog(&context);
    dialog.show();
    dialog.serverEdit()->setText(m_kit.serverAddress());
    dialog.loginEdit()->setText(m_operator.login);
    dialog.passwordEdit()->setText(m_operator.password);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::mouseClick(dialog.loginButton(), Qt::LeftButton);
    return accepted.wait(10000) || !accepted.isEmpty();
}

void TestCaCertificate::caSignedCertificateLogsInWithoutDialog()
{
    const auto trusted = CertificateAuthorities::trustFile(m_ca.certificatePath());
    QVERIFY2(trusted, qPrintable(trusted ? QString() : trusted.error().message()));
    QCOMPARE(*trusted, 1);
    const QString pins = m_kit.trustFile(false);
    ClientContext context(pins, false);
    m_prompts.trustAnswer = false; // a question would fail the login
    QVERIFY(logIn(context));
    QVERIFY(context.session()->isLoggedIn());
    QVERIFY(m_prompts.trustQuestions.isEmpty());
    QVERIFY(m_prompts.changedWarnings.isEmpty());
    // Nothing pinned: the CA vouches for the server, also for its next certificate.
    QVERIFY(!TrustStore(pins).pinned(QStringLiteral("127.0.0.1"), m_kit.fx().server().port()));
    // The events socket (no prompt allowed) trusts the CA as well.
    QTRY_COMPARE_WITH_TIMEOUT(context.events()->state(), EventStream::State::Connected, 5000);
}

void TestCaCertificate::untrustedCaGoesThroughFingerprintDialog()
{
    // Another CA is trusted, not the one that signed the server's certificate.
    QVERIFY(CertificateAuthorities::trustFile(m_strangerCa.certificatePath()));
    const QString pins = m_kit.trustFile(false);
    ClientContext context(pins, false);
    m_prompts.trustAnswer = true;
    QVERIFY(logIn(context));
    QCOMPARE(m_prompts.trustQuestions.size(), 1);
    QCOMPARE(m_prompts.trustQuestions.first().presented, serverFingerprint());
    QVERIFY(!m_prompts.trustQuestions.first().changed());
    QCOMPARE(TrustStore(pins).pinned(QStringLiteral("127.0.0.1"), m_kit.fx().server().port()), serverFingerprint());
}

void TestCaCertificate::caFileWithoutCertificateIsRefused()
{
    QVERIFY(!CertificateAuthorities::trustFile(m_ca.serverKeyPath(QStringLiteral("server"))));
    QVERIFY(!CertificateAuthorities::trustFile(m_ca.certificatePath() + QStringLiteral(".missing")));
    QCOMPARE(QSslConfiguration::defaultConfiguration().caCertificates(), m_defaultTls.caCertificates());
}

QTEST_MAIN(TestCaCertificate)
#include "tst_ca_certificate.moc"

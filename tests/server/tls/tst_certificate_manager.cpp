// Self-signed certificate creation, loading the operator's files, and a real TLS handshake with the result.
#include "tls/CertificateManager.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/bio.h>
#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <sys/stat.h>

using okna::server::CertificateManager;
using okna::server::TlsMaterial;

namespace {

mode_t modeOf(const QString &path)
{
    struct stat st = {};
    ::stat(QFile::encodeName(path).constData(), &st);
    return st.st_mode & 07777;
}

int signatureNid(const QSslCertificate &certificate)
{
    const QByteArray pem = certificate.toPem();
    BIO *bio = BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size()));
    X509 *x509 = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
    const int nid = x509 ? X509_get_signature_nid(x509) : NID_undef;
    X509_free(x509);
    BIO_free(bio);
    return nid;
}

} // namespace

class TestCertificateManager : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createsSelfSignedPair();
    void secondCallLoadsSameCertificate();
    void refusesMismatchedKey();
    void refusesSingleFile();
    void refusesGarbage();
    void handshakeSucceedsWithPinnedCa_data();
    void handshakeSucceedsWithPinnedCa();
    void refusesOldProtocol();

private:
    okna::Result<TlsMaterial> createIn(const QString &dir);

    QTemporaryDir m_tmp;
    QString m_certPath;
    QString m_keyPath;
    TlsMaterial m_material;
};

okna::Result<TlsMaterial> TestCertificateManager::createIn(const QString &dir)
{
    return CertificateManager::loadOrCreate(dir + QLatin1String("/server.crt"), dir + QLatin1String("/server.key"), {});
}

void TestCertificateManager::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend");
    m_certPath = m_tmp.path() + QLatin1String("/tls/server.crt");
    m_keyPath = m_tmp.path() + QLatin1String("/tls/server.key");
    const auto created = CertificateManager::loadOrCreate(
        m_certPath, m_keyPath,
        {QStringLiteral("okna.example"), QStringLiteral("192.168.10.5"), QStringLiteral("0.0.0.0")});
    QVERIFY2(created.ok(), qPrintable(created ? QString() : created.error().message()));
    m_material = created.value();
}

void TestCertificateManager::createsSelfSignedPair()
{
    QVERIFY(m_material.created);
    QVERIFY(QFile::exists(m_certPath));
    QVERIFY(QFile::exists(m_keyPath));
    QCOMPARE(modeOf(m_keyPath), mode_t(0600));
    QCOMPARE(modeOf(m_certPath), mode_t(0644));
    QCOMPARE(modeOf(m_tmp.path() + QLatin1String("/tls")), mode_t(0700));
    QVERIFY(!m_material.key.isNull());
    QCOMPARE(m_material.key.type(), QSsl::PrivateKey);

    const QSslCertificate &cert = m_material.certificate;
    QCOMPARE(cert.subjectInfo(QSslCertificate::CommonName), QStringList{QStringLiteral("okna-server")});
    // Self-issued; Qt's isSelfSigned() also wants keyCertSign, which a CA:FALSE leaf must not have.
    QCOMPARE(cert.issuerDisplayName(), cert.subjectDisplayName());
    const auto san = cert.subjectAlternativeNames();
    QVERIFY(san.values(QSsl::DnsEntry).contains(QStringLiteral("localhost")));
    QVERIFY(san.values(QSsl::DnsEntry).contains(QStringLiteral("okna.example")));
    QVERIFY(san.values(QSsl::IpAddressEntry).contains(QStringLiteral("127.0.0.1")));
    QVERIFY(san.values(QSsl::IpAddressEntry).contains(QStringLiteral("192.168.10.5")));
    QVERIFY(!san.values(QSsl::IpAddressEntry).contains(QStringLiteral("0.0.0.0")));
    QCOMPARE(san.values(QSsl::IpAddressEntry).size(), 3); // with ::1

    QCOMPARE(signatureNid(cert), NID_ecdsa_with_SHA256);
    QCOMPARE(cert.serialNumber().split(':').size(), 16); // 128-bit random serial
    QVERIFY(cert.effectiveDate().daysTo(cert.expiryDate()) >= 3650);

    static const QRegularExpression format(QStringLiteral("^([0-9A-F]{2}:){31}[0-9A-F]{2}$"));
    QVERIFY(format.match(m_material.fingerprint).hasMatch());
    QCOMPARE(m_material.fingerprint, QString::fromLatin1(cert.digest(QCryptographicHash::Sha256).toHex(':').toUpper()));
    QCOMPARE(CertificateManager::fingerprintSha256(cert), m_material.fingerprint);
}

void TestCertificateManager::secondCallLoadsSameCertificate()
{
    const auto loaded = CertificateManager::loadOrCreate(m_certPath, m_keyPath, {});
    QVERIFY2(loaded.ok(), qPrintable(loaded ? QString() : loaded.error().message()));
    QVERIFY(!loaded->created);
    QCOMPARE(loaded->fingerprint, m_material.fingerprint);
    QCOMPARE(loaded->key.toPem(), m_material.key.toPem());
}

void TestCertificateManager::refusesMismatchedKey()
{
    QTemporaryDir other;
    QVERIFY(createIn(other.path()).ok());
    const QString foreignKey = other.path() + QLatin1String("/server.key");
    const auto mixed = CertificateManager::loadOrCreate(m_certPath, foreignKey, {});
    QVERIFY(!mixed.ok());
    QVERIFY2(mixed.error().message().contains(foreignKey), qPrintable(mixed.error().message()));
}

void TestCertificateManager::refusesSingleFile()
{
    QTemporaryDir dir;
    const QString cert = dir.path() + QLatin1String("/server.crt");
    const QString key = dir.path() + QLatin1String("/server.key");
    QVERIFY(QFile::copy(m_certPath, cert));
    auto onlyCert = CertificateManager::loadOrCreate(cert, key, {});
    QVERIFY(!onlyCert.ok());
    QVERIFY(onlyCert.error().message().contains(key));
    QVERIFY(!QFile::exists(key));

    QVERIFY(QFile::remove(cert));
    QVERIFY(QFile::copy(m_keyPath, key));
    auto onlyKey = CertificateManager::loadOrCreate(cert, key, {});
    QVERIFY(!onlyKey.ok());
    QVERIFY(onlyKey.error().message().contains(cert));
    QVERIFY(!QFile::exists(cert));
}

void TestCertificateManager::refusesGarbage()
{
    QTemporaryDir dir;
    const QString cert = dir.path() + QLatin1String("/server.crt");
    QFile file(cert);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a certificate\n");
    file.close();
    const auto loaded = CertificateManager::loadOrCreate(cert, m_keyPath, {});
    QVERIFY(!loaded.ok());
    QVERIFY(loaded.error().message().contains(cert));
}

void TestCertificateManager::handshakeSucceedsWithPinnedCa_data()
{
    QTest::addColumn<QString>("host");
    QTest::newRow("ip") << QStringLiteral("127.0.0.1");
    QTest::newRow("name") << QStringLiteral("localhost");
}

void TestCertificateManager::handshakeSucceedsWithPinnedCa()
{
    QFETCH(QString, host);
    QSslServer server;
    auto serverConfig = QSslConfiguration::defaultConfiguration();
    serverConfig.setLocalCertificate(m_material.certificate);
    serverConfig.setPrivateKey(m_material.key);
    serverConfig.setProtocol(QSsl::TlsV1_2OrLater);
    server.setSslConfiguration(serverConfig);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));

    QSslSocket client;
    auto clientConfig = QSslConfiguration::defaultConfiguration();
    clientConfig.setCaCertificates({m_material.certificate});
    client.setSslConfiguration(clientConfig);
    QSignalSpy encrypted(&client, &QSslSocket::encrypted);
    QSignalSpy errors(&client, &QSslSocket::sslErrors);
    client.connectToHostEncrypted(host, server.serverPort());
    QTRY_VERIFY_WITH_TIMEOUT(
        encrypted.count() == 1 || errors.count() > 0 || client.state() == QAbstractSocket::UnconnectedState, 10000);
    QCOMPARE(errors.count(), 0);
    QCOMPARE(encrypted.count(), 1);
    QVERIFY(client.sessionProtocol() == QSsl::TlsV1_2 || client.sessionProtocol() == QSsl::TlsV1_3);
    QCOMPARE(CertificateManager::fingerprintSha256(client.peerCertificate()), m_material.fingerprint);
}

void TestCertificateManager::refusesOldProtocol()
{
    QSslServer server;
    auto serverConfig = QSslConfiguration::defaultConfiguration();
    serverConfig.setLocalCertificate(m_material.certificate);
    serverConfig.setPrivateKey(m_material.key);
    serverConfig.setProtocol(QSsl::TlsV1_2OrLater);
    server.setSslConfiguration(serverConfig);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));

    QSslSocket client;
    auto clientConfig = QSslConfiguration::defaultConfiguration();
    clientConfig.setCaCertificates({m_material.certificate});
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED
    clientConfig.setProtocol(QSsl::TlsV1_1);
    QT_WARNING_POP
    client.setSslConfiguration(clientConfig);
    QSignalSpy encrypted(&client, &QSslSocket::encrypted);
    QSignalSpy failed(&client, &QSslSocket::errorOccurred);
    client.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.serverPort());
    QTRY_VERIFY_WITH_TIMEOUT(failed.count() > 0 || encrypted.count() > 0, 10000);
    QCOMPARE(encrypted.count(), 0);
    QVERIFY(!client.isEncrypted());
}

QTEST_GUILESS_MAIN(TestCertificateManager)
#include "tst_certificate_manager.moc"

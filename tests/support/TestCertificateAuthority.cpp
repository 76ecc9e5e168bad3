#include "TestCertificateAuthority.h"

#include <QFile>
#include <QProcess>

namespace okna::test {

bool TestCertificateAuthority::runOpenssl(const QStringList &arguments)
{
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"), arguments);
    if (!openssl.waitForFinished(60000) || openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0) {
        m_error = QStringLiteral("openssl %1 failed: %2 %3")
                      .arg(arguments.join(QLatin1Char(' ')), openssl.errorString(),
                           QString::fromLocal8Bit(openssl.readAll()));
        return false;
    }
    return true;
}

bool TestCertificateAuthority::create(const QString &commonName)
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary directory");
        return false;
    }
    return runOpenssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-sha256"), QStringLiteral("-nodes"),
                       QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=%1").arg(commonName), QStringLiteral("-addext"),
                       QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                       QStringLiteral("keyUsage=critical,keyCertSign,cRLSign"), QStringLiteral("-keyout"),
                       m_dir.filePath(QStringLiteral("ca.key")), QStringLiteral("-out"), certificatePath()});
}

bool TestCertificateAuthority::issueServerCertificate(const QString &name)
{
    const QString request = m_dir.filePath(name + QStringLiteral(".csr"));
    const QString extensions = m_dir.filePath(name + QStringLiteral(".ext"));
    QFile file(extensions);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = file.errorString();
        return false;
    }
    // What a public CA puts into a web server's certificate.
    file.write("basicConstraints=CA:FALSE\n"
               "keyUsage=critical,digitalSignature,keyEncipherment\n"
               "extendedKeyUsage=serverAuth\n"
               "subjectAltName=IP:127.0.0.1,DNS:localhost\n");
    file.close();
    return runOpenssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                       QStringLiteral("-nodes"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                       QStringLiteral("-keyout"), serverKeyPath(name), QStringLiteral("-out"), request}) &&
           runOpenssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), request,
                       QStringLiteral("-CA"), certificatePath(), QStringLiteral("-CAkey"),
                       m_dir.filePath(QStringLiteral("ca.key")), QStringLiteral("-CAcreateserial"),
                       QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-sha256"),
                       QStringLiteral("-extfile"), extensions, QStringLiteral("-out"), serverCertificatePath(name)});
}

QString TestCertificateAuthority::certificatePath() const
{
    return m_dir.filePath(QStringLiteral("ca.crt"));
}

QString TestCertificateAuthority::serverCertificatePath(const QString &name) const
{
    return m_dir.filePath(name + QStringLiteral(".crt"));
}

QString TestCertificateAuthority::serverKeyPath(const QString &name) const
{
    return m_dir.filePath(name + QStringLiteral(".key"));
}

} // namespace okna::test

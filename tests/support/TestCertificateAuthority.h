// A throwaway certificate authority for TLS tests, made with the `openssl` command: its own
// certificate, and server certificates it signs for 127.0.0.1 and localhost, all in a temporary
// folder that goes with the object.
#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace okna::test {

class TestCertificateAuthority
{
public:
    // Creates the CA's key and self-signed certificate; check errorString() on false.
    bool create(const QString &commonName);
    // A server certificate signed by this CA (SAN IP:127.0.0.1, DNS:localhost) and its key.
    bool issueServerCertificate(const QString &name);

    QString certificatePath() const; // the CA's certificate, PEM
    QString serverCertificatePath(const QString &name) const;
    QString serverKeyPath(const QString &name) const;
    QString errorString() const { return m_error; }

private:
    bool runOpenssl(const QStringList &arguments);

    QTemporaryDir m_dir;
    QString m_error;
};

} // namespace okna::test

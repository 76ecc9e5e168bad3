// The server's TLS certificate and key: the operator's files, or a self-signed pair made on first start.
#pragma once

#include "core/Result.h"

#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>

namespace okna::server {

struct TlsMaterial
{
    QSslCertificate certificate;
    QSslKey key;
    QString fingerprint; // SHA-256, "AB:CD:..."
    bool created = false;
};

class CertificateManager
{
public:
    // Both files present: load and check that the key belongs to the certificate. Neither present:
    // create a self-signed certificate for hostNames (plus localhost, 127.0.0.1, ::1 and this
    // machine's name). Exactly one present: an error, the operator's file is never overwritten.
    static Result<TlsMaterial> loadOrCreate(const QString &certPath, const QString &keyPath,
                                            const QStringList &hostNames);

    // Uppercase colon-separated hex, as a client shows it.
    static QString fingerprintSha256(const QSslCertificate &certificate);

private:
    static Result<TlsMaterial> load(const QString &certPath, const QString &keyPath);
    static Result<TlsMaterial> create(const QString &certPath, const QString &keyPath, const QStringList &hostNames);
};

} // namespace okna::server

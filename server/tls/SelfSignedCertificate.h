// Makes a self-signed leaf certificate with OpenSSL: EC P-256, SHA-256, SAN, 10 years.
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QStringList>

namespace okna::server {

struct PemPair
{
    QByteArray certificatePem;
    QByteArray privateKeyPem; // PKCS#8, unencrypted
};

class SelfSignedCertificate
{
public:
    static constexpr int ValidityDays = 3650;

    // Every name that parses as an address goes into the SAN as IP, the rest as DNS.
    static Result<PemPair> generate(const QString &commonName, const QStringList &subjectAltNames);

    // Whether the PEM private key belongs to the PEM certificate (an empty message) or why not.
    static QString keyMismatch(const QByteArray &certificatePem, const QByteArray &privateKeyPem);
};

} // namespace okna::server

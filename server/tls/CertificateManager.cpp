#include "tls/CertificateManager.h"

#include "tls/SelfSignedCertificate.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSysInfo>
#include <QUrl>

#include <sys/stat.h>

Q_LOGGING_CATEGORY(lcTls, "okna.server.tls")

namespace okna::server {

namespace {

constexpr auto OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr auto WorldReadable = OwnerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther;

ApiError failure(const QString &message)
{
    return ApiError(ErrorCode::Internal, message);
}

Result<QByteArray> readFile(const QString &path, const QString &what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(QStringLiteral("cannot read %1 %2: %3").arg(what, path, file.errorString()));
    return file.readAll();
}

// Missing parent directories are created owner-only: the key will live there.
Status makePrivateParents(const QString &filePath)
{
    const QString dir = QFileInfo(filePath).absolutePath();
    QStringList missing;
    for (QString path = dir; !QFileInfo::exists(path); path = QFileInfo(path).absolutePath())
        missing.prepend(path);
    for (const QString &path : std::as_const(missing)) {
        if (::mkdir(QFile::encodeName(path).constData(), 0700) != 0 && errno != EEXIST)
            return failure(QStringLiteral("cannot create directory %1: %2").arg(path, qt_error_string(errno)));
    }
    return {};
}

Status writeAtomically(QSaveFile &file, const QByteArray &data, QFileDevice::Permissions permissions)
{
    // Qt creates the temporary file unnamed (O_TMPFILE) where it can, so the mode is set before
    // anyone could open it.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(permissions) || file.write(data) != data.size())
        return failure(QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    return {};
}

// The names a client may dial: DNS names (IDN as ACE) and addresses; wildcard addresses make no sense.
QStringList subjectAltNames(const QStringList &hostNames)
{
    static const QRegularExpression dnsName(QStringLiteral("^[a-z0-9_*]([a-z0-9_.-]*[a-z0-9])?$"));
    QStringList names;
    const QStringList wanted = hostNames + QStringList{QStringLiteral("localhost"), QStringLiteral("127.0.0.1"),
                                                       QStringLiteral("::1"), QSysInfo::machineHostName()};
    for (QString name : wanted) {
        name = name.trimmed();
        if (name.startsWith(QLatin1Char('[')) && name.endsWith(QLatin1Char(']')))
            name = name.mid(1, name.size() - 2);
        if (name.isEmpty())
            continue;
        const QHostAddress address(name);
        if (!address.isNull()) {
            if (address != QHostAddress::AnyIPv4 && address != QHostAddress::AnyIPv6)
                names << address.toString();
            continue;
        }
        const QString ace = QString::fromLatin1(QUrl::toAce(name)).toLower();
        if (dnsName.match(ace).hasMatch())
            names << ace;
        else
            qCWarning(lcTls).noquote() << "not a host name, left out of the certificate:" << name;
    }
    names.removeDuplicates();
    return names;
}

QSsl::KeyAlgorithm algorithmOf(const QSslCertificate &certificate)
{
    return certificate.publicKey().algorithm();
}

} // namespace

QString CertificateManager::fingerprintSha256(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

Result<TlsMaterial> CertificateManager::loadOrCreate(const QString &certPath, const QString &keyPath,
                                                     const QStringList &hostNames)
{
    if (certPath.isEmpty() || keyPath.isEmpty())
        return failure(QStringLiteral("TLS certificate and key paths must both be given"));
    const bool haveCert = QFileInfo::exists(certPath);
    const bool haveKey = QFileInfo::exists(keyPath);
    if (haveCert && haveKey)
        return load(certPath, keyPath);
    if (haveCert || haveKey) {
        const QString present = haveCert ? certPath : keyPath;
        const QString absent = haveCert ? keyPath : certPath;
        return failure(QStringLiteral("TLS %1 %2 exists but %3 %4 does not: supply both files, or remove %2 to have "
                                      "a new self-signed pair created")
                           .arg(haveCert ? QStringLiteral("certificate") : QStringLiteral("key"), present,
                                haveCert ? QStringLiteral("key") : QStringLiteral("certificate"), absent));
    }
    return create(certPath, keyPath, hostNames);
}

Result<TlsMaterial> CertificateManager::load(const QString &certPath, const QString &keyPath)
{
    const auto certPem = readFile(certPath, QStringLiteral("TLS certificate"));
    if (!certPem)
        return certPem.error();
    const auto keyPem = readFile(keyPath, QStringLiteral("TLS key"));
    if (!keyPem)
        return keyPem.error();

    const QList<QSslCertificate> chain = QSslCertificate::fromData(certPem.value(), QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull())
        return failure(QStringLiteral("TLS certificate %1 holds no PEM certificate").arg(certPath));
    if (const QString mismatch = SelfSignedCertificate::keyMismatch(certPem.value(), keyPem.value());
        !mismatch.isEmpty()) {
        return failure(QStringLiteral("TLS key %1 does not fit certificate %2: %3").arg(keyPath, certPath, mismatch));
    }

    TlsMaterial material;
    material.certificate = chain.first();
    material.key = QSslKey(keyPem.value(), algorithmOf(material.certificate), QSsl::Pem, QSsl::PrivateKey);
    if (material.key.isNull())
        return failure(QStringLiteral("TLS key %1: unsupported key type (use RSA or EC)").arg(keyPath));
    material.fingerprint = fingerprintSha256(material.certificate);

    if (QFile::permissions(keyPath) & (QFileDevice::ReadGroup | QFileDevice::ReadOther))
        qCWarning(lcTls).noquote() << "TLS key" << keyPath << "is readable by others; chmod 600 it";
    if (material.certificate.expiryDate() < QDateTime::currentDateTimeUtc())
        qCWarning(lcTls).noquote() << "TLS certificate" << certPath << "expired on"
                                   << material.certificate.expiryDate().toString(Qt::ISODate);
    qCInfo(lcTls).noquote() << "TLS certificate" << certPath << "SHA-256" << material.fingerprint;
    return material;
}

Result<TlsMaterial> CertificateManager::create(const QString &certPath, const QString &keyPath,
                                               const QStringList &hostNames)
{
    const QStringList names = subjectAltNames(hostNames);
    const auto pem = SelfSignedCertificate::generate(QStringLiteral("okna-server"), names);
    if (!pem)
        return pem.error();

    for (const QString &path : {certPath, keyPath}) {
        if (auto status = makePrivateParents(path); !status)
            return status.error();
    }
    QSaveFile keyFile(keyPath);
    QSaveFile certFile(certPath);
    if (auto status = writeAtomically(keyFile, pem->privateKeyPem, OwnerOnly); !status)
        return status.error();
    if (auto status = writeAtomically(certFile, pem->certificatePem, WorldReadable); !status)
        return status.error();
    // The key first: a certificate without its key would be refused at the next start.
    if (!keyFile.commit())
        return failure(QStringLiteral("cannot write TLS key %1: %2").arg(keyPath, keyFile.errorString()));
    if (!certFile.commit()) {
        QFile::remove(keyPath);
        return failure(QStringLiteral("cannot write TLS certificate %1: %2").arg(certPath, certFile.errorString()));
    }
    if (!QFile::setPermissions(keyPath, OwnerOnly) || !QFile::setPermissions(certPath, WorldReadable))
        return failure(QStringLiteral("cannot set the modes of %1 and %2").arg(keyPath, certPath));

    TlsMaterial material;
    material.certificate = QSslCertificate(pem->certificatePem, QSsl::Pem);
    material.key = QSslKey(pem->privateKeyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (material.certificate.isNull() || material.key.isNull())
        return failure(QStringLiteral("Qt cannot read the certificate it just created (is the OpenSSL TLS backend "
                                      "installed?)"));
    material.fingerprint = fingerprintSha256(material.certificate);
    material.created = true;
    qCInfo(lcTls).noquote() << "created self-signed TLS certificate" << certPath << "for"
                            << names.join(QStringLiteral(", ")) << "SHA-256" << material.fingerprint;
    return material;
}

} // namespace okna::server

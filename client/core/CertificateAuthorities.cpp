#include "core/CertificateAuthorities.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QSslCertificate>
#include <QSslConfiguration>

Q_LOGGING_CATEGORY(lcAuthorities, "okna.client.tls.ca")

namespace okna {

QString CertificateAuthorities::settingKey()
{
    return QStringLiteral("tls/ca_file");
}

Result<int> CertificateAuthorities::trustFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return ApiError::badRequest(
            QCoreApplication::translate("okna::CertificateAuthorities", "Cannot read the CA file %1: %2")
                .arg(path, file.errorString()));
    }
    const auto certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty()) {
        return ApiError::badRequest(
            QCoreApplication::translate("okna::CertificateAuthorities", "The CA file %1 holds no PEM certificate.")
                .arg(path));
    }
    auto configuration = QSslConfiguration::defaultConfiguration();
    // Setting a CA list turns off loading the system's roots on demand: name them explicitly.
    auto authorities = configuration.caCertificates();
    if (authorities.isEmpty())
        authorities = QSslConfiguration::systemCaCertificates();
    authorities += certificates;
    configuration.setCaCertificates(authorities);
    QSslConfiguration::setDefaultConfiguration(configuration);
    for (const auto &certificate : certificates)
        qCInfo(lcAuthorities) << "trusting CA" << certificate.subjectDisplayName() << "from" << path;
    return int(certificates.size());
}

} // namespace okna

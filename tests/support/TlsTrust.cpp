#include "TlsTrust.h"

namespace okna::test {

QSslConfiguration tlsTrustingOnly(const QSslCertificate &certificate)
{
    auto config = QSslConfiguration::defaultConfiguration();
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    // Replacing the CA list also turns off on-demand loading of the system roots.
    config.setCaCertificates({certificate});
    return config;
}

} // namespace okna::test

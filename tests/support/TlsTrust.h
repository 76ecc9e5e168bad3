// The TLS settings every test client uses: TLS 1.2+, peer verification on, one trusted certificate.
#pragma once

#include <QSslCertificate>
#include <QSslConfiguration>

namespace okna::test {

// Trusts exactly `certificate` (the server's self-signed one) and nothing from the system store.
QSslConfiguration tlsTrustingOnly(const QSslCertificate &certificate);

} // namespace okna::test

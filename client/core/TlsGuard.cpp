#include "core/TlsGuard.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcTls, "okna.client.tls")

namespace okna {

TlsGuard::TlsGuard(TrustStore store, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
{}

bool TlsGuard::accept(const QString &host, int port, const QSslCertificate &peer, const QList<QSslError> &errors,
                      bool allowPrompt)
{
    QSslCertificate certificate = peer;
    QStringList texts;
    for (const auto &error : errors) {
        texts.append(error.errorString());
        if (certificate.isNull() && !error.certificate().isNull())
            certificate = error.certificate();
    }
    if (certificate.isNull()) {
        qCWarning(lcTls) << "TLS errors without a certificate from" << host << port << texts;
        return false;
    }
    CertificateCheck check{host, port, TrustStore::fingerprintOf(certificate), {}, texts.join(QLatin1Char('\n'))};
    switch (m_store.verdict(host, port, check.presented)) {
    case TrustStore::Verdict::Pinned:
        return true;
    case TrustStore::Verdict::Changed:
        check.pinned = m_store.pinned(host, port).value_or(QString());
        qCWarning(lcTls) << "certificate of" << host << port << "changed from" << check.pinned << "to"
                         << check.presented;
        emit certificateChanged(check);
        return false;
    case TrustStore::Verdict::Unknown:
        break;
    }
    if (allowPrompt && m_prompt && m_prompt(check)) {
        m_store.pin(host, port, check.presented);
        return true;
    }
    emit certificateRefused(check);
    return false;
}

} // namespace okna

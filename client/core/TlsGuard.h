// The pinning decision shared by HTTPS requests and the events WebSocket (Mumble's setSslErrors):
// ignore the TLS errors only when the certificate matches the pin, ask when nothing is pinned,
// refuse a changed certificate.
#pragma once

#include "core/CertificateCheck.h"
#include "core/TrustStore.h"

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslError>

namespace okna {

class TlsGuard : public QObject
{
    Q_OBJECT

public:
    explicit TlsGuard(TrustStore store, QObject *parent = nullptr);

    TrustStore &store() { return m_store; }
    // Without a prompt an unknown certificate is refused (e.g. the events socket, or tests).
    void setPrompt(TrustPrompt prompt) { m_prompt = std::move(prompt); }

    // true: the caller ignores exactly `errors`. allowPrompt false: never asks (background sockets).
    bool accept(const QString &host, int port, const QSslCertificate &peer, const QList<QSslError> &errors,
                bool allowPrompt);

signals:
    void certificateChanged(const okna::CertificateCheck &check);
    void certificateRefused(const okna::CertificateCheck &check);

private:
    TrustStore m_store;
    TrustPrompt m_prompt;
};

} // namespace okna

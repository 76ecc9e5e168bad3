// What the user is asked (or told) about a server certificate that the system does not trust.
#pragma once

#include <QString>

#include <functional>

namespace okna {

struct CertificateCheck
{
    QString host;
    int port = 0;
    QString presented; // SHA-256 fingerprint of the certificate the server showed
    QString pinned;    // the fingerprint pinned earlier; empty for a server never seen
    QString errors;    // the TLS errors, one per line, for the curious

    bool changed() const { return !pinned.isEmpty(); }
};

// Answers "trust this new certificate?"; the GUI shows a dialog whose default is No.
using TrustPrompt = std::function<bool(const CertificateCheck &)>;

} // namespace okna

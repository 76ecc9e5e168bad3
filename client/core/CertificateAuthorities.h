// Certificate authorities the client trusts besides the system's: an organisation's own CA, named by
// --ca-file or the setting tls/ca_file. A server certificate that one of them (or a system CA) signs
// for the address the user typed is accepted with no fingerprint dialog and no pin, like any HTTPS
// site; a certificate nobody trusted signed still goes through TlsGuard's pinning.
#pragma once

#include "core/Result.h"

#include <QString>

namespace okna {

class CertificateAuthorities
{
public:
    // The QSettings key IT may set once per workstation instead of passing --ca-file.
    static QString settingKey();

    // Adds the PEM certificates in `path` to the process's default TLS configuration, which every
    // request and events socket created afterwards starts from (so: before the ClientContext).
    // The system's authorities stay trusted. Returns how many certificates were added.
    static Result<int> trustFile(const QString &path);
};

} // namespace okna

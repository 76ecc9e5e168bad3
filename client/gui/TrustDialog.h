// Shows a server certificate's SHA-256 fingerprint: "trust it?" (default No) for a new server, or
// a warning naming both fingerprints when a pinned certificate changed (then only Close).
#pragma once

#include "core/CertificateCheck.h"

#include <QDialog>

namespace okna {

class TrustDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TrustDialog(const CertificateCheck &check, QWidget *parent = nullptr);
};

} // namespace okna

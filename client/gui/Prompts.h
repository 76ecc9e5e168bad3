// Every modal question the GUI asks, behind one interface so that tests can answer instead of a
// person (KeePassXC's MessageBox seam). Prompts::instance() is the real dialogs unless replaced.
#pragma once

#include "core/CertificateCheck.h"

#include <QString>

#include <optional>

class QWidget;

namespace okna {

class Prompts
{
public:
    virtual ~Prompts() = default;

    // A certificate never seen for this server: pin it? Default No.
    virtual bool trustNewCertificate(QWidget *parent, const CertificateCheck &check) = 0;
    // The pinned certificate changed: the connection was refused; say so with both fingerprints.
    virtual void certificateChanged(QWidget *parent, const CertificateCheck &check) = 0;
    virtual void error(QWidget *parent, const QString &title, const QString &text) = 0;
    // The reason for a refusal; nullopt when cancelled. Never returns a blank reason.
    virtual std::optional<QString> refuseReason(QWidget *parent, qint64 orderNumber) = 0;
    // A yes/no question before something that cannot be undone; default No.
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text) = 0;

    static Prompts &instance();
    // Tests put their own answers here; nullptr goes back to the real dialogs.
    static void setInstance(Prompts *prompts);
};

} // namespace okna

// The real modal dialogs behind Prompts.
#pragma once

#include "gui/Prompts.h"

namespace okna {

class DialogPrompts : public Prompts
{
public:
    bool trustNewCertificate(QWidget *parent, const CertificateCheck &check) override;
    void certificateChanged(QWidget *parent, const CertificateCheck &check) override;
    void error(QWidget *parent, const QString &title, const QString &text) override;
    std::optional<QString> refuseReason(QWidget *parent, qint64 orderNumber) override;
    bool confirm(QWidget *parent, const QString &title, const QString &text) override;
};

} // namespace okna

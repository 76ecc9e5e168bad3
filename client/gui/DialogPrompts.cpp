#include "gui/DialogPrompts.h"

#include "gui/TrustDialog.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QMessageBox>

namespace okna {

bool DialogPrompts::trustNewCertificate(QWidget *parent, const CertificateCheck &check)
{
    TrustDialog dialog(check, parent);
    return dialog.exec() == QDialog::Accepted;
}

void DialogPrompts::certificateChanged(QWidget *parent, const CertificateCheck &check)
{
    TrustDialog dialog(check, parent);
    dialog.exec();
}

void DialogPrompts::error(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::warning(parent, title, text);
}

std::optional<QString> DialogPrompts::refuseReason(QWidget *parent, qint64 orderNumber)
{
    for (;;) {
        bool ok = false;
        const auto reason = QInputDialog::getText(
            parent, QCoreApplication::translate("okna::DialogPrompts", "Refuse order No. %1").arg(orderNumber),
            QCoreApplication::translate("okna::DialogPrompts", "Reason (required):"), QLineEdit::Normal, {}, &ok);
        if (!ok)
            return std::nullopt;
        if (!reason.trimmed().isEmpty())
            return reason.trimmed();
    }
}

bool DialogPrompts::confirm(QWidget *parent, const QString &title, const QString &text)
{
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) ==
           QMessageBox::Yes;
}

} // namespace okna

#include "gui/TrustDialog.h"

#include "core/StatusPalette.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace okna {

namespace {

QLabel *fingerprintLabel(const QString &fingerprint, QWidget *parent)
{
    auto *label = new QLabel(fingerprint, parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    QFont font = label->font();
    font.setFamily(QStringLiteral("monospace"));
    font.setStyleHint(QFont::Monospace);
    label->setFont(font);
    return label;
}

} // namespace

TrustDialog::TrustDialog(const CertificateCheck &check, QWidget *parent)
    : QDialog(parent)
{
    auto *layout = new QVBoxLayout(this);
    const QString server = QStringLiteral("%1:%2").arg(check.host).arg(check.port);
    auto *buttons = new QDialogButtonBox(this);
    if (check.changed()) {
        setWindowTitle(tr("Server certificate changed"));
        auto *warning = new QLabel(tr("<b>Warning: the certificate of %1 is not the one you trusted before.</b> "
                                      "Someone may be intercepting the connection. The connection was refused; "
                                      "ask your administrator before doing anything else.")
                                       .arg(server.toHtmlEscaped()),
                                   this);
        warning->setWordWrap(true);
        QPalette palette = warning->palette();
        palette.setColor(QPalette::WindowText, StatusPalette::warning());
        warning->setPalette(palette);
        layout->addWidget(warning);
        layout->addWidget(new QLabel(tr("Trusted fingerprint (SHA-256):"), this));
        layout->addWidget(fingerprintLabel(check.pinned, this));
        layout->addWidget(new QLabel(tr("Fingerprint presented now (SHA-256):"), this));
        layout->addWidget(fingerprintLabel(check.presented, this));
        buttons->setStandardButtons(QDialogButtonBox::Close);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    } else {
        setWindowTitle(tr("Unknown server certificate"));
        auto *text = new QLabel(tr("This is the first connection to %1. Its certificate is not signed by an "
                                   "authority this computer trusts. Compare the fingerprint below with the one your "
                                   "administrator gave you. Trust this certificate from now on?")
                                    .arg(server.toHtmlEscaped()),
                                this);
        text->setWordWrap(true);
        layout->addWidget(text);
        layout->addWidget(new QLabel(tr("Fingerprint (SHA-256):"), this));
        layout->addWidget(fingerprintLabel(check.presented, this));
        buttons->setStandardButtons(QDialogButtonBox::Yes | QDialogButtonBox::No);
        auto *no = buttons->button(QDialogButtonBox::No);
        buttons->button(QDialogButtonBox::Yes)->setAutoDefault(false);
        no->setDefault(true);
        no->setFocus();
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    }
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

} // namespace okna

#include "gui/admin/AdminDialogPrompts.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPushButton>

namespace okna {

bool AdminDialogPrompts::confirm(QWidget *parent, const QString &title, const QString &text)
{
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) ==
           QMessageBox::Yes;
}

QString AdminDialogPrompts::saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                                         const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

bool AdminDialogPrompts::setUpPrinter(QWidget *parent, QPrinter *printer, const QString &title)
{
    QPrintDialog dialog(printer, parent);
    dialog.setWindowTitle(title);
    return dialog.exec() == QDialog::Accepted;
}

std::optional<QString> AdminDialogPrompts::newPassword(QWidget *parent, const QString &login)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(tr("Reset password of %1").arg(login));
    auto *first = new QLineEdit(&dialog);
    auto *second = new QLineEdit(&dialog);
    for (auto *edit : {first, second})
        edit->setEchoMode(QLineEdit::Password);
    auto *problem = new QLabel(&dialog);
    problem->setStyleSheet(QStringLiteral("color: #E53935;"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("New password (at least 8 characters):"), first);
    form->addRow(tr("Repeat it:"), second);
    form->addRow(problem);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        if (first->text() != second->text()) {
            problem->setText(tr("The two passwords differ."));
            return;
        }
        if (first->text().size() < 8) {
            problem->setText(tr("The password must have at least 8 characters."));
            return;
        }
        dialog.accept();
    });
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return first->text();
}

std::optional<QString> AdminDialogPrompts::text(QWidget *parent, const QString &title, const QString &label,
                                                const QString &current)
{
    bool ok = false;
    const auto value = QInputDialog::getText(parent, title, label, QLineEdit::Normal, current, &ok);
    if (!ok)
        return std::nullopt;
    return value;
}

} // namespace okna

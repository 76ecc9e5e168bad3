// The real dialogs behind AdminPrompts.
#pragma once

#include "gui/admin/AdminPrompts.h"

#include <QCoreApplication>

namespace okna {

class AdminDialogPrompts : public AdminPrompts
{
    Q_DECLARE_TR_FUNCTIONS(okna::AdminDialogPrompts)

public:
    bool confirm(QWidget *parent, const QString &title, const QString &text) override;
    QString saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                         const QString &filter) override;
    bool setUpPrinter(QWidget *parent, QPrinter *printer, const QString &title) override;
    std::optional<QString> newPassword(QWidget *parent, const QString &login) override;
    std::optional<QString> text(QWidget *parent, const QString &title, const QString &label,
                                const QString &current) override;
};

} // namespace okna

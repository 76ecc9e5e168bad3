// The modal questions of the administrator's screens, behind one interface so that tests answer
// instead of a person (like gui/Prompts). instance() is the real dialogs unless replaced.
#pragma once

#include <QString>

#include <optional>

class QPrinter;
class QWidget;

namespace okna {

class AdminPrompts
{
public:
    virtual ~AdminPrompts() = default;

    // Yes/No, default No.
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text) = 0;
    // Where to write a file; empty when cancelled.
    virtual QString saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                                 const QString &filter) = 0;
    // The print dialog: the user picks a printer and pages, written into `printer`; false when
    // cancelled. (Tests answer with a PDF file instead of a printer.)
    virtual bool setUpPrinter(QWidget *parent, QPrinter *printer, const QString &title) = 0;
    // A new password for `login` (asked twice in the real dialog); nullopt when cancelled.
    virtual std::optional<QString> newPassword(QWidget *parent, const QString &login) = 0;
    // A new name, e.g. of a district; nullopt when cancelled.
    virtual std::optional<QString> text(QWidget *parent, const QString &title, const QString &label,
                                        const QString &current) = 0;

    static AdminPrompts &instance();
    // Tests put their own answers here; nullptr goes back to the real dialogs.
    static void setInstance(AdminPrompts *prompts);
};

} // namespace okna

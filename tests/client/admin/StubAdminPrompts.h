// Answers the administrator's dialogs in tests instead of a person, and remembers what was asked.
#pragma once

#include "gui/admin/AdminPrompts.h"

#include <QPrinter>
#include <QStringList>

namespace okna::test {

class StubAdminPrompts : public AdminPrompts
{
public:
    StubAdminPrompts() { AdminPrompts::setInstance(this); }
    ~StubAdminPrompts() override { AdminPrompts::setInstance(nullptr); }

    bool confirm(QWidget *, const QString &title, const QString &) override
    {
        asked.append(title);
        return confirmAnswer;
    }
    QString saveFileName(QWidget *, const QString &title, const QString &, const QString &) override
    {
        asked.append(title);
        return fileName;
    }
    // "Prints" into printFileName as a PDF, so a test can read what was painted; empty: cancelled.
    bool setUpPrinter(QWidget *, QPrinter *printer, const QString &title) override
    {
        asked.append(title);
        if (printFileName.isEmpty())
            return false;
        printer->setOutputFormat(QPrinter::PdfFormat);
        printer->setOutputFileName(printFileName);
        return true;
    }
    std::optional<QString> newPassword(QWidget *, const QString &login) override
    {
        asked.append(login);
        return password;
    }
    std::optional<QString> text(QWidget *, const QString &title, const QString &, const QString &) override
    {
        asked.append(title);
        return textAnswer;
    }

    bool confirmAnswer = true;
    QString fileName;
    QString printFileName;
    std::optional<QString> password;
    std::optional<QString> textAnswer;
    QStringList asked;
};

} // namespace okna::test

// Loads the UI language at start: the saved choice, else the system locale, else English (the
// source language); Qt's own qtbase translation comes with it (KeePassXC's Translator).
#pragma once

#include <QString>
#include <QStringList>

namespace okna {

class Translator
{
public:
    // Codes offered in the language menu.
    static QStringList availableLanguages();
    // "ru", "en", or empty for "the system's".
    static QString savedLanguage();
    static void saveLanguage(const QString &language);
    // Installs the translators for the saved or system language; returns the language used.
    static QString install();
    // Installs exactly this language ("en" removes the translations).
    static QString install(const QString &language);
    // The language installed last ("ru" or "en"; "en" before the first install). The API client
    // asks the server for its messages in it.
    static QString currentLanguage();
    static QString displayName(const QString &language);
};

} // namespace okna

#include "core/Translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace okna {

namespace {

const QString languageKey = QStringLiteral("ui/language");

QList<QTranslator *> &installed()
{
    static QList<QTranslator *> translators;
    return translators;
}

QString &current()
{
    static QString language = QStringLiteral("en");
    return language;
}

} // namespace

QStringList Translator::availableLanguages()
{
    return {QStringLiteral("ru"), QStringLiteral("en")};
}

QString Translator::savedLanguage()
{
    return QSettings().value(languageKey).toString();
}

void Translator::saveLanguage(const QString &language)
{
    QSettings().setValue(languageKey, language);
}

QString Translator::install()
{
    auto language = savedLanguage();
    if (!availableLanguages().contains(language)) {
        language = QStringLiteral("en");
        for (const auto &name : QLocale::system().uiLanguages()) {
            const auto code = name.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0);
            if (availableLanguages().contains(code)) {
                language = code;
                break;
            }
        }
    }
    return install(language);
}

QString Translator::install(const QString &language)
{
    for (auto *translator : std::as_const(installed())) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    installed().clear();
    current() = QStringLiteral("en");
    if (language == QLatin1String("en")) {
        // English is the source text: no translator, but dates and numbers in English too.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        return language;
    }
    auto *own = new QTranslator(QCoreApplication::instance());
    if (own->load(QStringLiteral(":/i18n/okna_%1.qm").arg(language))) {
        QCoreApplication::installTranslator(own);
        installed().append(own);
    } else {
        delete own;
        return QStringLiteral("en");
    }
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        installed().append(qt);
    } else {
        delete qt;
    }
    QLocale::setDefault(QLocale(language));
    current() = language;
    return language;
}

QString Translator::currentLanguage()
{
    return current();
}

QString Translator::displayName(const QString &language)
{
    if (language == QLatin1String("ru"))
        return QStringLiteral("Русский");
    return QStringLiteral("English");
}

} // namespace okna

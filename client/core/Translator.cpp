#include "core/Translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>

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
    const bool english = language == QLatin1String("en");
    std::unique_ptr<QTranslator> own;
    if (!english) {
        own = std::make_unique<QTranslator>();
        if (!own->load(QStringLiteral(":/i18n/okna_%1.qm").arg(language)))
            return install(QStringLiteral("en"));
    }
    // The locale before the translators: each one (un)installed sends QEvent::LanguageChange at once,
    // and the widgets re-setting their texts then format dates and numbers in the new language.
    // English is the source text: no translator, but dates and numbers in English too.
    QLocale::setDefault(english ? QLocale(QLocale::English, QLocale::UnitedKingdom) : QLocale(language));
    current() = language; // before the change events: what they set off asks in the new language
    for (auto *translator : std::as_const(installed())) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    installed().clear();
    if (english)
        return language;
    own->setParent(QCoreApplication::instance());
    QCoreApplication::installTranslator(own.get());
    installed().append(own.release());
    auto *qt = new QTranslator(QCoreApplication::instance());
    // "qt_ru" is the one file windeployqt ships (merged); on Linux it is a catalogue that pulls in
    // qtbase_ru and qtmultimedia_ru and fails when one is missing, so qtbase_ru alone is the fallback.
    const QString qtTranslations = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (qt->load(QStringLiteral("qt_%1").arg(language), qtTranslations) ||
        qt->load(QStringLiteral("qtbase_%1").arg(language), qtTranslations)) {
        QCoreApplication::installTranslator(qt);
        installed().append(qt);
    } else {
        delete qt;
    }
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

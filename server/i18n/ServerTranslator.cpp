#include "i18n/ServerTranslator.h"

#include "i18n/RequestLanguage.h"

namespace okna::server {

ServerTranslator::ServerTranslator(QObject *parent)
    : QTranslator(parent)
{}

bool ServerTranslator::loadCatalogues()
{
    return m_russian.load(QStringLiteral(":/i18n/okna_server_ru.qm"));
}

QString ServerTranslator::translate(const char *context, const char *sourceText, const char *disambiguation,
                                    int n) const
{
    if (RequestLanguage::current() != Language::Russian)
        return {}; // QCoreApplication::translate falls back to the English source text
    return m_russian.translate(context, sourceText, disambiguation, n);
}

bool ServerTranslator::isEmpty() const
{
    return m_russian.isEmpty();
}

} // namespace okna::server

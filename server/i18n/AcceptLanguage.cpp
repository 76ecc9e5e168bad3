#include "i18n/AcceptLanguage.h"

#include <QList>

#include <optional>

namespace okna::server {

namespace {

std::optional<Language> languageOfTag(const QByteArray &tag)
{
    // "ru", "ru-RU", "ru_RU" (sent by careless clients) all mean Russian.
    QByteArray primary = tag;
    if (const auto end = primary.indexOf('-'); end >= 0)
        primary.truncate(end);
    if (const auto end = primary.indexOf('_'); end >= 0)
        primary.truncate(end);
    primary = primary.toLower();
    if (primary == "ru")
        return Language::Russian;
    if (primary == "en" || primary == "*")
        return Language::English;
    return std::nullopt;
}

// The q-value of one list item's parameters; 1 when absent, nullopt when malformed.
std::optional<double> qualityOf(const QList<QByteArray> &parameters)
{
    double quality = 1.0;
    for (qsizetype i = 1; i < parameters.size(); ++i) {
        const QByteArray parameter = parameters.at(i).trimmed();
        if (!parameter.startsWith("q=") && !parameter.startsWith("Q="))
            continue;
        bool ok = false;
        quality = parameter.mid(2).trimmed().toDouble(&ok);
        if (!ok || quality < 0.0 || quality > 1.0)
            return std::nullopt;
    }
    return quality;
}

} // namespace

Language languageFromAcceptLanguage(const QByteArray &header)
{
    Language best = Language::English;
    double bestQuality = 0.0;
    for (const QByteArray &item : header.split(',')) {
        const QList<QByteArray> parameters = item.split(';');
        const auto language = languageOfTag(parameters.first().trimmed());
        const auto quality = qualityOf(parameters);
        // q=0 means "not this one"; a strictly higher q is needed so that the first listed wins a tie.
        if (!language || !quality || *quality <= bestQuality)
            continue;
        best = *language;
        bestQuality = *quality;
    }
    return best;
}

} // namespace okna::server

// Picks the answer language from an HTTP Accept-Language header (RFC 9110, section 12.5.4).
#pragma once

#include "i18n/Language.h"

#include <QByteArray>

namespace okna::server {

// The offered language with the highest q-value ("ru-RU" counts as "ru", "*" as English); the
// first listed wins a tie. Nothing offered we speak, or no header: English.
Language languageFromAcceptLanguage(const QByteArray &header);

} // namespace okna::server

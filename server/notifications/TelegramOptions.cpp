#include "notifications/TelegramOptions.h"

#include <QRandomGenerator>
#include <QtGlobal>

#include <algorithm>

namespace okna::server {

namespace {

int positiveFromEnvironment(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

} // namespace

TelegramOptions TelegramOptions::fromEnvironment(const QString &apiBase)
{
    TelegramOptions options;
    if (!apiBase.isEmpty())
        options.apiBase = apiBase;
    while (options.apiBase.endsWith(QLatin1Char('/')))
        options.apiBase.chop(1);
    options.pollMs = positiveFromEnvironment("OKNA_TELEGRAM_POLL_MS", options.pollMs);
    options.backoffBaseMs = positiveFromEnvironment("OKNA_TELEGRAM_BACKOFF_MS", options.backoffBaseMs);
    options.maxAttempts = positiveFromEnvironment("OKNA_TELEGRAM_MAX_ATTEMPTS", options.maxAttempts);
    options.requestTimeoutMs = positiveFromEnvironment("OKNA_TELEGRAM_TIMEOUT_MS", options.requestTimeoutMs);
    return options;
}

qint64 TelegramOptions::backoffMs(int failures) const
{
    const int doublings = std::clamp(failures - 1, 0, 30);
    const qint64 full = std::min<qint64>(qint64(backoffBaseMs) << doublings, backoffCapMs);
    // Full delay at most, half of it at least: instances that failed together do not retry together.
    const qint64 half = full / 2;
    return half + qint64(QRandomGenerator::global()->bounded(double(full - half + 1)));
}

} // namespace okna::server

// How the Telegram dispatcher works: where the Bot API is, how often it looks for work, how it
// backs off. Defaults follow API.md "Telegram"; the environment tunes them (tests make them short).
#pragma once

#include <QString>

namespace okna::server {

struct TelegramOptions
{
    QString apiBase = QStringLiteral("https://api.telegram.org");
    int pollMs = 1000;            // OKNA_TELEGRAM_POLL_MS
    int backoffBaseMs = 2000;     // OKNA_TELEGRAM_BACKOFF_MS: the first retry within this
    qint64 backoffCapMs = 300000; // five minutes
    int maxAttempts = 10;         // OKNA_TELEGRAM_MAX_ATTEMPTS: then `failed`
    int requestTimeoutMs = 10000; // OKNA_TELEGRAM_TIMEOUT_MS
    int leaseMarginMs = 5000;     // a claim outlives the request by this much

    // apiBase from the server's configuration, the rest from the environment.
    static TelegramOptions fromEnvironment(const QString &apiBase);

    int leaseMs() const { return requestTimeoutMs + leaseMarginMs; }
    // Before retry number `failures` (1 for the first retry): exponential, capped, with jitter.
    qint64 backoffMs(int failures) const;
};

} // namespace okna::server

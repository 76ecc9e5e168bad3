// How the Telegram dispatcher works: where the Bot API is, how often it looks for work, how it
// backs off. Defaults follow API.md "Telegram"; the server's configuration tunes them (tests make
// them short).
#pragma once

#include <QString>

namespace okna::server {

struct TelegramOptions
{
    QString apiBase = QStringLiteral("https://api.telegram.org");
    int pollMs = 1000;            // --telegram-poll-ms: how often due messages are looked for
    int backoffBaseMs = 2000;     // --telegram-backoff-ms: the first retry within this
    qint64 backoffCapMs = 300000; // five minutes
    int maxAttempts = 10;         // --telegram-max-attempts: then `failed`
    int requestTimeoutMs = 10000; // --telegram-timeout-ms: one request, from start to answer
    int leaseMarginMs = 5000;     // a claim outlives the request by this much

    // Without a trailing slash; empty means the default.
    void setApiBase(const QString &base);

    int leaseMs() const { return requestTimeoutMs + leaseMarginMs; }
    // Before retry number `failures` (1 for the first retry): exponential, capped, with jitter.
    qint64 backoffMs(int failures) const;
};

} // namespace okna::server

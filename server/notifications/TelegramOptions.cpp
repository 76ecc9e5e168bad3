#include "notifications/TelegramOptions.h"

#include <QRandomGenerator>

#include <algorithm>

namespace okna::server {

void TelegramOptions::setApiBase(const QString &base)
{
    apiBase = base.isEmpty() ? TelegramOptions().apiBase : base;
    while (apiBase.endsWith(QLatin1Char('/')))
        apiBase.chop(1);
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

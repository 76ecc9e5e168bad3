#include "core/BusinessTime.h"

#include "json/Timestamp.h"

#include <QCoreApplication>
#include <QMutex>
#include <QMutexLocker>

#include <cstdlib>

namespace okna {

namespace {

QMutex zoneMutex;
QTimeZone businessZone; // invalid until a server names one

} // namespace

void BusinessTime::setZone(const QTimeZone &zone)
{
    const QMutexLocker lock(&zoneMutex);
    businessZone = zone;
}

QTimeZone BusinessTime::zone()
{
    const QMutexLocker lock(&zoneMutex);
    return businessZone;
}

QDateTime BusinessTime::toBusiness(const QDateTime &instant)
{
    if (!instant.isValid())
        return instant;
    // Timestamp::atInstant, not QDateTime::toTimeZone: tables format a time per cell on every paint,
    // and atInstant finds the offset among the few transitions it has met instead of asking tzdata.
    if (const QTimeZone business = zone(); business.isValid())
        return Timestamp::atInstant(instant.toMSecsSinceEpoch(), business);
    return instant.timeSpec() == Qt::OffsetFromUTC ? instant : instant.toLocalTime();
}

QString BusinessTime::format(const QDateTime &instant, const QString &pattern)
{
    return instant.isValid() ? QLocale().toString(toBusiness(instant), pattern) : QString();
}

QString BusinessTime::format(const QDateTime &instant, QLocale::FormatType format)
{
    return instant.isValid() ? QLocale().toString(toBusiness(instant), format) : QString();
}

QDate BusinessTime::today()
{
    return toBusiness(QDateTime::currentDateTime()).date();
}

QDateTime BusinessTime::startOfDay(const QDate &date)
{
    const QTimeZone business = zone();
    return business.isValid() ? date.startOfDay(business) : date.startOfDay();
}

QString BusinessTime::toolTip()
{
    const QTimeZone business = zone();
    if (!business.isValid())
        return QCoreApplication::translate("okna::BusinessTime", "Times are shown in the server's business time zone.");
    const int offset = business.offsetFromUtc(QDateTime::currentDateTimeUtc());
    const QString sign = offset < 0 ? QStringLiteral("−") : QStringLiteral("+");
    const QString utc = QStringLiteral("UTC%1%2:%3")
                            .arg(sign)
                            .arg(std::abs(offset) / 3600, 2, 10, QLatin1Char('0'))
                            .arg(std::abs(offset) % 3600 / 60, 2, 10, QLatin1Char('0'));
    return QCoreApplication::translate("okna::BusinessTime", "Times are shown in the business time zone, %1 (%2).")
        .arg(QString::fromLatin1(business.id()), utc);
}

} // namespace okna

#include "json/Timestamp.h"

#include <QHash>
#include <QRegularExpression>

#include <cstdio>
#include <cstdlib>

namespace okna {

namespace {

constexpr qint64 kMsPerDay = 86'400'000;
constexpr qint64 kOffsetBucketMs = 15 * 60 * 1000;
constexpr qint64 kUnixEpochJulianDay = 2'440'588;

qint64 floorDiv(qint64 value, qint64 divisor)
{
    return value / divisor - (value % divisor < 0 ? 1 : 0);
}

int offsetAt(qint64 msecs, const QTimeZone &zone)
{
    return zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC));
}

} // namespace

QString Timestamp::toString(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    const int offsetSeconds = dateTime.offsetFromUtc();
    // The wall clock in the datetime's own offset, from plain arithmetic: QDateTime::toString
    // goes through the locale machinery and costs more than the rest of an order's JSON.
    const qint64 wallMs = dateTime.toMSecsSinceEpoch() + qint64(offsetSeconds) * 1000;
    const qint64 msOfDay = wallMs - floorDiv(wallMs, kMsPerDay) * kMsPerDay;
    const QDate date = QDate::fromJulianDay(kUnixEpochJulianDay + floorDiv(wallMs, kMsPerDay));
    if (date.year() < 0 || date.year() > 9999)
        return {}; // beyond what the four-digit year of the contract can say
    const int secondOfDay = static_cast<int>(msOfDay / 1000);
    const int millisecond = static_cast<int>(msOfDay % 1000);
    const int absMinutes = std::abs(offsetSeconds) / 60;
    char text[40];
    int length = std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d", date.year(), date.month(),
                               date.day(), secondOfDay / 3600, secondOfDay / 60 % 60, secondOfDay % 60);
    if (millisecond != 0)
        length += std::snprintf(text + length, sizeof text - length, ".%03d", millisecond);
    length += std::snprintf(text + length, sizeof text - length, "%c%02d:%02d", offsetSeconds < 0 ? '-' : '+',
                            absMinutes / 60, absMinutes % 60);
    return QString::fromLatin1(text, length);
}

QDateTime Timestamp::atInstant(qint64 msecsSinceEpoch, const QTimeZone &zone)
{
    thread_local QByteArray cachedZone;
    thread_local QHash<qint64, int> offsetOfBucket;
    if (const QByteArray id = zone.id(); id != cachedZone) {
        cachedZone = id;
        offsetOfBucket.clear();
    }
    const qint64 bucket = floorDiv(msecsSinceEpoch, kOffsetBucketMs);
    auto known = offsetOfBucket.constFind(bucket);
    if (known == offsetOfBucket.cend()) {
        const int first = offsetAt(bucket * kOffsetBucketMs, zone);
        const int last = offsetAt((bucket + 1) * kOffsetBucketMs - 1, zone);
        if (first != last) // a transition inside the bucket: look this instant up alone
            return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::OffsetFromUTC, offsetAt(msecsSinceEpoch, zone));
        if (offsetOfBucket.size() > 200'000) // about five years of quarter hours
            offsetOfBucket.clear();
        known = offsetOfBucket.insert(bucket, first);
    }
    return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::OffsetFromUTC, *known);
}

std::optional<QDateTime> Timestamp::fromString(const QString &text)
{
    static const QRegularExpression shape(
        QStringLiteral(R"(^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)$)"));
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return std::nullopt;
    return parsed;
}

} // namespace okna

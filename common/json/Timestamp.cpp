#include "json/Timestamp.h"

#include <QRegularExpression>

#include <algorithm>
#include <cstdlib>
#include <limits>
#include <vector>

namespace okna {

namespace {

constexpr qint64 kMsPerDay = 86'400'000;
constexpr qint64 kUnixEpochJulianDay = 2'440'588;

qint64 floorDiv(qint64 value, qint64 divisor)
{
    return value / divisor - (value % divisor < 0 ? 1 : 0);
}

// A stretch of time over which a zone keeps one offset from UTC: [fromMs, toMs).
struct OffsetSpan
{
    qint64 fromMs;
    qint64 toMs;
    int offsetSeconds;
};

// Two transitions a year for a zone with daylight saving time: centuries of them.
constexpr std::size_t kMaxSpans = 1000;

// The span around an instant, between the zone's transitions before and after it. A span that
// does not hold the instant (the zone's data disagreeing with itself) is not to be remembered.
OffsetSpan spanAt(qint64 msecs, const QTimeZone &zone)
{
    const QDateTime instant = QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
    OffsetSpan span{std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max(),
                    zone.offsetFromUtc(instant)};
    if (zone.hasTransitions()) {
        const QTimeZone::OffsetData previous = zone.previousTransition(instant.addMSecs(1)); // at or before
        if (previous.atUtc.isValid())
            span.fromMs = previous.atUtc.toMSecsSinceEpoch();
        const QTimeZone::OffsetData next = zone.nextTransition(instant);
        if (next.atUtc.isValid())
            span.toMs = next.atUtc.toMSecsSinceEpoch();
    }
    return span;
}

// Writes the text of toString() into `text`; returns its length, or 0 for none.
int format(const QDateTime &dateTime, char (&text)[32])
{
    if (!dateTime.isValid())
        return 0;
    const int offsetSeconds = dateTime.offsetFromUtc();
    // The wall clock in the datetime's own offset, from plain arithmetic: QDateTime::toString
    // goes through the locale machinery and costs more than the rest of an order's JSON.
    const qint64 wallMs = dateTime.toMSecsSinceEpoch() + qint64(offsetSeconds) * 1000;
    const qint64 msOfDay = wallMs - floorDiv(wallMs, kMsPerDay) * kMsPerDay;
    const QDate date = QDate::fromJulianDay(kUnixEpochJulianDay + floorDiv(wallMs, kMsPerDay));
    if (date.year() < 0 || date.year() > 9999)
        return 0; // beyond what the four-digit year of the contract can say
    const int secondOfDay = static_cast<int>(msOfDay / 1000);
    const int millisecond = static_cast<int>(msOfDay % 1000);
    const int absMinutes = std::abs(offsetSeconds) / 60;
    // Digits written by hand: snprintf was most of the cost of formatting.
    char *end = text;
    const auto digits = [&end](int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            end[i] = static_cast<char>('0' + value % 10);
        end += width;
    };
    const auto put = [&end](char c) { *end++ = c; };
    digits(date.year(), 4);
    put('-');
    digits(date.month(), 2);
    put('-');
    digits(date.day(), 2);
    put('T');
    digits(secondOfDay / 3600, 2);
    put(':');
    digits(secondOfDay / 60 % 60, 2);
    put(':');
    digits(secondOfDay % 60, 2);
    if (millisecond != 0) {
        put('.');
        digits(millisecond, 3);
    }
    put(offsetSeconds < 0 ? '-' : '+');
    digits(absMinutes / 60, 2);
    put(':');
    digits(absMinutes % 60, 2);
    return static_cast<int>(end - text);
}

} // namespace

QString Timestamp::toString(const QDateTime &dateTime)
{
    char text[32];
    const int length = format(dateTime, text);
    return QString::fromLatin1(text, length);
}

QByteArray Timestamp::toLatin1(const QDateTime &dateTime)
{
    char text[32];
    const int length = format(dateTime, text);
    return QByteArray(text, length);
}

QDateTime Timestamp::atInstant(qint64 msecsSinceEpoch, const QTimeZone &zone)
{
    thread_local QTimeZone cachedZone;
    thread_local std::vector<OffsetSpan> spans; // sorted, disjoint
    if (zone != cachedZone) {                   // compares the ids in place; zone.id() would copy one each time
        cachedZone = zone;
        spans.clear();
    }
    auto after = std::upper_bound(spans.begin(), spans.end(), msecsSinceEpoch,
                                  [](qint64 ms, const OffsetSpan &span) { return ms < span.fromMs; });
    if (after != spans.begin() && msecsSinceEpoch < std::prev(after)->toMs)
        return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::OffsetFromUTC, std::prev(after)->offsetSeconds);

    const OffsetSpan span = spanAt(msecsSinceEpoch, zone);
    if (span.fromMs <= msecsSinceEpoch && msecsSinceEpoch < span.toMs) {
        if (spans.size() >= kMaxSpans)
            spans.clear(); // a zone changing its offset this often is not one a business lives in
        else
            spans.insert(after, span);
    }
    return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::OffsetFromUTC, span.offsetSeconds);
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

std::optional<QDateTime> Timestamp::fromQueryValue(const QString &text)
{
    static const QRegularExpression spaceForPlus(
        QStringLiteral(R"(^(.*T\d{2}:\d{2}(:\d{2}(\.\d+)?)?) (\d{2}(:?\d{2})?)$)"));
    if (const auto match = spaceForPlus.match(text); match.hasMatch())
        return fromString(match.captured(1) + QLatin1Char('+') + match.captured(4));
    return fromString(text);
}

} // namespace okna

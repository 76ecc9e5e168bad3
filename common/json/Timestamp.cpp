#include "json/Timestamp.h"

#include <QRegularExpression>

#include <cstdlib>

namespace okna {

QString Timestamp::toString(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    const int offsetSeconds = dateTime.offsetFromUtc();
    // Rebase on the offset so local-time and time-zone datetimes render their wall clock.
    const QDateTime wall = dateTime.toOffsetFromUtc(offsetSeconds);
    const QString format =
        wall.time().msec() == 0 ? QStringLiteral("yyyy-MM-ddTHH:mm:ss") : QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz");
    const int absMinutes = std::abs(offsetSeconds) / 60;
    const QString offset = QStringLiteral("%1%2:%3")
                               .arg(offsetSeconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                               .arg(absMinutes / 60, 2, 10, QLatin1Char('0'))
                               .arg(absMinutes % 60, 2, 10, QLatin1Char('0'));
    return wall.toString(format) + offset;
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

// ISO 8601 timestamps WITH offset, as the contract sends them ("2026-11-25T14:01:00+03:00").
// Qt's own Qt::ISODate drops the offset of a local time, so both directions go through here.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace okna {

class Timestamp
{
public:
    // "yyyy-MM-ddTHH:mm:ss[.zzz]+HH:MM" in the datetime's own offset (UTC gives "+00:00");
    // milliseconds only when not zero. An invalid datetime gives an empty string.
    static QString toString(const QDateTime &dateTime);
    // The same text as bytes, for writers of JSON text.
    static QByteArray toLatin1(const QDateTime &dateTime);

    // Accepts an offset of "Z", "+HH:MM", "+HHMM" or "+HH"; a timestamp without offset is rejected
    // because it would silently be read in this machine's time zone. The result keeps the offset it
    // was written with, so formatting it again gives the same wall-clock time.
    static std::optional<QDateTime> fromString(const QString &text);
    // fromString for a value read from a query string by the form rule (QueryString). A client that
    // writes the offset's '+' unescaped ("from=2026-11-25T00:00:00+03:00", as the contract shows it)
    // has it decoded as a space; a space just before the offset's digits can mean nothing else, so
    // it is read as the '+' it was.
    static std::optional<QDateTime> fromQueryValue(const QString &text);

    // The instant as the wall clock of `zone` shows it, carried as a fixed offset from UTC (the
    // zone's offset at that instant), so that formatting it needs no time-zone lookup. Fast: each
    // thread remembers the stretches between the zone's transitions it has met, a handful for years
    // of orders, and finds an instant's among them by binary search.
    static QDateTime atInstant(qint64 msecsSinceEpoch, const QTimeZone &zone);
};

} // namespace okna

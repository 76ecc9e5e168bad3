// How the administrator's screens show times, durations and sizes: in the user's locale.
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace okna {

class DisplayFormat
{
public:
    // The business wall-clock time (BusinessTime), short locale format; empty for an invalid or missing time.
    static QString dateTime(const QDateTime &time);
    static QString dateTime(const std::optional<QDateTime> &time);
    // "1 h 25 min" / "40 min"; "–" when there is no value (e.g. no done orders).
    static QString minutes(std::optional<double> minutes);
    static QString count(qint64 value);
    static QString bytes(std::optional<qint64> size);
};

} // namespace okna

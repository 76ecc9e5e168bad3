// The business's wall clock: every time the client shows is in the server's business time zone (the
// zone its reports, "today" and Telegram texts use), whatever zone this computer is set to.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

namespace okna {

class BusinessTime
{
public:
    // The zone the server named at login (GET /me and the login answer carry `timezone`). One per
    // program: every window of it talks to one server, and a zone is the server's, not a user's.
    static void setZone(const QTimeZone &zone);
    // Invalid until a server has named one.
    static QTimeZone zone();

    // The instant as the business wall clock shows it. Before the zone is known, a timestamp the
    // server wrote keeps its own offset (the business zone's at that instant); others go local.
    static QDateTime toBusiness(const QDateTime &instant);
    static QString format(const QDateTime &instant, const QString &pattern);
    static QString format(const QDateTime &instant, QLocale::FormatType format = QLocale::ShortFormat);
    // Today's date on the business's calendar ("today" of the reports and the operator's table).
    static QDate today();
    // Midnight that starts `date` in the business zone (this computer's, before the zone is known).
    static QDateTime startOfDay(const QDate &date);
    // Says which zone the times are in, for tooltips: "Business time: Europe/Moscow (UTC+03:00)".
    static QString toolTip();
};

} // namespace okna

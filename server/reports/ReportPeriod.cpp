#include "reports/ReportPeriod.h"

#include "json/Timestamp.h"

#include <QCoreApplication>

namespace okna::server {

namespace {

ApiError fieldError(const QString &field, const QString &message)
{
    return ApiError(ErrorCode::BadRequest, message, {{field, message}});
}

Result<QDateTime> boundOf(const QueryString &query, const QString &field, const QTimeZone &zone)
{
    const QString text = query.value(field).trimmed();
    if (text.isEmpty())
        return fieldError(field,
                          QCoreApplication::translate("ReportPeriod", "%1 is required for a custom period").arg(field));
    const auto parsed = Timestamp::fromQueryValue(text);
    if (!parsed)
        return fieldError(
            field,
            QCoreApplication::translate("ReportPeriod", "%1 must be an ISO 8601 timestamp with offset").arg(field));
    return parsed->toTimeZone(zone);
}

} // namespace

Result<ReportPeriod> ReportPeriod::fromQuery(const QueryString &query, const QTimeZone &zone, const QDateTime &now)
{
    const QString period = query.value(u"period").trimmed();
    const QDate today = now.toTimeZone(zone).date();
    if (period.isEmpty() || period == QLatin1String("today"))
        return ReportPeriod{today.startOfDay(zone), today.addDays(1).startOfDay(zone)};
    if (period == QLatin1String("week")) {
        const QDate monday = today.addDays(1 - today.dayOfWeek());
        return ReportPeriod{monday.startOfDay(zone), monday.addDays(7).startOfDay(zone)};
    }
    if (period == QLatin1String("month")) {
        const QDate first(today.year(), today.month(), 1);
        return ReportPeriod{first.startOfDay(zone), first.addMonths(1).startOfDay(zone)};
    }
    if (period != QLatin1String("custom"))
        return fieldError(
            QStringLiteral("period"),
            QCoreApplication::translate("ReportPeriod", "period must be one of today, week, month, custom"));

    const auto from = boundOf(query, QStringLiteral("from"), zone);
    if (!from)
        return from.error();
    const auto to = boundOf(query, QStringLiteral("to"), zone);
    if (!to)
        return to.error();
    if (to.value() <= from.value())
        return fieldError(QStringLiteral("to"),
                          QCoreApplication::translate("ReportPeriod", "to must be later than from"));
    return ReportPeriod{from.value(), to.value()};
}

QString ReportPeriod::describe() const
{
    const QDate first = from.date();
    // `to` is exclusive: a period ending at midnight ends with the day before.
    const QDateTime last = to.addMSecs(-1);
    if (last.date() == first)
        return first.toString(Qt::ISODate);
    return QStringLiteral("%1 – %2").arg(first.toString(Qt::ISODate), last.date().toString(Qt::ISODate));
}

} // namespace okna::server

#include "core/admin/DisplayFormat.h"

#include "core/BusinessTime.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace okna {

QString DisplayFormat::dateTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return BusinessTime::format(time, QLocale::ShortFormat);
}

QString DisplayFormat::dateTime(const std::optional<QDateTime> &time)
{
    return time ? dateTime(*time) : QString();
}

QString DisplayFormat::minutes(std::optional<double> minutes)
{
    if (!minutes)
        return QStringLiteral("–");
    const auto total = qint64(std::llround(*minutes));
    const QLocale locale;
    if (total < 60)
        return QCoreApplication::translate("okna::DisplayFormat", "%1 min").arg(locale.toString(total));
    return QCoreApplication::translate("okna::DisplayFormat", "%1 h %2 min")
        .arg(locale.toString(total / 60), locale.toString(total % 60));
}

QString DisplayFormat::count(qint64 value)
{
    return QLocale().toString(value);
}

QString DisplayFormat::bytes(std::optional<qint64> size)
{
    return size ? QLocale().formattedDataSize(*size) : QString();
}

} // namespace okna

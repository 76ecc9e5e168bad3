#include "orders/search/OrderSearchText.h"

#include <QRegularExpression>

namespace okna::server {

QString orderSearchText(qint64 number, const QString &clientName, const QString &phone, const QString &address)
{
    // phone is E.164: "+" and its digits.
    return (QString::number(number) + QLatin1Char(' ') + clientName + QLatin1Char(' ') + phone.mid(1) +
            QLatin1Char(' ') + address)
        .toLower();
}

QString searchNeedle(const QString &q)
{
    static const QRegularExpression phoneLike(QStringLiteral("^[0-9+()\\- ]*[0-9][0-9+()\\- ]*$"));
    static const QRegularExpression notDigit(QStringLiteral("[^0-9]"));
    if (phoneLike.match(q).hasMatch())
        return QString(q).remove(notDigit);
    return q.toLower();
}

} // namespace okna::server

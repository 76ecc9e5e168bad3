#include "notifications/NotificationOutbox.h"

#include "notifications/OutboxStore.h"

namespace okna::server {

QString NotificationOutbox::newOrderFormat(const QString &clientName, const QString &address)
{
    const auto literal = [](QString text) { return text.replace(QLatin1Char('%'), QStringLiteral("%%")); };
    return QStringLiteral("Новая заявка №%1$s (%2$s)\nКлиент: ") + literal(clientName) + QStringLiteral("\nАдрес: ") +
           literal(address);
}

QString NotificationOutbox::assignedText(const Order &order)
{
    QString text = QStringLiteral("Вам назначена заявка №%1\nКлиент: %2\nТелефон: %3\nАдрес: %4")
                       .arg(QString::number(order.number), order.clientName, order.phone, order.address);
    if (!order.comment.trimmed().isEmpty())
        text += QStringLiteral("\nКомментарий: ") + order.comment.trimmed();
    return text;
}

void NotificationOutbox::orderAssigned(pqxx::work &tx, const Order &order)
{
    if (order.masterId)
        OutboxStore::insertForUser(tx, *order.masterId, assignedText(order));
}

} // namespace okna::server

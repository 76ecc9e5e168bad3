#include "notifications/NotificationOutbox.h"

#include "notifications/OutboxStore.h"

namespace okna::server {

QString NotificationOutbox::newOrderText(const Order &order, const QTimeZone &zone)
{
    const QString time = order.createdAt.toTimeZone(zone).toString(QStringLiteral("HH:mm"));
    return QStringLiteral("Новая заявка №%1 (%2)\nКлиент: %3\nАдрес: %4")
        .arg(QString::number(order.number), time, order.clientName, order.address);
}

QString NotificationOutbox::assignedText(const Order &order)
{
    QString text = QStringLiteral("Вам назначена заявка №%1\nКлиент: %2\nТелефон: %3\nАдрес: %4")
                       .arg(QString::number(order.number), order.clientName, order.phone, order.address);
    if (!order.comment.trimmed().isEmpty())
        text += QStringLiteral("\nКомментарий: ") + order.comment.trimmed();
    return text;
}

void NotificationOutbox::orderCreated(pqxx::work &tx, const Order &order, const QTimeZone &zone)
{
    OutboxStore::insertForConfiguredChat(tx, newOrderText(order, zone));
}

void NotificationOutbox::orderAssigned(pqxx::work &tx, const Order &order)
{
    if (order.masterId)
        OutboxStore::insertForUser(tx, *order.masterId, assignedText(order));
}

} // namespace okna::server

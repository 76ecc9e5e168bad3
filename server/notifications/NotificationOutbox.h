// The Telegram messages an order change leads to (API.md "Telegram"), written into the outbox
// inside the transaction of the change itself: they commit, or roll back, with it.
#pragma once

#include "json/Order.h"

#include <QString>
#include <QTimeZone>

#include <pqxx/transaction>

namespace okna::server {

class NotificationOutbox
{
public:
    // To the configured chat: "Новая заявка №N (HH:MM)\nКлиент: ...\nАдрес: ...", the time of
    // creation in the business time zone.
    static void orderCreated(pqxx::work &tx, const Order &order, const QTimeZone &zone);
    // To the assigned master's own chat, if he has one.
    static void orderAssigned(pqxx::work &tx, const Order &order);

    static QString newOrderText(const Order &order, const QTimeZone &zone);
    static QString assignedText(const Order &order);
};

} // namespace okna::server

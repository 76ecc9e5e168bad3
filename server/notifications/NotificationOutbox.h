// The Telegram messages an order change leads to (API.md "Telegram"), written into the outbox
// inside the transaction of the change itself: they commit, or roll back, with it.
#pragma once

#include "json/Order.h"

#include <QString>

#include <pqxx/transaction>

namespace okna::server {

class NotificationOutbox
{
public:
    // The message to the configured chat, "Новая заявка №N (HH:MM)\nКлиент: ...\nАдрес: ...", as a
    // PostgreSQL format() string: %1$s is the number and %2$s the time of creation (HH:MM in the
    // business time zone), which the creating statement fills in itself (OrderStore::insert);
    // every other % is escaped.
    static QString newOrderFormat(const QString &clientName, const QString &address);
    // To the assigned master's own chat, if he has one.
    static void orderAssigned(pqxx::work &tx, const Order &order);

    static QString assignedText(const Order &order);
};

} // namespace okna::server

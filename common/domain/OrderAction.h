// The status-changing actions on an order: one per POST /orders/{id}/<endpoint>, plus Reassign.
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace okna {

enum class OrderAction
{
    Assign,   // POST /assign on a new (or assigned) order
    Unassign, // POST /unassign
    // POST /assign on an already assigned order: the same endpoint, but the UI names it differently
    // and the audit log records it as order_reassigned.
    Reassign,
    Start,    // POST /start
    Complete, // POST /complete
    Refuse,   // POST /refuse {"reason"}
};

QList<OrderAction> allOrderActions();

// "assign", "unassign", "reassign", "start", "complete", "refuse".
QString wireName(OrderAction action);
std::optional<OrderAction> parseOrderAction(const QString &wireName);

// The last path segment of the endpoint: Reassign goes to "assign".
QString endpointOf(OrderAction action);

// Translated button text (Russian: Назначить, Снять с мастера, Переназначить, Начать, Завершить, Отказ).
QString label(OrderAction action);

} // namespace okna

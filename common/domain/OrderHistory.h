// The story of an order (GET /orders/{id}/history): the actions its entries record and the
// fields they name, as the server writes them and as people read them.
#pragma once

#include "domain/OrderAction.h"

#include <QString>

#include <optional>

namespace okna {

enum class OrderHistoryAction
{
    Created,    // "created": every initial value, old ones null
    Updated,    // "updated": PATCH /orders/{id}
    Assigned,   // "assigned"
    Reassigned, // "reassigned"
    Unassigned, // "unassigned"
    Started,    // "started"
    Completed,  // "completed"
    Refused,    // "refused"
};

QString wireName(OrderHistoryAction action);
std::optional<OrderHistoryAction> parseOrderHistoryAction(const QString &wireName);

// What a status-changing action records: Assign -> Assigned, and so on.
OrderHistoryAction historyActionOf(OrderAction action);

// Translated, as a line of the order's story (Russian, of "заявка": Создана, Изменена, Назначена,
// Переназначена, Снята с мастера, Начата, Исполнена, Отказ).
QString label(OrderHistoryAction action);

// A field an entry names ("client_name", "master_id", ...) in words; an unknown one as it is.
QString orderFieldLabel(const QString &field);
// Where a field goes among an entry's changes: the order form's order, the workflow's fields last,
// unknown ones after them.
int orderFieldRank(const QString &field);

} // namespace okna

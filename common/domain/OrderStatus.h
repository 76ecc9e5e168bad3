// The five states of an order, their wire names, labels and palette colours.
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace okna {

enum class OrderStatus
{
    New,        // "new": nobody assigned yet
    Assigned,   // "assigned": a master holds it, work not started
    InProgress, // "in_progress": the master is on site
    Done,       // "done": final
    Refused,    // "refused": final
};

// Every status in workflow order, e.g. for filters and report columns.
QList<OrderStatus> allOrderStatuses();

QString wireName(OrderStatus status);
std::optional<OrderStatus> parseOrderStatus(const QString &wireName);

// Translated label for the UI (Russian: Не назначена, Назначена, В работе, Исполнена, Отказ).
QString label(OrderStatus status);

// Colour from the product palette as "#RRGGBB" and as 0xAARRGGBB (layout of QRgb, so the client can
// build a QColor from it without common depending on Qt GUI).
QString colorName(OrderStatus status);
quint32 colorRgb(OrderStatus status);

// done and refused never change again.
bool isFinal(OrderStatus status);
// assigned and in_progress: the states that make a master busy (at most one per master).
bool isActive(OrderStatus status);

} // namespace okna

// The order object of API.md, as GET /orders/{id} returns it and order.* events carry it.
#pragma once

#include "core/Result.h"
#include "domain/OrderStatus.h"
#include "json/JsonText.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace okna {

struct Order
{
    qint64 id = 0;
    qint64 number = 0; // what people say on the phone; unique, never reused
    OrderStatus status = OrderStatus::New;
    QString clientName;
    QString phone; // E.164
    QString address;
    qint64 locationId = 0;
    QString comment;
    std::optional<qint64> masterId;
    qint64 createdBy = 0;
    QDateTime createdAt;
    std::optional<QDateTime> assignedAt;
    std::optional<QDateTime> startedAt;
    std::optional<QDateTime> completedAt;
    std::optional<QDateTime> refusedAt;
    std::optional<QString> refuseReason;
    qint64 version = 1; // optimistic locking: PATCH must send the version it read
    QDateTime updatedAt;

    // writeJson is the one definition of the order's JSON (a server writes pages of orders
    // straight as text); toJson() reads that text back into an object.
    void writeJson(JsonText &json) const;
    QJsonObject toJson() const;
    static Result<Order> fromJson(const QJsonObject &json);

    bool operator==(const Order &) const = default;
};

} // namespace okna

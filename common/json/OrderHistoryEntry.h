// One change of an order (GET /orders/{id}/history): who, when, what, and each field's old and new value.
#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QString>

#include <optional>

namespace okna {

struct OrderHistoryEntry
{
    // "field": [old, new] on the wire. Values stay raw JSON: each field has its own type.
    struct Change
    {
        QJsonValue oldValue;
        QJsonValue newValue;

        bool operator==(const Change &) const = default;
    };

    QDateTime at;
    std::optional<qint64> userId; // null for changes the system made itself
    // Addition to API.md: the full name of user_id, so that every reader can say who without
    // the user list (which only administrators may read); null with user_id.
    std::optional<QString> userName;
    QString action; // "created", "assigned", "updated", ...
    QMap<QString, Change> changes;

    QJsonObject toJson() const;
    static Result<OrderHistoryEntry> fromJson(const QJsonObject &json);

    bool operator==(const OrderHistoryEntry &) const = default;
};

} // namespace okna

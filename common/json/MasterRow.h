// One master as GET /masters lists him and master.updated events carry him.
#pragma once

#include "core/Result.h"
#include "domain/MasterStatus.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace okna {

struct MasterRow
{
    qint64 id = 0; // the master's user id
    QString fullName;
    std::optional<QString> phone;
    MasterStatus status = MasterStatus::OffShift;
    std::optional<qint64> currentOrderId;    // his one active order, if any
    std::optional<QDateTime> shiftStartedAt; // null when not checked in

    QJsonObject toJson() const;
    static Result<MasterRow> fromJson(const QJsonObject &json);

    bool operator==(const MasterRow &) const = default;
};

} // namespace okna

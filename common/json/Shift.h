// A master's shift (check-in/check-out answers, GET /shifts).
#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace okna {

struct Shift
{
    qint64 id = 0;
    // Not in the check-in answer (it is the caller's own), but GET /shifts lists several masters.
    std::optional<qint64> masterId;
    QDateTime startedAt;
    std::optional<QDateTime> endedAt; // null while the shift is open

    QJsonObject toJson() const;
    static Result<Shift> fromJson(const QJsonObject &json);

    bool operator==(const Shift &) const = default;
};

} // namespace okna

// The answer of GET /blacklist/check: the operator's red warning before saving an order.
#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace okna {

struct BlacklistCheck
{
    bool blacklisted = false;
    std::optional<QString> reason; // null when not blacklisted

    QJsonObject toJson() const;
    static Result<BlacklistCheck> fromJson(const QJsonObject &json);

    bool operator==(const BlacklistCheck &) const = default;
};

} // namespace okna

// A blacklisted phone (GET /blacklist).
#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace okna {

struct BlacklistEntry
{
    qint64 id = 0;
    QString phone; // E.164
    QString reason;
    qint64 createdBy = 0;
    QDateTime createdAt;

    QJsonObject toJson() const;
    static Result<BlacklistEntry> fromJson(const QJsonObject &json);

    bool operator==(const BlacklistEntry &) const = default;
};

} // namespace okna

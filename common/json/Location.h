// A district (GET /locations): what orders belong to and reports group by.
#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QString>

namespace okna {

struct Location
{
    qint64 id = 0;
    QString name;
    bool active = true; // inactive districts stay for old orders but take no new ones

    QJsonObject toJson() const;
    static Result<Location> fromJson(const QJsonObject &json);

    bool operator==(const Location &) const = default;
};

} // namespace okna

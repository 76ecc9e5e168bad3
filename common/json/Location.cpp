#include "json/Location.h"

#include "json/JsonReader.h"

namespace okna {

QJsonObject Location::toJson() const
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("name"), name}, {QStringLiteral("active"), active}};
}

Result<Location> Location::fromJson(const QJsonObject &json)
{
    Location location;
    JsonReader reader(json);
    reader.required(QStringLiteral("id"), location.id);
    reader.required(QStringLiteral("name"), location.name);
    reader.optional(QStringLiteral("active"), location.active);
    if (!reader.ok())
        return reader.error();
    return location;
}

} // namespace okna

#include "json/BlacklistCheck.h"

#include "json/JsonReader.h"
#include "json/JsonWriter.h"

namespace okna {

QJsonObject BlacklistCheck::toJson() const
{
    return {{QStringLiteral("blacklisted"), blacklisted}, {QStringLiteral("reason"), JsonWriter::value(reason)}};
}

Result<BlacklistCheck> BlacklistCheck::fromJson(const QJsonObject &json)
{
    BlacklistCheck check;
    JsonReader reader(json);
    reader.required(QStringLiteral("blacklisted"), check.blacklisted);
    reader.nullable(QStringLiteral("reason"), check.reason);
    if (!reader.ok())
        return reader.error();
    return check;
}

} // namespace okna

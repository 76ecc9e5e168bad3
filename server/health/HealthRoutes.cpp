#include "health/HealthRoutes.h"

#include "core/Version.h"
#include "db/Database.h"
#include "http/Router.h"

namespace okna::server {

void registerHealthRoutes(Router &router, Database &database)
{
    router.add("GET", QStringLiteral("/health"), Access::anyone(), [&database](const HttpRequest &) {
        const bool up = database.isReachable();
        return HttpResponse::json(
            QJsonObject{{QStringLiteral("status"), up ? QStringLiteral("ok") : QStringLiteral("degraded")},
                        {QStringLiteral("db"), up ? QStringLiteral("ok") : QStringLiteral("down")},
                        {QStringLiteral("version"), QLatin1String(kVersion)}},
            up ? 200 : 503);
    });
}

} // namespace okna::server

#include "health/HealthRoutes.h"

#include "core/Version.h"
#include "db/Database.h"
#include "http/Router.h"
#include "orders/search/OrderSearch.h"

namespace okna::server {

void registerHealthRoutes(Router &router, Database &database, const OrderSearch &search)
{
    router.add("GET", QStringLiteral("/health"), Access::anyone(), [&database, &search](const HttpRequest &) {
        const bool up = database.isReachable();
        return HttpResponse::json(
            QJsonObject{{QStringLiteral("status"), up ? QStringLiteral("ok") : QStringLiteral("degraded")},
                        {QStringLiteral("db"), up ? QStringLiteral("ok") : QStringLiteral("down")},
                        {QStringLiteral("version"), QLatin1String(kVersion)},
                        {QStringLiteral("search_index"), search.stateName()}},
            up ? 200 : 503);
    });
}

} // namespace okna::server

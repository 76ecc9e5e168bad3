#include "backups/BackupRoutes.h"

#include "backups/BackupService.h"
#include "http/RouteHelpers.h"
#include "http/Router.h"
#include "users/UserRoutes.h"
#include "users/UserService.h"

namespace okna::server {

void registerBackupRoutes(Router &router, BackupService &backups)
{
    const Access admin = Access::needs(Capability::Administer);
    router.add("POST", QStringLiteral("/backups"), admin, [&backups](const HttpRequest &request) {
        const auto started = backups.start(actorOf(request));
        if (!started)
            return HttpResponse::error(started.error());
        return HttpResponse::json(QJsonObject{{QStringLiteral("id"), started->id},
                                              {QStringLiteral("status"), Backup::wireName(started->status)}},
                                  202);
    });
    router.add("GET", QStringLiteral("/backups"), admin,
               [&backups](const HttpRequest &) { return respondList(backups.list()); });
}

} // namespace okna::server

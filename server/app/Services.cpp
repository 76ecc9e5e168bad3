#include "app/Services.h"

#include "audit/AuditRoutes.h"
#include "auth/AuthRoutes.h"
#include "backups/BackupRoutes.h"
#include "blacklist/BlacklistRoutes.h"
#include "db/Database.h"
#include "health/HealthRoutes.h"
#include "http/Router.h"
#include "locations/LocationRoutes.h"
#include "masters/MasterRoutes.h"
#include "notifications/NotificationRoutes.h"
#include "orders/OrderRoutes.h"
#include "reports/ReportRoutes.h"
#include "settings/SettingsRoutes.h"
#include "users/UserRoutes.h"

namespace okna::server {

Services::Services(Database &db, const ServerConfig &config)
    : database(db)
    , timeZone(db, config.timezone.toUtf8())
    , auth(db, timeZone)
    , users(db)
    , locations(db)
    , settings(db, timeZone)
    , audit(db, timeZone)
    , orders(db, timeZone)
    , masters(db, timeZone)
    , blacklist(db, timeZone)
    , reports(db, timeZone)
    , notifications(db, timeZone)
    , backups(db, timeZone, BackupOptions::from(config, db.pool().connectionString()))
{}

void Services::registerRoutes(Router &router)
{
    router.setAuthenticator([this](const QString &token, const QString &) { return auth.authenticate(token); });
    registerHealthRoutes(router, database, orders.search());
    registerAuthRoutes(router, auth);
    registerUserRoutes(router, users);
    registerLocationRoutes(router, locations);
    registerSettingsRoutes(router, settings);
    registerAuditRoutes(router, audit);
    registerOrderRoutes(router, orders);
    registerMasterRoutes(router, masters);
    registerBlacklistRoutes(router, blacklist);
    registerReportRoutes(router, reports);
    registerNotificationRoutes(router, notifications);
    registerBackupRoutes(router, backups);
}

} // namespace okna::server

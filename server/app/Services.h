// Every service of the server, built once over one Database, and the routes that expose them.
#pragma once

#include "app/ServerConfig.h"
#include "audit/AuditService.h"
#include "auth/AuthService.h"
#include "backups/BackupService.h"
#include "blacklist/BlacklistService.h"
#include "locations/LocationService.h"
#include "masters/MasterService.h"
#include "notifications/NotificationService.h"
#include "orders/OrderService.h"
#include "reports/ReportService.h"
#include "settings/BusinessTimeZone.h"
#include "settings/SettingsService.h"
#include "users/UserService.h"

namespace okna::server {

class Database;
class Router;

struct Services
{
    Services(Database &database, const ServerConfig &config);

    Database &database;
    BusinessTimeZone timeZone;
    AuthService auth;
    UserService users;
    LocationService locations;
    SettingsService settings;
    AuditService audit;
    OrderService orders;
    MasterService masters;
    BlacklistService blacklist;
    ReportService reports;
    NotificationService notifications;
    BackupService backups;

    void registerRoutes(Router &router);
};

} // namespace okna::server

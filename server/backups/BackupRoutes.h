#pragma once

namespace okna::server {

class BackupService;
class Router;

// POST /backups (202, runs in the background) and GET /backups (admin).
void registerBackupRoutes(Router &router, BackupService &backups);

} // namespace okna::server

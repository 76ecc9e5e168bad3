#pragma once

namespace okna::server {

class AuditService;
class Router;

// GET /audit?from=&to=&user_id=&action=&limit=&cursor= (admin).
void registerAuditRoutes(Router &router, AuditService &audit);

} // namespace okna::server

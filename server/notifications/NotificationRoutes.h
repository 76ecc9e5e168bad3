#pragma once

namespace okna::server {

class Router;
class NotificationService;

// GET /notifications, POST /notifications/{id}/retry (admin).
void registerNotificationRoutes(Router &router, NotificationService &notifications);

} // namespace okna::server

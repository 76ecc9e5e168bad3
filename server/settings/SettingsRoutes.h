#pragma once

namespace okna::server {

class Router;
class SettingsService;

// GET /settings, PATCH /settings (admin).
void registerSettingsRoutes(Router &router, SettingsService &settings);

} // namespace okna::server

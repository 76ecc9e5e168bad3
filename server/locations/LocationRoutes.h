#pragma once

namespace okna::server {

class LocationService;
class Router;

// GET /locations (every signed-in role); POST /locations, PATCH /locations/{id} (admin).
void registerLocationRoutes(Router &router, LocationService &locations);

} // namespace okna::server

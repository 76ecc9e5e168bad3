#pragma once

namespace okna::server {

class MasterService;
class Router;

// GET /masters, POST /me/shift/check-in, POST /me/shift/check-out, GET /shifts.
void registerMasterRoutes(Router &router, MasterService &masters);

} // namespace okna::server

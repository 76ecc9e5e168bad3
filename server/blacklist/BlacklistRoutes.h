#pragma once

namespace okna::server {

class BlacklistService;
class Router;

// GET /blacklist/check, GET /blacklist, POST /blacklist, DELETE /blacklist/{id}.
void registerBlacklistRoutes(Router &router, BlacklistService &blacklist);

} // namespace okna::server

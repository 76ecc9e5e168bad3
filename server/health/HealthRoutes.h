#pragma once

namespace okna::server {

class Database;
class Router;

// GET /health: no auth; 503 with "db": "down" while PostgreSQL is unreachable.
void registerHealthRoutes(Router &router, Database &database);

} // namespace okna::server

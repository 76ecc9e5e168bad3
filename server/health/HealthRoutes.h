#pragma once

namespace okna::server {

class Database;
class OrderSearch;
class Router;

// GET /health: no auth; 503 with "db": "down" while PostgreSQL is unreachable. "search_index"
// (an addition to the contract) tells whether q is answered from memory: "ready", "loading" (the
// index is being built; PostgreSQL answers meanwhile) or "off".
void registerHealthRoutes(Router &router, Database &database, const OrderSearch &search);

} // namespace okna::server

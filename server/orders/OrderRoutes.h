#pragma once

namespace okna::server {

class OrderService;
class Router;

// POST/GET /orders, GET/PATCH /orders/{id}, GET /orders/{id}/history and the transitions
// POST /orders/{id}/assign|unassign|start|complete|refuse.
void registerOrderRoutes(Router &router, OrderService &orders);

} // namespace okna::server

#pragma once

namespace okna::server {

struct Actor;
struct HttpRequest;
class Router;
class UserService;

// GET /users, POST /users, PATCH /users/{id} (admin).
void registerUserRoutes(Router &router, UserService &users);

// The signed-in caller of a request as the audit log records him (for every *Routes.cpp).
Actor actorOf(const HttpRequest &request);

} // namespace okna::server

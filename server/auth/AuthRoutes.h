#pragma once

namespace okna::server {

class AuthService;
class Router;

// POST /auth/login, /auth/logout; GET /me; POST /me/password, /me/2fa/{setup,enable,disable}.
void registerAuthRoutes(Router &router, AuthService &auth);

} // namespace okna::server

// Maps "METHOD /api/v1/path/{id}" to handlers and enforces who may call them, before the
// handler runs. Runs on worker threads; routes are registered once at start-up.
#pragma once

#include "core/Result.h"
#include "domain/Capability.h"
#include "domain/Permissions.h"
#include "http/HttpRequest.h"
#include "http/HttpResponse.h"

#include <QRegularExpression>

#include <functional>
#include <optional>
#include <vector>

namespace okna::server {

// Who may call a route: anyone, any signed-in user, or a role holding a capability.
struct Access
{
    bool authenticated = true;
    std::optional<Capability> capability;

    static Access anyone() { return {false, std::nullopt}; }
    static Access signedIn() { return {true, std::nullopt}; }
    static Access needs(Capability capability) { return {true, capability}; }
};

class Router
{
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;
    using Authenticator = std::function<Result<Caller>(const QString &token, const QString &ip)>;

    static constexpr const char *kApiPrefix = "/api/v1";

    void setAuthenticator(Authenticator authenticator) { m_authenticator = std::move(authenticator); }

    // pattern is relative to /api/v1, e.g. "/users/{id}"; {id} matches a positive integer.
    void add(const QByteArray &method, const QString &pattern, Access access, Handler handler);

    // Finds the route, authenticates, checks access and runs the handler. Never throws.
    HttpResponse dispatch(HttpRequest &request) const;

    // The bearer token of a request: "Authorization: Bearer ..." (or ?token= for WebSockets).
    static QString bearerToken(const HttpRequest &request);

private:
    struct Route
    {
        QByteArray method;
        QRegularExpression pattern;
        Access access;
        Handler handler;
    };

    std::vector<Route> m_routes;
    Authenticator m_authenticator;
};

} // namespace okna::server

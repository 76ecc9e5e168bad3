#include "users/UserRoutes.h"

#include "http/RouteHelpers.h"
#include "http/Router.h"
#include "users/UserService.h"

namespace okna::server {

Actor actorOf(const HttpRequest &request)
{
    return {request.me().userId, request.remoteAddress, request.me().sessionId};
}

namespace {

// The service reads the fields itself (the command line hands it the same JSON).
HttpResponse withBody(const HttpRequest &request, const std::function<Result<User>(const QJsonObject &)> &action,
                      int status)
{
    const auto body = FieldReader::parseObject(request.body);
    if (!body)
        return HttpResponse::error(body.error());
    return respond(action(body.value()), status);
}

} // namespace

void registerUserRoutes(Router &router, UserService &users)
{
    router.add("GET", QStringLiteral("/users"), Access::needs(Capability::Administer),
               [&users](const HttpRequest &) { return respondList(users.list()); });
    router.add("POST", QStringLiteral("/users"), Access::needs(Capability::Administer),
               [&users](const HttpRequest &request) {
                   return withBody(
                       request, [&](const QJsonObject &body) { return users.create(body, actorOf(request)); }, 201);
               });
    router.add("PATCH", QStringLiteral("/users/{id}"), Access::needs(Capability::Administer),
               [&users](const HttpRequest &request) {
                   return withBody(
                       request,
                       [&](const QJsonObject &body) { return users.update(request.pathId(), body, actorOf(request)); },
                       200);
               });
}

} // namespace okna::server

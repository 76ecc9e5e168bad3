#include "locations/LocationRoutes.h"

#include "http/RouteHelpers.h"
#include "http/Router.h"
#include "locations/LocationService.h"
#include "users/UserRoutes.h"
#include "users/UserService.h"

#include <QCoreApplication>

namespace okna::server {

namespace {

HttpResponse create(LocationService &locations, const HttpRequest &request)
{
    HttpResponse error;
    auto body = readBody(request, error);
    if (!body)
        return error;
    const auto name = body->requiredText(QStringLiteral("name"), LocationService::kMaxNameLength);
    if (auto problem = body->error())
        return HttpResponse::error(*problem);
    return respond(locations.create(*name, actorOf(request)), 201);
}

HttpResponse update(LocationService &locations, const HttpRequest &request)
{
    HttpResponse error;
    auto body = readBody(request, error);
    if (!body)
        return error;
    LocationChange change;
    // null is not a name nor a flag: a wrong type, like any other.
    for (const QString &key : {QStringLiteral("name"), QStringLiteral("active")}) {
        if (body->has(key) && body->isNull(key))
            body->badType(key, QCoreApplication::translate("LocationRoutes", "must not be null"));
    }
    change.name = body->optionalText(QStringLiteral("name"), LocationService::kMaxNameLength);
    change.active = body->boolean(QStringLiteral("active"));
    if (auto problem = body->error())
        return HttpResponse::error(*problem);
    return respond(locations.update(request.pathId(), change, actorOf(request)));
}

} // namespace

void registerLocationRoutes(Router &router, LocationService &locations)
{
    router.add("GET", QStringLiteral("/locations"), Access::needs(Capability::ReadLocations),
               [&locations](const HttpRequest &) { return respondList(locations.list()); });
    router.add("POST", QStringLiteral("/locations"), Access::needs(Capability::Administer),
               [&locations](const HttpRequest &request) { return create(locations, request); });
    router.add("PATCH", QStringLiteral("/locations/{id}"), Access::needs(Capability::Administer),
               [&locations](const HttpRequest &request) { return update(locations, request); });
}

} // namespace okna::server

#include "blacklist/BlacklistRoutes.h"

#include "blacklist/BlacklistService.h"
#include "http/RouteHelpers.h"
#include "http/Router.h"

#include <QCoreApplication>

namespace okna::server {

namespace {

HttpResponse check(BlacklistService &blacklist, const HttpRequest &request)
{
    const QString phone = request.queryValue(QStringLiteral("phone")).trimmed();
    if (phone.isEmpty()) {
        return HttpResponse::error(ApiError::validation(QStringLiteral("phone"),
                                                        QCoreApplication::translate("BlacklistRoutes", "is required")));
    }
    return respond(blacklist.check(phone));
}

HttpResponse add(BlacklistService &blacklist, const HttpRequest &request)
{
    HttpResponse error;
    auto body = readBody(request, error);
    if (!body)
        return error;
    const auto phone = body->requiredText(QStringLiteral("phone"), 64);
    const auto reason = body->requiredText(QStringLiteral("reason"), BlacklistService::kMaxReasonLength);
    if (auto problem = body->error())
        return HttpResponse::error(*problem);
    return respond(blacklist.add(*phone, *reason, request.me(), request.remoteAddress), 201);
}

} // namespace

void registerBlacklistRoutes(Router &router, BlacklistService &blacklist)
{
    router.add("GET", QStringLiteral("/blacklist/check"), Access::needs(Capability::BlacklistCheck),
               [&blacklist](const HttpRequest &request) { return check(blacklist, request); });
    router.add("GET", QStringLiteral("/blacklist"), Access::needs(Capability::BlacklistWrite),
               [&blacklist](const HttpRequest &) { return respondList(blacklist.list()); });
    router.add("POST", QStringLiteral("/blacklist"), Access::needs(Capability::BlacklistWrite),
               [&blacklist](const HttpRequest &request) { return add(blacklist, request); });
    router.add("DELETE", QStringLiteral("/blacklist/{id}"), Access::needs(Capability::BlacklistWrite),
               [&blacklist](const HttpRequest &request) {
                   return respondEmpty(blacklist.remove(request.pathId(), request.me(), request.remoteAddress));
               });
}

} // namespace okna::server

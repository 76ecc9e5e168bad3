#include "masters/MasterRoutes.h"

#include "http/RouteHelpers.h"
#include "http/Router.h"
#include "masters/MasterService.h"
#include "json/Timestamp.h"

#include <QCoreApplication>

namespace okna::server {

namespace {

HttpResponse shifts(MasterService &masters, const HttpRequest &request)
{
    std::optional<qint64> masterId;
    std::optional<QDateTime> bounds[2];
    const QString masterText = request.queryValue(QStringLiteral("master_id")).trimmed();
    if (!masterText.isEmpty()) {
        bool ok = false;
        masterId = masterText.toLongLong(&ok);
        if (!ok || *masterId <= 0)
            return HttpResponse::error(ApiError::badRequest(
                QCoreApplication::translate("MasterRoutes", "master_id must be a positive integer")));
    }
    const char *keys[] = {"from", "to"};
    for (int i = 0; i < 2; ++i) {
        const QString text = request.queryValue(QLatin1String(keys[i])).trimmed();
        if (text.isEmpty())
            continue;
        bounds[i] = Timestamp::fromQueryValue(text);
        if (!bounds[i])
            return HttpResponse::error(ApiError::badRequest(
                QCoreApplication::translate("MasterRoutes", "%1 must be an ISO 8601 timestamp with offset")
                    .arg(QLatin1String(keys[i]))));
    }
    return respondList(masters.shifts(request.me(), masterId, bounds[0], bounds[1]));
}

} // namespace

void registerMasterRoutes(Router &router, MasterService &masters)
{
    router.add("GET", QStringLiteral("/masters"), Access::needs(Capability::ListMasters),
               [&masters](const HttpRequest &) { return respondList(masters.list()); });
    router.add("POST", QStringLiteral("/me/shift/check-in"), Access::needs(Capability::CheckInOut),
               [&masters](const HttpRequest &request) { return respond(masters.checkIn(request.me()), 201); });
    router.add("POST", QStringLiteral("/me/shift/check-out"), Access::needs(Capability::CheckInOut),
               [&masters](const HttpRequest &request) { return respond(masters.checkOut(request.me())); });
    // Masters read their own shifts, so the service decides (ReadAllShifts or own).
    router.add("GET", QStringLiteral("/shifts"), Access::signedIn(),
               [&masters](const HttpRequest &request) { return shifts(masters, request); });
}

} // namespace okna::server

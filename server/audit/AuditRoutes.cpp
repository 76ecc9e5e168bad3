#include "audit/AuditRoutes.h"

#include "audit/AuditService.h"
#include "http/RouteHelpers.h"
#include "http/Router.h"
#include "json/Timestamp.h"

#include <QCoreApplication>

namespace okna::server {

namespace {

// Every bad query parameter, whatever is wrong with it (not a number, out of range, an unknown
// cursor), is a 400 bad_request naming the parameter in `fields`: query strings have no types
// to tell a "wrong type" from an "invalid value", so one rule is simpler for clients.
ApiError badParameter(const QString &name, const QString &problem)
{
    return ApiError(ErrorCode::BadRequest, QStringLiteral("%1 %2").arg(name, problem), {{name, problem}});
}

Result<AuditFilter> readFilter(const HttpRequest &request)
{
    AuditFilter filter;
    filter.limit = AuditService::kDefaultLimit;
    for (const QString &name : {QStringLiteral("from"), QStringLiteral("to")}) {
        if (!request.hasQueryValue(name))
            continue;
        const auto time = Timestamp::fromQueryValue(request.queryValue(name));
        if (!time)
            return badParameter(
                name, QCoreApplication::translate(
                          "AuditRoutes", "must be an ISO 8601 timestamp with offset, e.g. 2026-11-25T14:01:00+03:00"));
        (name == QLatin1String("from") ? filter.from : filter.to) = *time;
    }
    if (request.hasQueryValue(QStringLiteral("user_id"))) {
        bool ok = false;
        const qint64 id = request.queryValue(QStringLiteral("user_id")).toLongLong(&ok);
        if (!ok || id <= 0)
            return badParameter(QStringLiteral("user_id"),
                                QCoreApplication::translate("AuditRoutes", "must be a positive integer"));
        filter.userId = id;
    }
    if (const QString action = request.queryValue(QStringLiteral("action")); !action.isEmpty())
        filter.action = action;
    if (request.hasQueryValue(QStringLiteral("limit"))) {
        bool ok = false;
        const int limit = request.queryValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > AuditService::kMaxLimit)
            return badParameter(QStringLiteral("limit"),
                                QCoreApplication::translate("AuditRoutes", "must be an integer from 1 to %1")
                                    .arg(AuditService::kMaxLimit));
        filter.limit = limit;
    }
    if (const QString cursor = request.queryValue(QStringLiteral("cursor")); !cursor.isEmpty()) {
        filter.beforeId = AuditService::decodeCursor(cursor);
        if (!filter.beforeId)
            return badParameter(QStringLiteral("cursor"),
                                QCoreApplication::translate("AuditRoutes", "is not a cursor this server gave out"));
    }
    return filter;
}

} // namespace

void registerAuditRoutes(Router &router, AuditService &audit)
{
    router.add("GET", QStringLiteral("/audit"), Access::needs(Capability::Administer),
               [&audit](const HttpRequest &request) {
                   const auto filter = readFilter(request);
                   if (!filter)
                       return HttpResponse::error(filter.error());
                   return respond(audit.list(filter.value()));
               });
}

} // namespace okna::server

#include "notifications/NotificationRoutes.h"

#include "http/RouteHelpers.h"
#include "http/Router.h"
#include "notifications/NotificationService.h"
#include "users/UserRoutes.h"
#include "users/UserService.h"

#include <QCoreApplication>

namespace okna::server {

namespace {

HttpResponse list(NotificationService &notifications, const HttpRequest &request)
{
    std::optional<Notification::Status> status;
    if (const QString wanted = request.queryValue(QStringLiteral("status")); !wanted.isEmpty()) {
        status = Notification::parseStatus(wanted);
        if (!status) {
            const QString problem =
                QCoreApplication::translate("NotificationRoutes", "must be one of pending, sent, failed");
            return HttpResponse::error(ApiError(ErrorCode::BadRequest, QStringLiteral("status ") + problem,
                                                {{QStringLiteral("status"), problem}}));
        }
    }
    const auto result = notifications.list(status);
    if (!result)
        return HttpResponse::error(result.error());
    QJsonArray array;
    for (const Notification &notification : result.value())
        array.append(notification.toJson()); // chat_id null until a chat is known
    return HttpResponse::json(array);
}

} // namespace

void registerNotificationRoutes(Router &router, NotificationService &notifications)
{
    router.add("GET", QStringLiteral("/notifications"), Access::needs(Capability::Administer),
               [&notifications](const HttpRequest &request) { return list(notifications, request); });
    router.add("POST", QStringLiteral("/notifications/{id}/retry"), Access::needs(Capability::Administer),
               [&notifications](const HttpRequest &request) {
                   const auto result = notifications.retry(request.pathId(), actorOf(request));
                   if (!result)
                       return HttpResponse::error(result.error());
                   return HttpResponse::json(result.value().toJson());
               });
}

} // namespace okna::server

#include "orders/OrderRoutes.h"

#include "domain/OrderTransitions.h"
#include "http/RouteHelpers.h"
#include "http/Router.h"
#include "orders/OrderService.h"

#include <QCoreApplication>

namespace okna::server {

namespace {

const QString kOverride = QStringLiteral("override_blacklist");

HttpResponse create(OrderService &orders, const HttpRequest &request)
{
    HttpResponse error;
    auto body = readBody(request, error);
    if (!body)
        return error;
    const OrderInput input = OrderValidator::read(*body, true);
    const bool override = body->boolean(kOverride).value_or(false);
    if (auto problem = body->error())
        return HttpResponse::error(*problem);
    return respond(orders.create(input, override, request.me(), request.remoteAddress), 201);
}

HttpResponse list(OrderService &orders, const HttpRequest &request)
{
    auto query = OrderQuery::fromQuery(request.query);
    if (!query)
        return HttpResponse::error(query.error());
    return respond(orders.list(std::move(query).value(), request.me()));
}

HttpResponse update(OrderService &orders, const HttpRequest &request)
{
    HttpResponse error;
    auto body = readBody(request, error);
    if (!body)
        return error;
    const auto version = body->integer(QStringLiteral("version"));
    if (!version && !body->has(QStringLiteral("version")))
        body->missing(QStringLiteral("version"));
    else if (!version && body->isNull(QStringLiteral("version")))
        body->badType(QStringLiteral("version"), QCoreApplication::translate("OrderRoutes", "must be an integer"));
    const OrderInput input = OrderValidator::read(*body, false);
    const bool override = body->boolean(kOverride).value_or(false);
    if (auto problem = body->error())
        return HttpResponse::error(*problem);
    return respond(orders.update(request.pathId(), *version, input, override, request.me(), request.remoteAddress));
}

HttpResponse assign(OrderService &orders, const HttpRequest &request)
{
    // 403 before any complaint about the body: this caller may not assign at all.
    if (!OrderTransitions::canRoleDo(request.me().role, OrderAction::Assign))
        return HttpResponse::error(ApiError::forbidden());
    HttpResponse error;
    auto body = readBody(request, error);
    if (!body)
        return error;
    const auto masterId = body->integer(QStringLiteral("master_id"));
    if (!masterId)
        body->missing(QStringLiteral("master_id"));
    if (auto problem = body->error())
        return HttpResponse::error(*problem);
    return respond(orders.assign(request.pathId(), *masterId, request.me(), request.remoteAddress));
}

HttpResponse refuse(OrderService &orders, const HttpRequest &request)
{
    HttpResponse error;
    auto body = readBody(request, error);
    if (!body)
        return error;
    const auto reason = body->requiredText(QStringLiteral("reason"), OrderValidator::kMaxRefuseReason);
    if (auto problem = body->error())
        return HttpResponse::error(*problem);
    return respond(orders.refuse(request.pathId(), *reason, request.me(), request.remoteAddress));
}

} // namespace

void registerOrderRoutes(Router &router, OrderService &orders)
{
    router.add("POST", QStringLiteral("/orders"), Access::needs(Capability::CreateOrder),
               [&orders](const HttpRequest &request) { return create(orders, request); });
    router.add("GET", QStringLiteral("/orders"), Access::needs(Capability::ReadOrders),
               [&orders](const HttpRequest &request) { return list(orders, request); });
    router.add("GET", QStringLiteral("/orders/{id}"), Access::needs(Capability::ReadOrders),
               [&orders](const HttpRequest &request) { return respond(orders.find(request.pathId(), request.me())); });
    router.add("PATCH", QStringLiteral("/orders/{id}"), Access::needs(Capability::EditOrderClientFields),
               [&orders](const HttpRequest &request) { return update(orders, request); });
    router.add(
        "GET", QStringLiteral("/orders/{id}/history"), Access::needs(Capability::ReadOrders),
        [&orders](const HttpRequest &request) { return respondList(orders.history(request.pathId(), request.me())); });
    // Who may do a transition depends on the order (a master: his own only), so the service
    // decides with OrderTransitions; the router only demands a signed-in caller.
    router.add("POST", QStringLiteral("/orders/{id}/assign"), Access::signedIn(),
               [&orders](const HttpRequest &request) { return assign(orders, request); });
    router.add("POST", QStringLiteral("/orders/{id}/unassign"), Access::signedIn(),
               [&orders](const HttpRequest &request) {
                   return respond(orders.unassign(request.pathId(), request.me(), request.remoteAddress));
               });
    router.add("POST", QStringLiteral("/orders/{id}/start"), Access::signedIn(), [&orders](const HttpRequest &request) {
        return respond(orders.start(request.pathId(), request.me(), request.remoteAddress));
    });
    router.add("POST", QStringLiteral("/orders/{id}/complete"), Access::signedIn(),
               [&orders](const HttpRequest &request) {
                   return respond(orders.complete(request.pathId(), request.me(), request.remoteAddress));
               });
    router.add("POST", QStringLiteral("/orders/{id}/refuse"), Access::signedIn(),
               [&orders](const HttpRequest &request) { return refuse(orders, request); });
}

} // namespace okna::server

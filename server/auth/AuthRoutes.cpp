#include "auth/AuthRoutes.h"

#include "auth/AuthService.h"
#include "http/RouteHelpers.h"
#include "http/Router.h"
#include "json/Timestamp.h"

namespace okna::server {

namespace {

HttpResponse login(AuthService &auth, const HttpRequest &request)
{
    HttpResponse error;
    auto body = readBody(request, error);
    if (!body)
        return error;
    const auto login = body->string(QStringLiteral("login"));
    const auto password = body->string(QStringLiteral("password"));
    const auto totp = body->string(QStringLiteral("totp"));
    if (!login || login->trimmed().isEmpty())
        body->missing(QStringLiteral("login"));
    if (!password || password->isEmpty())
        body->missing(QStringLiteral("password"));
    if (auto problem = body->error())
        return HttpResponse::error(*problem);

    const auto result = auth.login(login->trimmed(), *password, totp, request.remoteAddress);
    if (!result)
        return HttpResponse::error(result.error());
    const User &user = result->user;
    return HttpResponse::json(QJsonObject{
        {QStringLiteral("token"), result->token},
        {QStringLiteral("expires_at"), Timestamp::toString(result->expiresAt)},
        {QStringLiteral("user"), QJsonObject{{QStringLiteral("id"), user.id},
                                             {QStringLiteral("login"), user.login},
                                             {QStringLiteral("full_name"), user.fullName},
                                             {QStringLiteral("role"), wireName(user.role)}}},
        {QStringLiteral("timezone"), auth.businessTimeZone()},
    });
}

HttpResponse changePassword(AuthService &auth, const HttpRequest &request)
{
    HttpResponse error;
    auto body = readBody(request, error);
    if (!body)
        return error;
    const auto oldPassword = body->string(QStringLiteral("old_password"));
    const auto newPassword = body->string(QStringLiteral("new_password"));
    if (!oldPassword)
        body->missing(QStringLiteral("old_password"));
    if (!newPassword)
        body->missing(QStringLiteral("new_password"));
    if (auto problem = body->error())
        return HttpResponse::error(*problem);
    return respondEmpty(auth.changePassword(request.me(), *oldPassword, *newPassword, request.remoteAddress));
}

// enable and disable both take {"code"}.
template <typename Action> HttpResponse withCode(const HttpRequest &request, Action action)
{
    HttpResponse error;
    auto body = readBody(request, error);
    if (!body)
        return error;
    const auto code = body->string(QStringLiteral("code"));
    if (!code || code->trimmed().isEmpty())
        body->missing(QStringLiteral("code"));
    if (auto problem = body->error())
        return HttpResponse::error(*problem);
    return respondEmpty(action(*code));
}

} // namespace

void registerAuthRoutes(Router &router, AuthService &auth)
{
    router.add("POST", QStringLiteral("/auth/login"), Access::anyone(),
               [&auth](const HttpRequest &request) { return login(auth, request); });
    router.add("POST", QStringLiteral("/auth/logout"), Access::signedIn(), [&auth](const HttpRequest &request) {
        return respondEmpty(auth.logout(request.me(), request.remoteAddress));
    });
    router.add("GET", QStringLiteral("/me"), Access::signedIn(), [&auth](const HttpRequest &request) {
        const auto me = auth.me(request.me());
        if (!me)
            return HttpResponse::error(me.error());
        QJsonObject object = me->toJson();
        object.insert(QStringLiteral("timezone"), auth.businessTimeZone());
        return HttpResponse::json(object);
    });
    router.add("POST", QStringLiteral("/me/password"), Access::signedIn(),
               [&auth](const HttpRequest &request) { return changePassword(auth, request); });
    router.add("POST", QStringLiteral("/me/2fa/setup"), Access::signedIn(), [&auth](const HttpRequest &request) {
        const auto setup = auth.setupTotp(request.me());
        if (!setup)
            return HttpResponse::error(setup.error());
        return HttpResponse::json(
            QJsonObject{{QStringLiteral("secret"), setup->secret}, {QStringLiteral("otpauth_uri"), setup->otpauthUri}});
    });
    router.add("POST", QStringLiteral("/me/2fa/enable"), Access::signedIn(), [&auth](const HttpRequest &request) {
        return withCode(
            request, [&](const QString &code) { return auth.enableTotp(request.me(), code, request.remoteAddress); });
    });
    router.add("POST", QStringLiteral("/me/2fa/disable"), Access::signedIn(), [&auth](const HttpRequest &request) {
        return withCode(
            request, [&](const QString &code) { return auth.disableTotp(request.me(), code, request.remoteAddress); });
    });
}

} // namespace okna::server

#include "settings/SettingsRoutes.h"

#include "http/RouteHelpers.h"
#include "http/Router.h"
#include "settings/SettingsService.h"
#include "users/UserRoutes.h"
#include "users/UserService.h"

namespace okna::server {

namespace {

using Patch = std::optional<std::optional<QString>>;

// Absent: unchanged; null or "": cleared; otherwise the text (a wrong type is recorded by the reader).
Patch clearable(FieldReader &body, const QString &key, const std::optional<QString> &text)
{
    if (!body.has(key))
        return std::nullopt;
    if (body.isNull(key) || (text && text->trimmed().isEmpty()))
        return Patch(std::in_place, std::nullopt);
    if (!text)
        return std::nullopt;
    return Patch(std::in_place, text->trimmed());
}

HttpResponse update(SettingsService &settings, const HttpRequest &request)
{
    HttpResponse error;
    auto body = readBody(request, error);
    if (!body)
        return error;
    const QString tokenKey = QStringLiteral("telegram_bot_token");
    const QString chatKey = QStringLiteral("telegram_chat_id");
    const QString zoneKey = QStringLiteral("timezone");

    SettingsChange change;
    change.telegramBotToken = clearable(*body, tokenKey, body->string(tokenKey));
    change.telegramChatId = clearable(*body, chatKey, body->stringOrInteger(chatKey));
    // A blank time zone is not "the default" but a mistake: only null resets it.
    if (body->has(zoneKey)) {
        if (body->isNull(zoneKey))
            change.timezone = Patch(std::in_place, std::nullopt);
        else if (const auto zone = body->string(zoneKey))
            change.timezone = Patch(std::in_place, *zone);
    }
    if (auto problem = body->error())
        return HttpResponse::error(*problem);
    return respond(settings.update(change, actorOf(request)));
}

} // namespace

void registerSettingsRoutes(Router &router, SettingsService &settings)
{
    router.add("GET", QStringLiteral("/settings"), Access::needs(Capability::Administer),
               [&settings](const HttpRequest &) { return respond(settings.get()); });
    router.add("PATCH", QStringLiteral("/settings"), Access::needs(Capability::Administer),
               [&settings](const HttpRequest &request) { return update(settings, request); });
}

} // namespace okna::server

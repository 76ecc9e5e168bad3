#include "app/commands/CreateUserCommand.h"

#include "app/DatabaseConnector.h"
#include "app/commands/Console.h"
#include "users/UserService.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace okna::server {

int runCreateUser(const ServerConfig &config)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption({QStringLiteral("login"), QStringLiteral("Login name."), QStringLiteral("L")});
    parser.addOption(
        {QStringLiteral("role"), QStringLiteral("operator, coordinator, master or admin."), QStringLiteral("R")});
    parser.addOption({QStringLiteral("full-name"), QStringLiteral("Full name."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("phone"), QStringLiteral("Phone number."), QStringLiteral("P")});
    parser.addOption({QStringLiteral("telegram-chat-id"), QStringLiteral("Telegram chat id."), QStringLiteral("C")});
    if (!parser.parse(QStringList{QStringLiteral("create-user")} + config.commandArgs)) {
        Console::error(parser.errorText());
        return 2;
    }
    for (const char *required : {"login", "role", "full-name"}) {
        if (!parser.isSet(QLatin1String(required))) {
            Console::error(QStringLiteral("create-user: --%1 is required").arg(QLatin1String(required)));
            return 2;
        }
    }

    const QString password =
        Console::readPassword(QStringLiteral("Password for %1: ").arg(parser.value(QStringLiteral("login"))));
    QJsonObject body{{QStringLiteral("login"), parser.value(QStringLiteral("login"))},
                     {QStringLiteral("password"), password},
                     {QStringLiteral("full_name"), parser.value(QStringLiteral("full-name"))},
                     {QStringLiteral("role"), parser.value(QStringLiteral("role"))}};
    if (parser.isSet(QStringLiteral("phone")))
        body.insert(QStringLiteral("phone"), parser.value(QStringLiteral("phone")));
    if (parser.isSet(QStringLiteral("telegram-chat-id")))
        body.insert(QStringLiteral("telegram_chat_id"), parser.value(QStringLiteral("telegram-chat-id")));

    DatabaseConnector connector(config);
    if (Status opened = connector.open(2); !opened) {
        Console::error(opened.error().message());
        return 1;
    }
    const auto user = UserService(connector.database()).create(body, Actor{0, QStringLiteral("cli")});
    if (!user) {
        Console::error(Console::describe(user.error()));
        return 1;
    }
    Console::out(
        QStringLiteral("created user %1 (id %2, %3)").arg(user->login).arg(user->id).arg(wireName(user->role)));
    return 0;
}

} // namespace okna::server

#include "app/commands/SeedDemoCommand.h"

#include "app/DatabaseConnector.h"
#include "app/commands/Console.h"
#include "locations/LocationService.h"
#include "orders/DemoOrders.h"
#include "users/UserService.h"

#include <QJsonObject>
#include <QSet>

namespace okna::server {

namespace {

const QString kDemoPassword = QStringLiteral("okna-demo");

struct DemoUser
{
    const char *login;
    const char *role;
    QString fullName;
    const char *phone;
};

const QList<DemoUser> &demoUsers()
{
    static const QList<DemoUser> users{
        {"admin", "admin", QStringLiteral("Анна Петрова"), "+79160000001"},
        {"operator", "operator", QStringLiteral("Ольга Смирнова"), "+79160000002"},
        {"coordinator", "coordinator", QStringLiteral("Дмитрий Кузнецов"), "+79160000003"},
        {"master1", "master", QStringLiteral("Сергей Волков"), "+79161110001"},
        {"master2", "master", QStringLiteral("Алексей Морозов"), "+79161110002"},
        {"master3", "master", QStringLiteral("Игорь Соколов"), "+79161110003"},
        {"master4", "master", QStringLiteral("Николай Лебедев"), "+79161110004"},
        {"master5", "master", QStringLiteral("Павел Новиков"), "+79161110005"},
    };
    return users;
}

const QStringList kDistricts{QStringLiteral("Центральный"), QStringLiteral("Северный"),  QStringLiteral("Южный"),
                             QStringLiteral("Западный"),    QStringLiteral("Восточный"), QStringLiteral("Заречный")};

Status seedLocations(Database &database, const Actor &actor)
{
    LocationService locations(database);
    const auto existing = locations.list();
    if (!existing)
        return existing.error();
    QSet<QString> names;
    for (const Location &location : existing.value())
        names.insert(location.name.toLower());
    for (const QString &district : kDistricts) {
        if (names.contains(district.toLower()))
            continue;
        if (const auto created = locations.create(district, actor); !created)
            return created.error();
    }
    return {};
}

Status seedUsers(Database &database, const Actor &actor)
{
    UserService users(database);
    for (const DemoUser &user : demoUsers()) {
        const auto created = users.create(QJsonObject{{QStringLiteral("login"), QLatin1String(user.login)},
                                                      {QStringLiteral("password"), kDemoPassword},
                                                      {QStringLiteral("full_name"), user.fullName},
                                                      {QStringLiteral("role"), QLatin1String(user.role)},
                                                      {QStringLiteral("phone"), QLatin1String(user.phone)}},
                                          actor);
        if (!created && created.error().code() != ErrorCode::Conflict) // already there: keep it
            return created.error();
    }
    return {};
}

} // namespace

int runSeedDemo(const ServerConfig &config)
{
    DatabaseConnector connector(config);
    if (Status opened = connector.open(2); !opened) {
        Console::error(opened.error().message());
        return 1;
    }
    const Actor actor{0, QStringLiteral("cli")};
    Database &database = connector.database();
    Status seeded = seedLocations(database, actor);
    if (seeded)
        seeded = seedUsers(database, actor);
    if (seeded)
        seeded = seedDemoOrders(database);
    if (!seeded) {
        Console::error(QStringLiteral("seed-demo: ") + Console::describe(seeded.error()));
        return 1;
    }
    Console::out(QStringLiteral("Demo data is ready. Logins (password \"%1\" for each):").arg(kDemoPassword));
    for (const DemoUser &user : demoUsers())
        Console::out(QStringLiteral("  %1  %2  (%3)")
                         .arg(QString::fromLatin1(user.login).leftJustified(12),
                              QString::fromLatin1(user.role).leftJustified(12), user.fullName));
    return 0;
}

} // namespace okna::server

#include "ServerFixture.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QRandomGenerator>

namespace okna::test {

Q_LOGGING_CATEGORY(lcServerFixture, "okna.test.fixture")

ServerFixture::ServerFixture()
    : m_server(std::make_unique<ServerProcess>(QString()))
{}

ServerFixture::~ServerFixture()
{
    stop();
}

QString ServerFixture::adminLogin()
{
    return QStringLiteral("admin");
}

QString ServerFixture::adminPassword()
{
    return QStringLiteral("Admin-Test-Passw0rd");
}

bool ServerFixture::start()
{
    return start(Options{});
}

bool ServerFixture::start(const Options &options, ServerProcess::Readiness readiness)
{
    for (const QString &setting : options.postgresSettings)
        m_pg.addSetting(setting);
    if (!m_pg.start())
        return fail(QStringLiteral("PostgreSQL: ") + m_pg.errorString());
    m_databaseName = options.databaseName;
    const auto url = m_pg.createDatabase(m_databaseName);
    if (url.isEmpty())
        return fail(m_pg.errorString());

    m_server->setDbUrl(url);
    m_server->setExtraArguments(options.serverArguments);
    if (!options.trustedCertificatePath.isEmpty())
        m_server->setCertificatePath(options.trustedCertificatePath);
    for (auto it = options.serverEnvironment.cbegin(); it != options.serverEnvironment.cend(); ++it)
        m_server->setEnvironment(it.key(), it.value());
    if (!m_server->start(readiness))
        return fail(QStringLiteral("okna-server: ") + m_server->errorString());

    const auto created = m_server->createUser(adminLogin(), adminPassword(), QStringLiteral("admin"),
                                              QStringLiteral("Test Administrator"));
    if (!created.ok())
        return fail(QStringLiteral("create-user admin: ") + created.describe());

    m_api = std::make_unique<ApiClient>(m_server->apiClient());
    return true;
}

void ServerFixture::stop()
{
    m_api.reset();
    if (m_server->isRunning() && !m_server->stop())
        qCWarning(lcServerFixture).noquote() << m_server->errorString();
    if (m_pg.isRunning() && !m_pg.stop())
        qCWarning(lcServerFixture).noquote() << m_pg.errorString();
}

std::unique_ptr<EventClient> ServerFixture::events(const QString &token)
{
    auto client = m_server->eventClient();
    if (!client->open(token))
        qCWarning(lcServerFixture).noquote() << "events:" << client->errorString();
    return client;
}

QString ServerFixture::adminToken()
{
    if (m_adminToken.isEmpty())
        m_adminToken = loginAdmin();
    return m_adminToken;
}

QString ServerFixture::loginAdmin()
{
    m_adminToken = m_api->login(adminLogin(), adminPassword());
    if (m_adminToken.isEmpty())
        fail(QStringLiteral("admin login: ") + m_api->lastLoginResponse().describe());
    return m_adminToken;
}

TestUser ServerFixture::newUser(const QString &role, const QJsonObject &extra)
{
    TestUser user;
    user.role = role;
    user.login = uniqueName(role);
    user.password = QStringLiteral("Pw-") + QString::number(QRandomGenerator::global()->generate64(), 36);
    user.fullName = QStringLiteral("Test %1 %2").arg(role, user.login);

    auto body = extra;
    body.insert(QStringLiteral("login"), user.login);
    body.insert(QStringLiteral("password"), user.password);
    body.insert(QStringLiteral("full_name"), user.fullName);
    body.insert(QStringLiteral("role"), role);
    const auto created = m_api->post(QStringLiteral("/users"), body, adminToken());
    if (created.status != 201) {
        user.error = QStringLiteral("POST /users: ") + created.describe();
        qCWarning(lcServerFixture).noquote() << user.error;
        return user;
    }
    user.id = created.object().value(QLatin1String("id")).toInteger(-1);
    user.token = m_api->login(user.login, user.password);
    if (user.token.isEmpty()) {
        user.error = QStringLiteral("login: ") + m_api->lastLoginResponse().describe();
        qCWarning(lcServerFixture).noquote() << user.error;
    }
    return user;
}

QString ServerFixture::uniqueName(const QString &prefix)
{
    static QAtomicInt counter;
    // The process id keeps names apart when test executables share a server.
    return QStringLiteral("%1_%2_%3")
        .arg(prefix)
        .arg(QCoreApplication::applicationPid())
        .arg(counter.fetchAndAddRelaxed(1) + 1);
}

void ServerFixture::printServerLogIfTestFailed()
{
    m_server->printLogIfTestFailed();
}

bool ServerFixture::fail(const QString &message)
{
    m_error = message;
    qCWarning(lcServerFixture).noquote() << message;
    return false;
}

} // namespace okna::test

#include "app/ServerApp.h"

#include "app/DatabaseConnector.h"
#include "app/FirstAdminHint.h"
#include "app/Services.h"
#include "app/UnixSignals.h"
#include "core/Version.h"
#include "events/EventHub.h"
#include "events/EventPublisher.h"
#include "events/NotificationListener.h"
#include "events/ServiceEventSource.h"
#include "http/ApiServer.h"
#include "http/Router.h"
#include "i18n/ServerTranslator.h"
#include "notifications/TelegramDispatcher.h"
#include "tls/CertificateManager.h"

#include <QCoreApplication>
#include <QDir>
#include <QHostInfo>
#include <QLockFile>
#include <QLoggingCategory>
#include <QNetworkInterface>
#include <QSslConfiguration>
#include <QTcpServer>

#include <cstdio>
#include <optional>

Q_LOGGING_CATEGORY(lcServer, "okna.server")

namespace okna::server {

namespace {

// Names a client may use to reach this server: they go into a self-signed certificate's SAN.
QStringList hostNamesFor(const ServerConfig &config)
{
    QStringList names{QHostInfo::localHostName()};
    const QHostAddress listen = config.listenAddress();
    if (listen == QHostAddress::Any || listen == QHostAddress::AnyIPv4 || listen == QHostAddress::AnyIPv6) {
        for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
            if (!address.isLinkLocal())
                names << address.toString();
        }
    } else {
        names << listen.toString();
    }
    return names;
}

TelegramOptions telegramOptionsOf(const ServerConfig &config)
{
    TelegramOptions options;
    options.setApiBase(config.telegramApiBase);
    if (config.telegramMaxAttempts > 0)
        options.maxAttempts = config.telegramMaxAttempts;
    if (config.telegramBackoffMs > 0)
        options.backoffBaseMs = config.telegramBackoffMs;
    if (config.telegramTimeoutMs > 0)
        options.requestTimeoutMs = config.telegramTimeoutMs;
    if (config.telegramPollMs > 0)
        options.pollMs = config.telegramPollMs;
    return options;
}

void print(const QString &line)
{
    std::fprintf(stdout, "%s\n", line.toLocal8Bit().constData());
    std::fflush(stdout);
}

} // namespace

ServerApp::ServerApp(ServerConfig config)
    : m_config(std::move(config))
{}

int ServerApp::run()
{
    UnixSignals unixSignals;
    if (!QDir().mkpath(m_config.dataDir)) {
        qCCritical(lcServer).noquote() << "cannot create the data directory" << m_config.dataDir;
        return 1;
    }
    // One server per data directory: its embedded cluster and certificate are not shared.
    QLockFile lock(m_config.dataDir + QStringLiteral("/okna-server.lock"));
    if (!lock.tryLock(0)) {
        qCCritical(lcServer).noquote() << "another okna-server is running with the data directory" << m_config.dataDir;
        return 1;
    }
    DatabaseConnector connector(m_config, DatabaseConnector::ClusterOwnership::Own);
    if (Status opened = connector.open(m_config.workerThreads + 2); !opened) {
        qCCritical(lcServer).noquote() << opened.error().message();
        return 1;
    }

    const auto tls =
        CertificateManager::loadOrCreate(m_config.certificatePath(), m_config.keyPath(), hostNamesFor(m_config));
    if (!tls) {
        qCCritical(lcServer).noquote() << tls.error().message();
        return 1;
    }

    // Answers in the language each request asks for; declared before the HTTP server so that it
    // outlives every worker that may still translate.
    ServerTranslator translator;
    if (!translator.loadCatalogues())
        qCWarning(lcServer) << "the Russian translation is missing; every answer will be in English";
    QCoreApplication::installTranslator(&translator);

    // Events of committed changes go out in batches while requests are served.
    std::optional<EventPublisher::Batching> batchedEvents(std::in_place, connector.database());
    Services services(connector.database(), m_config);
    Router router;
    services.registerRoutes(router);
    TelegramDispatcher telegram(connector.database(), telegramOptionsOf(m_config));

    ApiServer server(router, m_config.workerThreads);
    server.setWebSocketPath(QStringLiteral("/api/v1/events"));
    NotificationListener eventListener(connector.connectionString());
    ServiceEventSource eventSource(services.orders, services.masters);
    EventHub eventHub(server, eventListener, services.auth, eventSource);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setLocalCertificate(tls->certificate);
    ssl.setPrivateKey(tls->key);
    ssl.setProtocol(QSsl::TlsV1_2OrLater);
    server.sslSetup(ssl);
    if (server.listen(m_config.listenAddress(), m_config.listenPort()) == 0) {
        qCCritical(lcServer).noquote() << "cannot listen on" << m_config.listen;
        return 1;
    }

    print(
        QStringLiteral("okna-server %1 listening on https://%2/api/v1").arg(QLatin1String(kVersion), m_config.listen));
    print(QStringLiteral("TLS certificate %1 SHA-256 fingerprint: %2")
              .arg(tls->created ? QStringLiteral("(new)") : QString(), tls->fingerprint));
    // A new installation has no user to sign in with: say how to make one.
    if (const auto needed = FirstAdminHint::isNeeded(connector.database()); needed && needed.value())
        print(FirstAdminHint::line(m_config));

    telegram.start();
    services.orders.search().start();
    QObject::connect(&unixSignals, &UnixSignals::terminationRequested, qApp, [](int signalNumber) {
        qCInfo(lcServer) << "signal" << signalNumber << "received, shutting down";
        QCoreApplication::quit();
    });
    const int code = QCoreApplication::exec();
    for (QTcpServer *listener : server.servers())
        listener->close();
    server.drain();
    batchedEvents.reset(); // no request is left to publish; sends what waits
    telegram.stop();
    services.orders.search().stop();
    eventListener.stop();
    connector.close();
    qCInfo(lcServer) << "stopped";
    return code;
}

} // namespace okna::server

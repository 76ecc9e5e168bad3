#include "app/ServerConfig.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include <unistd.h>

namespace okna::server {

namespace {

// One option: its flag, environment variable and config-file key.
struct Source
{
    const char *flag;
    const char *env;
    const char *key;
    QString ServerConfig::*field;
};

const Source kSources[] = {
    {"data-dir", "OKNA_DATA_DIR", "data_dir", &ServerConfig::dataDir},
    {"listen", "OKNA_LISTEN", "listen", &ServerConfig::listen},
    {"db-url", "OKNA_DB_URL", "db_url", &ServerConfig::dbUrl},
    {"tls-cert", "OKNA_TLS_CERT", "tls_cert", &ServerConfig::tlsCert},
    {"tls-key", "OKNA_TLS_KEY", "tls_key", &ServerConfig::tlsKey},
    {"telegram-api-base", "OKNA_TELEGRAM_API_BASE", "telegram_api_base", &ServerConfig::telegramApiBase},
    {"timezone", "OKNA_TIMEZONE", "timezone", &ServerConfig::timezone},
    {"backup-dir", "OKNA_BACKUP_DIR", "backup_dir", &ServerConfig::backupDir},
};

// Options whose value is a positive whole number.
struct NumberSource
{
    const char *flag;
    const char *env;
    const char *key;
    int ServerConfig::*field;
};

const NumberSource kNumberSources[] = {
    {"worker-threads", "OKNA_WORKER_THREADS", "worker_threads", &ServerConfig::workerThreads},
    {"telegram-max-attempts", "OKNA_TELEGRAM_MAX_ATTEMPTS", "telegram_max_attempts",
     &ServerConfig::telegramMaxAttempts},
    {"telegram-backoff-ms", "OKNA_TELEGRAM_BACKOFF_MS", "telegram_backoff_ms", &ServerConfig::telegramBackoffMs},
    {"telegram-timeout-ms", "OKNA_TELEGRAM_TIMEOUT_MS", "telegram_timeout_ms", &ServerConfig::telegramTimeoutMs},
    {"telegram-poll-ms", "OKNA_TELEGRAM_POLL_MS", "telegram_poll_ms", &ServerConfig::telegramPollMs},
};

} // namespace

QString ServerConfig::defaultDataDir()
{
    if (geteuid() == 0)
        return QStringLiteral("/var/lib/okna");
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/okna-server");
}

Result<ServerConfig> ServerConfig::fromArguments(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.addOption({QStringLiteral("config"), QCoreApplication::translate("ServerConfig", "Read settings from FILE."),
                      QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("version"), QCoreApplication::translate("ServerConfig", "Print the version and exit.")});
    for (const Source &source : kSources)
        parser.addOption({QLatin1String(source.flag),
                          QCoreApplication::translate("ServerConfig", "See API.md, Server command line."),
                          QStringLiteral("VALUE")});
    for (const NumberSource &source : kNumberSources)
        parser.addOption({QLatin1String(source.flag),
                          QCoreApplication::translate("ServerConfig", "See README.md, Additions to the contract."),
                          QStringLiteral("NUMBER")});
    if (!parser.parse(arguments))
        return ApiError::badRequest(parser.errorText());

    ServerConfig config;
    config.showVersion = parser.isSet(QStringLiteral("version"));
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        config.command = positional.first();
        config.commandArgs = positional.mid(1);
    }

    config.configFile = parser.value(QStringLiteral("config"));
    if (config.configFile.isEmpty())
        config.configFile = qEnvironmentVariable("OKNA_CONFIG");
    std::unique_ptr<QSettings> file;
    if (!config.configFile.isEmpty()) {
        if (!QFileInfo::exists(config.configFile))
            return ApiError::badRequest(
                QCoreApplication::translate("ServerConfig", "Config file %1 does not exist").arg(config.configFile));
        file = std::make_unique<QSettings>(config.configFile, QSettings::IniFormat);
        if (file->status() != QSettings::NoError)
            return ApiError::badRequest(
                QCoreApplication::translate("ServerConfig", "Config file %1 cannot be read").arg(config.configFile));
    }

    // A flag beats the environment, which beats the config file, which beats the default.
    for (const Source &source : kSources) {
        const QString flag = QLatin1String(source.flag);
        if (parser.isSet(flag))
            config.*source.field = parser.value(flag);
        else if (qEnvironmentVariableIsSet(source.env))
            config.*source.field = qEnvironmentVariable(source.env);
        else if (file && file->contains(QLatin1String(source.key)))
            config.*source.field = file->value(QLatin1String(source.key)).toString();
    }
    for (const NumberSource &source : kNumberSources) {
        const QString flag = QLatin1String(source.flag);
        QString text;
        if (parser.isSet(flag))
            text = parser.value(flag);
        else if (qEnvironmentVariableIsSet(source.env))
            text = qEnvironmentVariable(source.env);
        else if (file && file->contains(QLatin1String(source.key)))
            text = file->value(QLatin1String(source.key)).toString();
        if (text.isEmpty())
            continue;
        bool ok = false;
        const int value = text.trimmed().toInt(&ok);
        if (!ok || value <= 0)
            return ApiError::badRequest(
                QCoreApplication::translate("ServerConfig", "--%1 must be a positive whole number, got \"%2\"")
                    .arg(flag, text));
        config.*source.field = value;
    }
    if (config.dataDir.isEmpty())
        config.dataDir = defaultDataDir();
    config.dataDir = QDir(config.dataDir).absolutePath();

    if (config.listenPort() == 0 || config.listenAddress().isNull())
        return ApiError::badRequest(
            QCoreApplication::translate("ServerConfig", "--listen must be HOST:PORT, got \"%1\"").arg(config.listen));
    return config;
}

QHostAddress ServerConfig::listenAddress() const
{
    const int colon = listen.lastIndexOf(QLatin1Char(':'));
    QString host = listen.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (host == QLatin1String("localhost"))
        return QHostAddress(QHostAddress::LocalHost);
    if (host.isEmpty() || host == QLatin1String("*"))
        return QHostAddress(QHostAddress::Any);
    return QHostAddress(host);
}

quint16 ServerConfig::listenPort() const
{
    const int colon = listen.lastIndexOf(QLatin1Char(':'));
    if (colon < 0)
        return 0;
    bool ok = false;
    const uint port = listen.mid(colon + 1).toUInt(&ok);
    return ok && port <= 65535 ? static_cast<quint16>(port) : 0;
}

QString ServerConfig::certificatePath() const
{
    return tlsCert.isEmpty() ? dataDir + QStringLiteral("/tls/server.crt") : tlsCert;
}

QString ServerConfig::keyPath() const
{
    return tlsKey.isEmpty() ? dataDir + QStringLiteral("/tls/server.key") : tlsKey;
}

QString ServerConfig::effectiveBackupDir() const
{
    return backupDir.isEmpty() ? dataDir + QStringLiteral("/backups") : backupDir;
}

} // namespace okna::server

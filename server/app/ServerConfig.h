// The server's settings from flags, then environment, then config file (API.md "Server
// command line"), plus the subcommand to run.
#pragma once

#include "core/Result.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace okna::server {

struct ServerConfig
{
    QString configFile;
    QString dataDir;
    QString listen = QStringLiteral("0.0.0.0:8443");
    QString dbUrl; // empty: the embedded cluster in dataDir
    QString tlsCert;
    QString tlsKey;
    QString telegramApiBase = QStringLiteral("https://api.telegram.org");
    QString timezone; // empty: the `timezone` setting in the database (default Europe/Moscow)
    QString backupDir;
    int workerThreads = 8;
    // The Telegram dispatcher's tuning (TelegramOptions); 0 keeps its default.
    int telegramMaxAttempts = 0;
    int telegramBackoffMs = 0;
    int telegramTimeoutMs = 0;
    int telegramPollMs = 0;

    QString command;         // "" (serve), create-user, seed-demo, migrate, backup, restore
    QStringList commandArgs; // what follows the command
    bool showVersion = false;

    // Parses argv; environment and the config file fill what the flags left open.
    static Result<ServerConfig> fromArguments(const QStringList &arguments);
    static QString defaultDataDir();

    QHostAddress listenAddress() const;
    quint16 listenPort() const;
    QString certificatePath() const;
    QString keyPath() const;
    QString effectiveBackupDir() const;
};

} // namespace okna::server

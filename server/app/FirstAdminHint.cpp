#include "app/FirstAdminHint.h"

#include "db/Database.h"
#include "users/UserStore.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <pwd.h>
#include <unistd.h>

namespace okna::server {

namespace {

// Quotes a word for a POSIX shell only when it needs it.
QString shellWord(const QString &word)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (plain.match(word).hasMatch())
        return word;
    return QLatin1Char('\'') + QString(word).replace(QLatin1Char('\''), QLatin1String("'\\''")) + QLatin1Char('\'');
}

// The name of the account this process runs as; empty for root.
QString currentAccount()
{
    const uid_t uid = geteuid();
    if (uid == 0)
        return {};
    if (const passwd *entry = getpwuid(uid))
        return QString::fromLocal8Bit(entry->pw_name);
    return QString::number(uid);
}

} // namespace

Result<bool> FirstAdminHint::isNeeded(Database &database)
{
    return database.transact([](pqxx::work &tx) -> Result<bool> { return UserStore::activeAdminCount(tx) == 0; });
}

QString FirstAdminHint::command(const ServerConfig &config, const QString &program, const QString &runAs)
{
    QStringList words;
    if (!runAs.isEmpty())
        words << QStringLiteral("runuser -u") << shellWord(runAs) << QStringLiteral("--");
    words << shellWord(program);
    // The password of a db_url never goes into a log: the config file or the placeholder stands for it.
    if (!config.configFile.isEmpty())
        words << QStringLiteral("--config") << shellWord(config.configFile);
    else if (config.dbUrl.isEmpty())
        words << QStringLiteral("--data-dir") << shellWord(config.dataDir);
    else
        words << QStringLiteral("--db-url URL");
    words << QStringLiteral("create-user --login admin --role admin --full-name 'Administrator'");
    return words.join(QLatin1Char(' '));
}

QString FirstAdminHint::line(const ServerConfig &config)
{
    const QString runAs = currentAccount();
    return QStringLiteral("No administrator exists yet. Create the first one%1 with: %2 "
                          "(it reads the password from stdin), then sign in with the client.")
        .arg(runAs.isEmpty() ? QString() : QStringLiteral(" as root"),
             command(config, QCoreApplication::applicationFilePath(), runAs));
}

} // namespace okna::server

// The session token in the system keychain (QtKeychain), never in a settings file. Asynchronous:
// each call starts a job and answers with a signal; no keychain backend means "cannot remember".
#pragma once

#include <QObject>
#include <QString>

namespace okna {

class CredentialStore : public QObject
{
    Q_OBJECT

public:
    explicit CredentialStore(QObject *parent = nullptr);

    // Entries are namespaced by server and login: "okna/https://host:port/login".
    static QString keyOf(const QString &server, const QString &login);

    void saveToken(const QString &server, const QString &login, const QString &token);
    void readToken(const QString &server, const QString &login);
    void forgetToken(const QString &server, const QString &login);

signals:
    void tokenSaved();
    // The keychain refused or does not exist: the user simply logs in next time.
    void cannotRemember(const QString &reason);
    // token empty: nothing stored (or no keychain; reason says which).
    void tokenRead(const QString &token, const QString &reason);
};

} // namespace okna

// Who is logged in: login (with an optional TOTP code), resume from a remembered token, logout.
#pragma once

#include "core/ApiError.h"
#include "domain/Role.h"
#include "json/User.h"

#include <QObject>

class QJsonObject;

namespace okna {

class ApiClient;
class CredentialStore;

class Session : public QObject
{
    Q_OBJECT

public:
    // credentials may be null: then nothing is remembered.
    Session(ApiClient *api, CredentialStore *credentials, QObject *parent = nullptr);

    ApiClient *api() const { return m_api; }
    bool isLoggedIn() const { return m_loggedIn; }
    const User &user() const { return m_user; }
    Role role() const { return m_user.role; }

    void login(const QString &login, const QString &password, const QString &totp, bool remember);
    // Tries the token remembered for this server and login; answers loggedIn or resumeFailed.
    void resume(const QString &login);
    void logout();

signals:
    void loggedIn();
    void loginFailed(const okna::ApiError &error);
    void resumeFailed();
    void loggedOut();
    // The server no longer accepts the token; the GUI returns to the login dialog.
    void expired();
    void cannotRemember(const QString &reason);

private:
    void setLoggedOut();
    void learnTimeZone(const QJsonObject &answer);

    ApiClient *m_api;
    CredentialStore *m_credentials;
    User m_user;
    bool m_loggedIn = false;
};

} // namespace okna

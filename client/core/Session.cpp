#include "core/Session.h"

#include "core/ApiClient.h"
#include "core/BusinessTime.h"
#include "core/CredentialStore.h"

#include <QJsonObject>
#include <QTimeZone>

namespace okna {

Session::Session(ApiClient *api, CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_credentials(credentials)
{
    connect(m_api, &ApiClient::sessionExpired, this, [this] {
        if (!m_loggedIn)
            return;
        if (m_credentials)
            m_credentials->forgetToken(m_api->serverUrl().toString(), m_user.login);
        setLoggedOut();
        emit expired();
    });
    if (m_credentials)
        connect(m_credentials, &CredentialStore::cannotRemember, this, &Session::cannotRemember);
}

// A server older than the `timezone` field leaves the zone unknown: times then keep the offset the
// server wrote them with, which is its business zone's too.
void Session::learnTimeZone(const QJsonObject &answer)
{
    const QTimeZone zone(answer.value(QLatin1String("timezone")).toString().toLatin1());
    if (zone.isValid())
        BusinessTime::setZone(zone);
}

void Session::login(const QString &login, const QString &password, const QString &totp, bool remember)
{
    QJsonObject body{{QStringLiteral("login"), login}, {QStringLiteral("password"), password}};
    if (!totp.isEmpty())
        body.insert(QStringLiteral("totp"), totp);
    m_api->setToken({});
    m_api->post(QStringLiteral("/auth/login"), body, this, [this, remember](const Result<QJsonValue> &result) {
        if (!result) {
            emit loginFailed(result.error());
            return;
        }
        const auto object = result->toObject();
        auto user = User::fromJson(object.value(QLatin1String("user")).toObject());
        if (!user) {
            emit loginFailed(user.error());
            return;
        }
        m_user = std::move(user).value();
        learnTimeZone(object);
        const auto token = object.value(QLatin1String("token")).toString();
        m_api->setToken(token);
        m_loggedIn = true;
        if (m_credentials) {
            const auto server = m_api->serverUrl().toString();
            if (remember)
                m_credentials->saveToken(server, m_user.login, token);
            else
                m_credentials->forgetToken(server, m_user.login);
        }
        emit loggedIn();
    });
}

void Session::resume(const QString &login)
{
    if (!m_credentials || login.isEmpty()) {
        emit resumeFailed();
        return;
    }
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_credentials, &CredentialStore::tokenRead, this,
                          [this, connection](const QString &token, const QString &) {
                              disconnect(*connection);
                              if (token.isEmpty()) {
                                  emit resumeFailed();
                                  return;
                              }
                              m_api->setToken(token);
                              m_api->get(QStringLiteral("/me"), {}, this, [this](const Result<QJsonValue> &me) {
                                  auto user = me ? User::fromJson(me->toObject()) : Result<User>(me.error());
                                  if (!user) {
                                      m_api->setToken({});
                                      emit resumeFailed();
                                      return;
                                  }
                                  m_user = std::move(user).value();
                                  learnTimeZone(me->toObject());
                                  m_loggedIn = true;
                                  emit loggedIn();
                              });
                          });
    m_credentials->readToken(m_api->serverUrl().toString(), login);
}

void Session::logout()
{
    if (!m_loggedIn)
        return;
    if (m_credentials)
        m_credentials->forgetToken(m_api->serverUrl().toString(), m_user.login);
    // Fire and forget: the token is dropped locally whatever the server answers.
    m_api->post(QStringLiteral("/auth/logout"), {}, nullptr, {});
    setLoggedOut();
    emit loggedOut();
}

void Session::setLoggedOut()
{
    m_api->setToken({});
    m_loggedIn = false;
}

} // namespace okna

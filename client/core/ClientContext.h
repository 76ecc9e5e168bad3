// Everything one logged-in client needs, wired once: TLS pins, API, keychain, session, live events.
#pragma once

#include <QObject>
#include <QString>

namespace okna {

class ApiClient;
class CredentialStore;
class EventStream;
class Session;
class TlsGuard;

class ClientContext : public QObject
{
    Q_OBJECT

public:
    // trustFile empty: pins live in the application's settings.
    explicit ClientContext(const QString &trustFile = {}, bool useKeychain = true, QObject *parent = nullptr);

    TlsGuard *tls() const { return m_tls; }
    ApiClient *api() const { return m_api; }
    CredentialStore *credentials() const { return m_credentials; }
    Session *session() const { return m_session; }
    EventStream *events() const { return m_events; }

private:
    TlsGuard *m_tls;
    ApiClient *m_api;
    CredentialStore *m_credentials;
    Session *m_session;
    EventStream *m_events;
};

} // namespace okna

#include "core/ClientContext.h"

#include "core/ApiClient.h"
#include "core/CredentialStore.h"
#include "core/EventStream.h"
#include "core/Session.h"
#include "core/TlsGuard.h"

#include <QUrlQuery>

namespace okna {

ClientContext::ClientContext(const QString &trustFile, bool useKeychain, QObject *parent)
    : QObject(parent)
    , m_tls(new TlsGuard(TrustStore(trustFile), this))
    , m_api(new ApiClient(m_tls, this))
    , m_credentials(useKeychain ? new CredentialStore(this) : nullptr)
    , m_session(new Session(m_api, m_credentials, this))
    , m_events(new EventStream(m_tls, this))
{
    connect(m_session, &Session::loggedIn, this, [this] { m_events->open(m_api->serverUrl(), m_api->token()); });
    connect(m_session, &Session::loggedOut, m_events, &EventStream::close);
    connect(m_session, &Session::expired, m_events, &EventStream::close);
    // A 401 on any call ends the session (ApiClient::sessionExpired); /me is the cheapest one.
    connect(m_events, &EventStream::tokenRejected, this, [this] {
        if (m_session->isLoggedIn())
            m_api->get(QStringLiteral("/me"), {}, this, {});
    });
}

} // namespace okna

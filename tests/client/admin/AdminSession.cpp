#include "AdminSession.h"

#include "ServerFixture.h"
#include "core/ApiClient.h"
#include "core/Session.h"
#include "core/TlsGuard.h"
#include "core/TrustStore.h"

#include <QSignalSpy>

namespace okna::test {

bool AdminSession::login(ServerFixture &fixture, const QString &login, const QString &password)
{
    m_context = std::make_unique<ClientContext>(m_dir.filePath(QStringLiteral("trust.ini")), false);
    const auto host = QStringLiteral("127.0.0.1");
    const int port = fixture.server().port();
    m_context->tls()->store().pin(host, port, TrustStore::fingerprintOf(fixture.server().certificate()));
    m_context->api()->setServerUrl(QUrl(QStringLiteral("https://%1:%2").arg(host).arg(port)));
    auto *session = m_context->session();
    QSignalSpy loggedIn(session, &Session::loggedIn);
    QSignalSpy failed(session, &Session::loginFailed);
    session->login(login.isEmpty() ? ServerFixture::adminLogin() : login,
                   password.isEmpty() ? ServerFixture::adminPassword() : password, {}, false);
    for (int i = 0; i < 150 && loggedIn.isEmpty() && failed.isEmpty(); ++i)
        loggedIn.wait(100);
    if (!failed.isEmpty()) {
        m_error = QStringLiteral("login failed: ") + failed.first().first().value<ApiError>().message();
        return false;
    }
    if (loggedIn.isEmpty()) {
        m_error = QStringLiteral("login timed out");
        return false;
    }
    return true;
}

} // namespace okna::test

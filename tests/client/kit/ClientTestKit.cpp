#include "ClientTestKit.h"

#include "core/ApiClient.h"
#include "core/ClientContext.h"
#include "core/EventStream.h"
#include "core/Session.h"
#include "core/TrustStore.h"

#include <QDebug>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

namespace okna::test {

bool FakePrompts::trustNewCertificate(QWidget *, const CertificateCheck &check)
{
    trustQuestions.append(check);
    return trustAnswer;
}

void FakePrompts::certificateChanged(QWidget *, const CertificateCheck &check)
{
    changedWarnings.append(check);
}

void FakePrompts::error(QWidget *, const QString &title, const QString &text)
{
    errorTitles.append(title);
    errorTexts.append(text);
}

std::optional<QString> FakePrompts::refuseReason(QWidget *, qint64)
{
    ++reasonQuestions;
    return reasonAnswer;
}

bool FakePrompts::confirm(QWidget *, const QString &, const QString &text)
{
    confirmTexts.append(text);
    return confirmAnswer;
}

void FakePrompts::reset()
{
    trustAnswer = false;
    reasonAnswer.reset();
    trustQuestions.clear();
    changedWarnings.clear();
    errorTitles.clear();
    errorTexts.clear();
    reasonQuestions = 0;
    confirmAnswer = false;
    confirmTexts.clear();
}

ClientTestKit::ClientTestKit() = default;
ClientTestKit::~ClientTestKit() = default;

bool ClientTestKit::start(const ServerFixture::Options &options)
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary directory");
        return false;
    }
    // The client keeps its last server, login and language in QSettings: not in the user's real ones.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    auto serverOptions = options;
    // Fast heartbeats and token re-checks, as the server's own event tests use.
    serverOptions.serverEnvironment.insert(QStringLiteral("OKNA_WS_PING_MS"), QStringLiteral("300"));
    serverOptions.serverEnvironment.insert(QStringLiteral("OKNA_WS_RECHECK_MS"), QStringLiteral("1000"));
    if (!m_fx.start(serverOptions)) {
        m_error = m_fx.errorString();
        return false;
    }
    return true;
}

QString ClientTestKit::serverAddress() const
{
    QUrl url = const_cast<ServerFixture &>(m_fx).server().apiBaseUrl();
    url.setPath({});
    return url.toString();
}

QString ClientTestKit::fingerprint() const
{
    return TrustStore::fingerprintOf(const_cast<ServerFixture &>(m_fx).server().certificate());
}

QString ClientTestKit::trustFile(bool pinned)
{
    const auto path = m_dir.filePath(QStringLiteral("pins-%1.ini").arg(++m_trustFiles));
    if (pinned) {
        TrustStore store(path);
        store.pin(QStringLiteral("127.0.0.1"), m_fx.server().port(), fingerprint());
    }
    return path;
}

std::unique_ptr<ClientContext> ClientTestKit::loggedInContext(const TestUser &user)
{
    if (!user.isValid()) {
        m_error = QStringLiteral("user: ") + user.error;
        return nullptr;
    }
    auto context = std::make_unique<ClientContext>(trustFile(true), false);
    context->api()->setServerUrl(okna::ApiClient::parseServerAddress(serverAddress()));
    QSignalSpy connected(context->events(), &EventStream::stateChanged);
    QSignalSpy loggedIn(context->session(), &Session::loggedIn);
    context->session()->login(user.login, user.password, {}, false);
    if (!loggedIn.wait(15000) && loggedIn.isEmpty()) {
        m_error = QStringLiteral("login of %1 did not succeed").arg(user.login);
        return nullptr;
    }
    for (int i = 0; i < 100 && context->events()->state() != EventStream::State::Connected; ++i)
        QTest::qWait(50);
    if (context->events()->state() != EventStream::State::Connected) {
        m_error = QStringLiteral("events socket of %1 did not connect").arg(user.login);
        return nullptr;
    }
    // API.md: the server counts a socket subscribed up to 1 s after the handshake.
    QTest::qWait(1100);
    return context;
}

qint64 ClientTestKit::newLocation(const QString &name)
{
    const auto created =
        post(QStringLiteral("/locations"),
             {{QStringLiteral("name"), name.isEmpty() ? ServerFixture::uniqueName(QStringLiteral("District")) : name}});
    return created.status == 201 ? created.object().value(QLatin1String("id")).toInteger() : -1;
}

QString ClientTestKit::randomPhone()
{
    return QStringLiteral("+7912%1").arg(1000000 + QRandomGenerator::global()->bounded(8999999));
}

QJsonObject ClientTestKit::newOrder(qint64 locationId, const QString &phone, const QString &token)
{
    const auto created = post(QStringLiteral("/orders"),
                              {{QStringLiteral("client_name"), ServerFixture::uniqueName(QStringLiteral("Client"))},
                               {QStringLiteral("phone"), phone.isEmpty() ? randomPhone() : phone},
                               {QStringLiteral("address"), QStringLiteral("ул. Тестовая, д. 1")},
                               {QStringLiteral("location_id"), locationId}},
                              token);
    if (created.status != 201)
        qWarning().noquote() << "POST /orders:" << created.describe();
    return created.status == 201 ? created.object() : QJsonObject();
}

ApiResponse ClientTestKit::post(const QString &path, const QJsonObject &body, const QString &token)
{
    return m_fx.api().post(path, body, token.isEmpty() ? m_fx.adminToken() : token);
}

ApiResponse ClientTestKit::get(const QString &path, const QString &token)
{
    return m_fx.api().get(path, token.isEmpty() ? m_fx.adminToken() : token);
}

} // namespace okna::test

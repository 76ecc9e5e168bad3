// API.md "Auth" against the real server and PostgreSQL: login, sessions, the failed-login
// limit, password change, TOTP two-factor login; plus the request rules every endpoint shares.
#include "ServerFixture.h"
#include "auth/crypto/Totp.h"

#include <QDateTime>
#include <QTest>

using namespace okna::test;

class TestAuthApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(m_fx.start(), qPrintable(m_fx.errorString())); }
    void cleanup() { m_fx.printServerLogIfTestFailed(); }

    void loginAnswersTokenExpiryAndUser();
    void wrongPasswordUnknownLoginAndInactiveUserLookTheSame();
    void loginValidatesItsBody();
    void fiveFailuresLockTheLoginNameEvenWithTheRightPassword();
    void logoutEndsTheTokenAtOnce();
    void tokensAreStoredOnlyAsHashes();
    void idleTokenExpiresAfterTwelveHours();
    void meReturnsTheUser();
    void passwordChangeRevokesOtherTokens();
    void passwordChangeRules();
    void twoFactorLogin();
    void requestRules();

private:
    ServerFixture m_fx;
};

void TestAuthApi::loginAnswersTokenExpiryAndUser()
{
    const TestUser user = m_fx.newUser(QStringLiteral("operator"));
    QVERIFY2(user.isValid(), qPrintable(user.error));
    const ApiResponse login = m_fx.api().loginResponse(user.login, user.password);
    QCOMPARE(login.status, 200);
    const QJsonObject body = login.object();
    QVERIFY(body.value(QStringLiteral("token")).toString().size() >= 22); // >= 128 bits
    const QDateTime expires = QDateTime::fromString(body.value(QStringLiteral("expires_at")).toString(), Qt::ISODate);
    QVERIFY(expires.isValid());
    const qint64 hours = QDateTime::currentDateTimeUtc().secsTo(expires) / 3600;
    QVERIFY2(hours >= 11 && hours <= 12, qPrintable(login.describe()));
    QVERIFY(body.value(QStringLiteral("expires_at")).toString().contains(QLatin1Char('+')));
    const QJsonObject u = body.value(QStringLiteral("user")).toObject();
    QCOMPARE(u.value(QStringLiteral("id")).toInteger(), user.id);
    QCOMPARE(u.value(QStringLiteral("login")).toString(), user.login);
    QCOMPARE(u.value(QStringLiteral("role")).toString(), QStringLiteral("operator"));
    QVERIFY(u.contains(QStringLiteral("full_name")));
    // The login name is not case-sensitive.
    QCOMPARE(m_fx.api().loginResponse(user.login.toUpper(), user.password).status, 200);
    QVERIFY(!m_fx.sql(QStringLiteral("SELECT 1 FROM audit_log WHERE action = 'login_succeeded' AND user_id = %1")
                          .arg(user.id))
                 .rows.isEmpty());
}

void TestAuthApi::wrongPasswordUnknownLoginAndInactiveUserLookTheSame()
{
    const TestUser user = m_fx.newUser(QStringLiteral("coordinator"));
    QVERIFY2(user.isValid(), qPrintable(user.error));
    const ApiResponse wrong = m_fx.api().loginResponse(user.login, QStringLiteral("not-the-password"));
    const ApiResponse unknown =
        m_fx.api().loginResponse(ServerFixture::uniqueName(QStringLiteral("ghost")), QStringLiteral("whatever1"));
    QCOMPARE(wrong.status, 401);
    QCOMPARE(wrong.errorCode(), QStringLiteral("invalid_credentials"));
    QCOMPARE(unknown.status, 401);
    QCOMPARE(unknown.errorCode(), QStringLiteral("invalid_credentials"));
    QCOMPARE(unknown.errorMessage(), wrong.errorMessage());

    const ApiResponse deactivate = m_fx.api().patch(QStringLiteral("/users/%1").arg(user.id),
                                                    {{QStringLiteral("active"), false}}, m_fx.adminToken());
    QCOMPARE(deactivate.status, 200);
    const ApiResponse inactive = m_fx.api().loginResponse(user.login, user.password);
    QCOMPARE(inactive.status, 401);
    QCOMPARE(inactive.errorCode(), QStringLiteral("invalid_credentials"));
    QVERIFY(
        !m_fx.sql(QStringLiteral("SELECT 1 FROM audit_log WHERE action = 'login_failed' AND user_id = %1").arg(user.id))
             .rows.isEmpty());
}

void TestAuthApi::loginValidatesItsBody()
{
    ApiClient &api = m_fx.api();
    QCOMPARE(api.post(QStringLiteral("/auth/login"),
                      {{QStringLiteral("login"), 5}, {QStringLiteral("password"), QStringLiteral("x")}})
                 .errorCode(),
             QStringLiteral("bad_request"));
    const ApiResponse missing =
        api.post(QStringLiteral("/auth/login"), {{QStringLiteral("login"), QStringLiteral("a")}});
    QCOMPARE(missing.status, 422);
    QVERIFY(missing.errorFields().contains(QStringLiteral("password")));
    QCOMPARE(
        api.rawRequest("POST", QStringLiteral("/auth/login"), {{"Content-Type", "application/json"}}, "{\"login\": ")
            .status,
        400);
    QCOMPARE(api.rawRequest("POST", QStringLiteral("/auth/login"), {{"Content-Type", "application/json"}}, "[1,2]")
                 .errorCode(),
             QStringLiteral("bad_request"));
}

void TestAuthApi::fiveFailuresLockTheLoginNameEvenWithTheRightPassword()
{
    const TestUser user = m_fx.newUser(QStringLiteral("operator"));
    QVERIFY2(user.isValid(), qPrintable(user.error));
    for (int i = 0; i < 5; ++i)
        QCOMPARE(m_fx.api().loginResponse(user.login, QStringLiteral("wrong-password")).status, 401);
    const ApiResponse locked = m_fx.api().loginResponse(user.login, user.password);
    QCOMPARE(locked.status, 429);
    QCOMPARE(locked.errorCode(), QStringLiteral("rate_limited"));
    const int retryAfter = locked.header("retry-after").toInt();
    QVERIFY2(retryAfter > 0 && retryAfter <= 15 * 60, locked.header("retry-after").constData());

    // The same for a name nobody has: the limit is per login name, not per user.
    const QString ghost = ServerFixture::uniqueName(QStringLiteral("ghost"));
    for (int i = 0; i < 5; ++i)
        QCOMPARE(m_fx.api().loginResponse(ghost, QStringLiteral("wrong-password")).status, 401);
    QCOMPARE(m_fx.api().loginResponse(ghost, QStringLiteral("wrong-password")).status, 429);

    // When the window has passed the right password works again (move the failures back in time).
    m_fx.sql(QStringLiteral("UPDATE login_failures SET at = at - interval '16 minutes' WHERE login = lower('%1')")
                 .arg(user.login));
    QCOMPARE(m_fx.api().loginResponse(user.login, user.password).status, 200);
}

void TestAuthApi::logoutEndsTheTokenAtOnce()
{
    const TestUser user = m_fx.newUser(QStringLiteral("master"));
    QVERIFY2(user.isValid(), qPrintable(user.error));
    QCOMPARE(m_fx.api().get(QStringLiteral("/me"), user.token).status, 200);
    QCOMPARE(m_fx.api().post(QStringLiteral("/auth/logout"), {}, user.token).status, 204);
    const ApiResponse after = m_fx.api().get(QStringLiteral("/me"), user.token);
    QCOMPARE(after.status, 401);
    QCOMPARE(after.errorCode(), QStringLiteral("unauthenticated"));
    QCOMPARE(m_fx.api().get(QStringLiteral("/me")).errorCode(), QStringLiteral("unauthenticated"));
    QCOMPARE(m_fx.api().get(QStringLiteral("/me"), QStringLiteral("made-up-token")).status, 401);
}

void TestAuthApi::tokensAreStoredOnlyAsHashes()
{
    const TestUser user = m_fx.newUser(QStringLiteral("operator"));
    QVERIFY2(user.isValid(), qPrintable(user.error));
    const auto rows = m_fx.sql(QStringLiteral("SELECT token_hash FROM sessions WHERE user_id = %1").arg(user.id)).rows;
    QVERIFY(!rows.isEmpty());
    for (const auto &row : rows) {
        QVERIFY(row.value(0) != user.token);
        QCOMPARE(row.value(0).size(), 64);
    }
}

void TestAuthApi::idleTokenExpiresAfterTwelveHours()
{
    const TestUser user = m_fx.newUser(QStringLiteral("operator"));
    QVERIFY2(user.isValid(), qPrintable(user.error));
    m_fx.sql(
        QStringLiteral("UPDATE sessions SET last_used_at = now() - interval '11 hours 50 minutes' WHERE user_id = %1")
            .arg(user.id));
    QCOMPARE(m_fx.api().get(QStringLiteral("/me"), user.token).status, 200); // use restarts the idle clock
    m_fx.sql(
        QStringLiteral("UPDATE sessions SET last_used_at = now() - interval '12 hours 1 minute' WHERE user_id = %1")
            .arg(user.id));
    QCOMPARE(m_fx.api().get(QStringLiteral("/me"), user.token).errorCode(), QStringLiteral("unauthenticated"));
}

void TestAuthApi::meReturnsTheUser()
{
    const TestUser user = m_fx.newUser(QStringLiteral("coordinator"));
    QVERIFY2(user.isValid(), qPrintable(user.error));
    const ApiResponse me = m_fx.api().get(QStringLiteral("/me"), user.token);
    QCOMPARE(me.status, 200);
    QCOMPARE(me.object().value(QStringLiteral("login")).toString(), user.login);
    QCOMPARE(me.object().value(QStringLiteral("role")).toString(), QStringLiteral("coordinator"));
    QCOMPARE(me.object().value(QStringLiteral("totp_enabled")).toBool(), false);
    QVERIFY(!me.object().contains(QStringLiteral("password_hash")));
}

void TestAuthApi::passwordChangeRevokesOtherTokens()
{
    const TestUser user = m_fx.newUser(QStringLiteral("operator"));
    QVERIFY2(user.isValid(), qPrintable(user.error));
    const QString second = m_fx.newApiClient().login(user.login, user.password);
    QVERIFY(!second.isEmpty());
    const ApiResponse change = m_fx.api().post(QStringLiteral("/me/password"),
                                               {{QStringLiteral("old_password"), user.password},
                                                {QStringLiteral("new_password"), QStringLiteral("a-new-secret")}},
                                               user.token);
    QCOMPARE(change.status, 204);
    QCOMPARE(m_fx.api().get(QStringLiteral("/me"), user.token).status, 200);   // the token that changed it
    QCOMPARE(m_fx.api().get(QStringLiteral("/me"), second).status, 401);       // every other one
    QCOMPARE(m_fx.api().loginResponse(user.login, user.password).status, 401); // old password gone
    QCOMPARE(m_fx.api().loginResponse(user.login, QStringLiteral("a-new-secret")).status, 200);
    QVERIFY(!m_fx.sql(QStringLiteral("SELECT 1 FROM audit_log WHERE action = 'password_changed' AND user_id = %1")
                          .arg(user.id))
                 .rows.isEmpty());
}

void TestAuthApi::passwordChangeRules()
{
    const TestUser user = m_fx.newUser(QStringLiteral("operator"));
    QVERIFY2(user.isValid(), qPrintable(user.error));
    const ApiResponse shortPassword = m_fx.api().post(
        QStringLiteral("/me/password"),
        {{QStringLiteral("old_password"), user.password}, {QStringLiteral("new_password"), QStringLiteral("short")}},
        user.token);
    QCOMPARE(shortPassword.status, 422);
    QVERIFY(shortPassword.errorFields().contains(QStringLiteral("new_password")));
    const ApiResponse wrongOld = m_fx.api().post(QStringLiteral("/me/password"),
                                                 {{QStringLiteral("old_password"), QStringLiteral("nope-nope")},
                                                  {QStringLiteral("new_password"), QStringLiteral("long-enough")}},
                                                 user.token);
    QCOMPARE(wrongOld.status, 422);
    QVERIFY(wrongOld.errorFields().contains(QStringLiteral("old_password")));
    QCOMPARE(m_fx.api().loginResponse(user.login, user.password).status, 200); // nothing changed
}

void TestAuthApi::twoFactorLogin()
{
    using okna::server::Totp;
    const TestUser user = m_fx.newUser(QStringLiteral("admin"));
    QVERIFY2(user.isValid(), qPrintable(user.error));
    const ApiResponse setup = m_fx.api().post(QStringLiteral("/me/2fa/setup"), {}, user.token);
    QCOMPARE(setup.status, 200);
    const QString secret = setup.object().value(QStringLiteral("secret")).toString();
    QVERIFY(
        setup.object().value(QStringLiteral("otpauth_uri")).toString().startsWith(QStringLiteral("otpauth://totp/")));
    const QByteArray key = *Totp::decodeBase32(secret);
    const qint64 now = QDateTime::currentSecsSinceEpoch();

    const ApiResponse wrongEnable = m_fx.api().post(QStringLiteral("/me/2fa/enable"),
                                                    {{QStringLiteral("code"), QStringLiteral("000000")}}, user.token);
    QCOMPARE(wrongEnable.status, 422);
    QCOMPARE(
        m_fx.api()
            .post(QStringLiteral("/me/2fa/enable"), {{QStringLiteral("code"), Totp::codeAt(key, now - 30)}}, user.token)
            .status,
        204);

    const ApiResponse noCode = m_fx.api().loginResponse(user.login, user.password);
    QCOMPARE(noCode.status, 401);
    QCOMPARE(noCode.errorCode(), QStringLiteral("totp_required"));
    const ApiResponse badCode = m_fx.api().loginResponse(user.login, user.password, QStringLiteral("123456"));
    QCOMPARE(badCode.status, 401);
    QCOMPARE(badCode.errorCode(), QStringLiteral("totp_invalid"));
    // A code already used (the enabling one) is refused; the current one works, once.
    QCOMPARE(m_fx.api().loginResponse(user.login, user.password, Totp::codeAt(key, now - 30)).errorCode(),
             QStringLiteral("totp_invalid"));
    const ApiResponse good = m_fx.api().loginResponse(user.login, user.password, Totp::codeAt(key, now));
    QCOMPARE(good.status, 200);
    QCOMPARE(m_fx.api().loginResponse(user.login, user.password, Totp::codeAt(key, now)).errorCode(),
             QStringLiteral("totp_invalid"));
    const QString token = good.object().value(QStringLiteral("token")).toString();
    QCOMPARE(m_fx.api().get(QStringLiteral("/me"), token).object().value(QStringLiteral("totp_enabled")).toBool(),
             true);

    QCOMPARE(m_fx.api().post(QStringLiteral("/me/2fa/setup"), {}, token).errorCode(), QStringLiteral("conflict"));
    QCOMPARE(
        m_fx.api()
            .post(QStringLiteral("/me/2fa/disable"), {{QStringLiteral("code"), Totp::codeAt(key, now + 30)}}, token)
            .status,
        204);
    QCOMPARE(m_fx.api().loginResponse(user.login, user.password).status, 200);
    const auto audit =
        m_fx.sql(QStringLiteral("SELECT action FROM audit_log WHERE user_id = %1 AND action LIKE '2fa_%' "
                                "ORDER BY id")
                     .arg(user.id))
            .rows;
    QCOMPARE(audit.size(), 2);
    QCOMPARE(audit.at(0).value(0), QStringLiteral("2fa_enabled"));
    QCOMPARE(audit.at(1).value(0), QStringLiteral("2fa_disabled"));
}

void TestAuthApi::requestRules()
{
    ApiClient &api = m_fx.api();
    const QString token = m_fx.adminToken();
    const ApiResponse tooLarge =
        api.rawRequest("POST", QStringLiteral("/auth/login"), {{"Content-Type", "application/json"}},
                       QByteArray(1024 * 1024 + 10, 'x'));
    QCOMPARE(tooLarge.status, 413);
    QCOMPARE(tooLarge.errorCode(), QStringLiteral("payload_too_large"));
    const ApiResponse unknown = api.get(QStringLiteral("/no-such-thing"), token);
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.errorCode(), QStringLiteral("not_found"));
    QCOMPARE(api.get(QStringLiteral("/auth/login")).status, 405);
    QCOMPARE(api.get(QStringLiteral("/me"), QString()).status, 401);
    const ApiResponse health = api.get(QStringLiteral("/health"));
    QCOMPARE(health.status, 200);
    QCOMPARE(health.object().value(QStringLiteral("db")).toString(), QStringLiteral("ok"));
    QCOMPARE(health.header("content-type"), QByteArray("application/json"));
}

QTEST_GUILESS_MAIN(TestAuthApi)
#include "tst_auth_api.moc"

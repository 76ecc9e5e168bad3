// GET/POST/PATCH /users against the real server: validation, roles, token revocation, the last
// admin rule and the audit trail.
#include "ServerFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace okna::test;

namespace {

const QString kUsers = QStringLiteral("/users");

QString userPath(qint64 id)
{
    return QStringLiteral("/users/%1").arg(id);
}

QJsonObject validBody(const QString &login)
{
    return {{QStringLiteral("login"), login},
            {QStringLiteral("password"), QStringLiteral("correct-horse")},
            {QStringLiteral("full_name"), QStringLiteral("Ника Дмитриевна")},
            {QStringLiteral("role"), QStringLiteral("operator")}};
}

QJsonObject findUser(const QJsonArray &users, qint64 id)
{
    for (const auto &value : users) {
        if (value.toObject().value(QLatin1String("id")).toInteger() == id)
            return value.toObject();
    }
    return {};
}

} // namespace

class TestUsersApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void onlyAdminsManageUsers();
    void listShowsEveryField();
    void createNormalisesInput();
    void createRejectsBadInput_data();
    void createRejectsBadInput();
    void createRejectsMalformedBodies();
    void duplicateLoginIsConflict();
    void updateChangesFieldsAndClearsNullables();
    void updateRejectsBadInput_data();
    void updateRejectsBadInput();
    void updateOfUnknownUserIsNotFound();
    void deactivationRevokesTokens();
    void passwordResetRevokesTokens();
    void adminResettingOwnPasswordKeepsSession();
    void lastActiveAdminIsProtected();
    void changesAreAudited();
    void cliCreateUserUsesSameRules();

private:
    ApiResponse createUser(const QJsonObject &body) { return m_fx.api().post(kUsers, body, m_fx.adminToken()); }
    ApiResponse patchUser(qint64 id, const QJsonObject &body)
    {
        return m_fx.api().patch(userPath(id), body, m_fx.adminToken());
    }

    ServerFixture m_fx;
};

void TestUsersApi::initTestCase()
{
    QVERIFY2(m_fx.start(), qPrintable(m_fx.errorString()));
    QVERIFY2(!m_fx.adminToken().isEmpty(), qPrintable(m_fx.errorString()));
}

void TestUsersApi::cleanup()
{
    m_fx.printServerLogIfTestFailed();
}

void TestUsersApi::onlyAdminsManageUsers()
{
    const TestUser target = m_fx.newUser(QStringLiteral("operator"));
    QVERIFY2(target.isValid(), qPrintable(target.error));
    for (const QString &role : {QStringLiteral("operator"), QStringLiteral("coordinator"), QStringLiteral("master")}) {
        const TestUser user = m_fx.newUser(role);
        QVERIFY2(user.isValid(), qPrintable(user.error));
        const auto list = m_fx.api().get(kUsers, user.token);
        QVERIFY2(list.status == 403, qPrintable(list.describe()));
        QCOMPARE(list.errorCode(), QStringLiteral("forbidden"));
        const auto create =
            m_fx.api().post(kUsers, validBody(ServerFixture::uniqueName(QStringLiteral("x"))), user.token);
        QVERIFY2(create.status == 403, qPrintable(create.describe()));
        const auto patch =
            m_fx.api().patch(userPath(target.id), {{QStringLiteral("full_name"), QStringLiteral("X")}}, user.token);
        QVERIFY2(patch.status == 403, qPrintable(patch.describe()));
        // Not even his own record: PATCH /users is an admin tool (his own data goes through /me).
        const auto own =
            m_fx.api().patch(userPath(user.id), {{QStringLiteral("role"), QStringLiteral("admin")}}, user.token);
        QVERIFY2(own.status == 403, qPrintable(own.describe()));
    }
    const auto anonymous = m_fx.api().get(kUsers);
    QVERIFY2(anonymous.status == 401, qPrintable(anonymous.describe()));
    QCOMPARE(anonymous.errorCode(), QStringLiteral("unauthenticated"));
}

void TestUsersApi::listShowsEveryField()
{
    const TestUser master =
        m_fx.newUser(QStringLiteral("master"), {{QStringLiteral("phone"), QStringLiteral("+79123456789")},
                                                {QStringLiteral("telegram_chat_id"), 123456789}});
    QVERIFY2(master.isValid(), qPrintable(master.error));
    const auto list = m_fx.api().get(kUsers, m_fx.adminToken());
    QVERIFY2(list.status == 200, qPrintable(list.describe()));
    QVERIFY(list.json.isArray());
    const QJsonObject user = findUser(list.array(), master.id);
    QVERIFY2(!user.isEmpty(), list.body.constData());
    QCOMPARE(user.value(QLatin1String("login")).toString(), master.login);
    QCOMPARE(user.value(QLatin1String("full_name")).toString(), master.fullName);
    QCOMPARE(user.value(QLatin1String("role")).toString(), QStringLiteral("master"));
    QCOMPARE(user.value(QLatin1String("active")), QJsonValue(true));
    QCOMPARE(user.value(QLatin1String("phone")).toString(), QStringLiteral("+79123456789"));
    QCOMPARE(user.value(QLatin1String("telegram_chat_id")), QJsonValue(QStringLiteral("123456789")));
    QCOMPARE(user.value(QLatin1String("totp_enabled")), QJsonValue(false));
    QVERIFY(!user.contains(QLatin1String("password")));
    QVERIFY(!user.contains(QLatin1String("password_hash")));
    QVERIFY(!list.body.contains("argon2"));

    const QJsonObject admin = list.array().first().toObject();
    QVERIFY(admin.contains(QLatin1String("phone")));
    QVERIFY(admin.value(QLatin1String("telegram_chat_id")).isNull() ||
            admin.value(QLatin1String("telegram_chat_id")).isString());
}

void TestUsersApi::createNormalisesInput()
{
    const QString login = ServerFixture::uniqueName(QStringLiteral("new.user-a@b"));
    QJsonObject body = validBody(QStringLiteral("  ") + login + QStringLiteral("  "));
    body.insert(QStringLiteral("full_name"), QStringLiteral("  Ника Дмитриевна  "));
    body.insert(QStringLiteral("phone"), QStringLiteral("8 912 345 67 89"));
    body.insert(QStringLiteral("telegram_chat_id"), -1001234567890LL);
    const auto created = createUser(body);
    QVERIFY2(created.status == 201, qPrintable(created.describe()));
    const QJsonObject user = created.object();
    QVERIFY(user.value(QLatin1String("id")).toInteger() > 0);
    QCOMPARE(user.value(QLatin1String("login")).toString(), login);
    QCOMPARE(user.value(QLatin1String("full_name")).toString(), QStringLiteral("Ника Дмитриевна"));
    QCOMPARE(user.value(QLatin1String("role")).toString(), QStringLiteral("operator"));
    QCOMPARE(user.value(QLatin1String("active")), QJsonValue(true));
    QCOMPARE(user.value(QLatin1String("phone")).toString(), QStringLiteral("+79123456789"));
    QCOMPARE(user.value(QLatin1String("telegram_chat_id")), QJsonValue(QStringLiteral("-1001234567890")));
    QCOMPARE(user.value(QLatin1String("totp_enabled")), QJsonValue(false));

    // The new user can sign in with the password he was given.
    QVERIFY2(!m_fx.api().login(login, QStringLiteral("correct-horse")).isEmpty(),
             qPrintable(m_fx.api().lastLoginResponse().describe()));

    // Optional fields may be absent, null or empty.
    QJsonObject minimal = validBody(ServerFixture::uniqueName(QStringLiteral("min")));
    minimal.insert(QStringLiteral("phone"), QJsonValue::Null);
    minimal.insert(QStringLiteral("telegram_chat_id"), QStringLiteral(""));
    const auto plain = createUser(minimal);
    QVERIFY2(plain.status == 201, qPrintable(plain.describe()));
    QVERIFY(plain.object().value(QLatin1String("phone")).isNull());
    QVERIFY(plain.object().value(QLatin1String("telegram_chat_id")).isNull());
}

void TestUsersApi::createRejectsBadInput_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value"); // Undefined: the field is left out
    QTest::addColumn<int>("status");

    QTest::newRow("login missing") << QStringLiteral("login") << QJsonValue(QJsonValue::Undefined) << 422;
    QTest::newRow("login null") << QStringLiteral("login") << QJsonValue(QJsonValue::Null) << 422;
    QTest::newRow("login blank") << QStringLiteral("login") << QJsonValue(QStringLiteral("   ")) << 422;
    QTest::newRow("login space inside") << QStringLiteral("login") << QJsonValue(QStringLiteral("a b")) << 422;
    QTest::newRow("login slash") << QStringLiteral("login") << QJsonValue(QStringLiteral("a/b")) << 422;
    QTest::newRow("login too long") << QStringLiteral("login") << QJsonValue(QString(65, QLatin1Char('a'))) << 422;
    QTest::newRow("login number") << QStringLiteral("login") << QJsonValue(42) << 400;
    QTest::newRow("password missing") << QStringLiteral("password") << QJsonValue(QJsonValue::Undefined) << 422;
    QTest::newRow("password short") << QStringLiteral("password") << QJsonValue(QStringLiteral("1234567")) << 422;
    QTest::newRow("password number") << QStringLiteral("password") << QJsonValue(12345678) << 400;
    QTest::newRow("full_name missing") << QStringLiteral("full_name") << QJsonValue(QJsonValue::Undefined) << 422;
    QTest::newRow("full_name blank") << QStringLiteral("full_name") << QJsonValue(QStringLiteral(" \t ")) << 422;
    QTest::newRow("full_name too long") << QStringLiteral("full_name") << QJsonValue(QString(201, QLatin1Char('x')))
                                        << 422;
    QTest::newRow("full_name array") << QStringLiteral("full_name") << QJsonValue(QJsonArray{1}) << 400;
    QTest::newRow("role missing") << QStringLiteral("role") << QJsonValue(QJsonValue::Undefined) << 422;
    QTest::newRow("role unknown") << QStringLiteral("role") << QJsonValue(QStringLiteral("boss")) << 400;
    QTest::newRow("role wrong case") << QStringLiteral("role") << QJsonValue(QStringLiteral("Admin")) << 400;
    QTest::newRow("role number") << QStringLiteral("role") << QJsonValue(1) << 400;
    QTest::newRow("phone invalid") << QStringLiteral("phone") << QJsonValue(QStringLiteral("12345")) << 422;
    QTest::newRow("phone letters") << QStringLiteral("phone") << QJsonValue(QStringLiteral("call me")) << 422;
    QTest::newRow("phone number") << QStringLiteral("phone") << QJsonValue(79123456789LL) << 400;
    QTest::newRow("chat id letters") << QStringLiteral("telegram_chat_id") << QJsonValue(QStringLiteral("abc")) << 422;
    QTest::newRow("chat id minus only") << QStringLiteral("telegram_chat_id") << QJsonValue(QStringLiteral("-")) << 422;
    QTest::newRow("chat id fraction") << QStringLiteral("telegram_chat_id") << QJsonValue(1.5) << 400;
    QTest::newRow("chat id bool") << QStringLiteral("telegram_chat_id") << QJsonValue(true) << 400;
}

void TestUsersApi::createRejectsBadInput()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(int, status);

    const QString login = ServerFixture::uniqueName(QStringLiteral("bad"));
    QJsonObject body = validBody(login);
    if (value.isUndefined())
        body.remove(field);
    else
        body.insert(field, value);
    const auto response = createUser(body);
    QVERIFY2(response.status == status, qPrintable(response.describe()));
    QCOMPARE(response.errorCode(), status == 400 ? QStringLiteral("bad_request") : QStringLiteral("validation_failed"));
    QVERIFY2(response.errorFields().contains(field) || response.errorMessage().contains(field),
             qPrintable(response.describe()));
    if (status == 422)
        QVERIFY2(response.errorFields().contains(field), qPrintable(response.describe()));
    // Nothing was created.
    QCOMPARE(
        m_fx.sql(QStringLiteral("SELECT count(*) FROM users WHERE lower(login) = lower('%1')").arg(login)).scalar(),
        QStringLiteral("0"));
}

void TestUsersApi::createRejectsMalformedBodies()
{
    const auto malformed = m_fx.api().post(kUsers, QByteArray("{\"login\": "), m_fx.adminToken());
    QVERIFY2(malformed.status == 400, qPrintable(malformed.describe()));
    QCOMPARE(malformed.errorCode(), QStringLiteral("bad_request"));
    const auto array = m_fx.api().post(kUsers, QByteArray("[1, 2]"), m_fx.adminToken());
    QVERIFY2(array.status == 400, qPrintable(array.describe()));
    const auto empty = m_fx.api().post(kUsers, QByteArray(), m_fx.adminToken());
    QVERIFY2(empty.status == 422, qPrintable(empty.describe()));
    for (const char *field : {"login", "password", "full_name", "role"})
        QVERIFY2(empty.errorFields().contains(QLatin1String(field)), qPrintable(empty.describe()));
}

void TestUsersApi::duplicateLoginIsConflict()
{
    const QString login = ServerFixture::uniqueName(QStringLiteral("dup"));
    QVERIFY(createUser(validBody(login)).status == 201);
    const auto again = createUser(validBody(login));
    QVERIFY2(again.status == 409, qPrintable(again.describe()));
    QCOMPARE(again.errorCode(), QStringLiteral("conflict"));
    const auto otherCase = createUser(validBody(login.toUpper()));
    QVERIFY2(otherCase.status == 409, qPrintable(otherCase.describe()));
    QCOMPARE(otherCase.errorCode(), QStringLiteral("conflict"));
    const auto admin = createUser(validBody(QStringLiteral(" ADMIN ")));
    QVERIFY2(admin.status == 409, qPrintable(admin.describe()));
}

void TestUsersApi::updateChangesFieldsAndClearsNullables()
{
    const TestUser user =
        m_fx.newUser(QStringLiteral("operator"), {{QStringLiteral("phone"), QStringLiteral("9123456789")},
                                                  {QStringLiteral("telegram_chat_id"), QStringLiteral("555")}});
    QVERIFY2(user.isValid(), qPrintable(user.error));

    auto changed = patchUser(user.id, {{QStringLiteral("full_name"), QStringLiteral("  Пётр Иванов ")},
                                       {QStringLiteral("role"), QStringLiteral("coordinator")},
                                       {QStringLiteral("phone"), QStringLiteral("+7 (912) 000-11-22")},
                                       {QStringLiteral("telegram_chat_id"), -42}});
    QVERIFY2(changed.status == 200, qPrintable(changed.describe()));
    QCOMPARE(changed.object().value(QLatin1String("id")).toInteger(), user.id);
    QCOMPARE(changed.object().value(QLatin1String("full_name")).toString(), QStringLiteral("Пётр Иванов"));
    QCOMPARE(changed.object().value(QLatin1String("role")).toString(), QStringLiteral("coordinator"));
    QCOMPARE(changed.object().value(QLatin1String("phone")).toString(), QStringLiteral("+79120001122"));
    QCOMPARE(changed.object().value(QLatin1String("telegram_chat_id")), QJsonValue(QStringLiteral("-42")));
    QCOMPARE(changed.object().value(QLatin1String("login")).toString(), user.login);

    // The new role applies at once to the user's existing token.
    const auto me = m_fx.api().get(QStringLiteral("/me"), user.token);
    QVERIFY2(me.status == 200, qPrintable(me.describe()));
    QCOMPARE(me.object().value(QLatin1String("role")).toString(), QStringLiteral("coordinator"));

    // null clears the nullable fields; the others stay as they were.
    const auto cleared = patchUser(
        user.id, {{QStringLiteral("phone"), QJsonValue::Null}, {QStringLiteral("telegram_chat_id"), QJsonValue::Null}});
    QVERIFY2(cleared.status == 200, qPrintable(cleared.describe()));
    QVERIFY(cleared.object().value(QLatin1String("phone")).isNull());
    QVERIFY(cleared.object().value(QLatin1String("telegram_chat_id")).isNull());
    QCOMPARE(cleared.object().value(QLatin1String("full_name")).toString(), QStringLiteral("Пётр Иванов"));

    // An empty body changes nothing.
    const auto nothing = patchUser(user.id, {});
    QVERIFY2(nothing.status == 200, qPrintable(nothing.describe()));
    QCOMPARE(nothing.object(), cleared.object());

    const auto list = m_fx.api().get(kUsers, m_fx.adminToken());
    QCOMPARE(findUser(list.array(), user.id), cleared.object());
}

void TestUsersApi::updateRejectsBadInput_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<int>("status");

    QTest::newRow("full_name blank") << QStringLiteral("full_name") << QJsonValue(QStringLiteral("  ")) << 422;
    QTest::newRow("full_name too long") << QStringLiteral("full_name") << QJsonValue(QString(201, QLatin1Char('x')))
                                        << 422;
    QTest::newRow("full_name null") << QStringLiteral("full_name") << QJsonValue(QJsonValue::Null) << 400;
    QTest::newRow("role unknown") << QStringLiteral("role") << QJsonValue(QStringLiteral("boss")) << 400;
    QTest::newRow("role null") << QStringLiteral("role") << QJsonValue(QJsonValue::Null) << 400;
    QTest::newRow("phone invalid") << QStringLiteral("phone") << QJsonValue(QStringLiteral("12345")) << 422;
    QTest::newRow("chat id letters") << QStringLiteral("telegram_chat_id") << QJsonValue(QStringLiteral("12a")) << 422;
    QTest::newRow("active string") << QStringLiteral("active") << QJsonValue(QStringLiteral("false")) << 400;
    QTest::newRow("active null") << QStringLiteral("active") << QJsonValue(QJsonValue::Null) << 400;
    QTest::newRow("password short") << QStringLiteral("password") << QJsonValue(QStringLiteral("short")) << 422;
    QTest::newRow("password null") << QStringLiteral("password") << QJsonValue(QJsonValue::Null) << 400;
}

void TestUsersApi::updateRejectsBadInput()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(int, status);

    const TestUser user = m_fx.newUser(QStringLiteral("operator"));
    QVERIFY2(user.isValid(), qPrintable(user.error));
    // A valid change in the same body must not be applied either.
    QJsonObject body{{QStringLiteral("full_name"), QStringLiteral("Changed")}};
    body.insert(field, value);
    const auto response = patchUser(user.id, body);
    QVERIFY2(response.status == status, qPrintable(response.describe()));
    QCOMPARE(response.errorCode(), status == 400 ? QStringLiteral("bad_request") : QStringLiteral("validation_failed"));
    QVERIFY2(response.errorFields().contains(field), qPrintable(response.describe()));
    const auto list = m_fx.api().get(kUsers, m_fx.adminToken());
    QCOMPARE(findUser(list.array(), user.id).value(QLatin1String("full_name")).toString(), user.fullName);
    QCOMPARE(m_fx.api().get(QStringLiteral("/me"), user.token).status, 200);
}

void TestUsersApi::updateOfUnknownUserIsNotFound()
{
    const auto response = patchUser(999999, {{QStringLiteral("full_name"), QStringLiteral("Nobody")}});
    QVERIFY2(response.status == 404, qPrintable(response.describe()));
    QCOMPARE(response.errorCode(), QStringLiteral("not_found"));
    // Validation comes first, and the id must be a number.
    QCOMPARE(patchUser(999999, {{QStringLiteral("role"), QStringLiteral("boss")}}).status, 400);
    QCOMPARE(m_fx.api().patch(QStringLiteral("/users/abc"), {}, m_fx.adminToken()).status, 404);
}

void TestUsersApi::deactivationRevokesTokens()
{
    const TestUser user = m_fx.newUser(QStringLiteral("master"));
    QVERIFY2(user.isValid(), qPrintable(user.error));
    const QString secondToken = m_fx.api().login(user.login, user.password);
    QVERIFY(!secondToken.isEmpty());
    QCOMPARE(m_fx.api().get(QStringLiteral("/me"), user.token).status, 200);

    const auto deactivated = patchUser(user.id, {{QStringLiteral("active"), false}});
    QVERIFY2(deactivated.status == 200, qPrintable(deactivated.describe()));
    QCOMPARE(deactivated.object().value(QLatin1String("active")), QJsonValue(false));

    for (const QString &token : {user.token, secondToken}) {
        const auto me = m_fx.api().get(QStringLiteral("/me"), token);
        QVERIFY2(me.status == 401, qPrintable(me.describe()));
        QCOMPARE(me.errorCode(), QStringLiteral("unauthenticated"));
    }
    QCOMPARE(
        m_fx.sql(QStringLiteral("SELECT count(*) FROM sessions WHERE user_id = %1 AND revoked_at IS NULL").arg(user.id))
            .scalar(),
        QStringLiteral("0"));
    const auto login = m_fx.api().loginResponse(user.login, user.password);
    QVERIFY2(login.status == 401, qPrintable(login.describe()));
    QCOMPARE(login.errorCode(), QStringLiteral("invalid_credentials"));

    // Reactivated, the user signs in again; the old tokens stay dead.
    const auto reactivated = patchUser(user.id, {{QStringLiteral("active"), true}});
    QVERIFY2(reactivated.status == 200, qPrintable(reactivated.describe()));
    QCOMPARE(reactivated.object().value(QLatin1String("active")), QJsonValue(true));
    QCOMPARE(m_fx.api().get(QStringLiteral("/me"), user.token).status, 401);
    const QString fresh = m_fx.api().login(user.login, user.password);
    QVERIFY2(!fresh.isEmpty(), qPrintable(m_fx.api().lastLoginResponse().describe()));
}

void TestUsersApi::passwordResetRevokesTokens()
{
    const TestUser user = m_fx.newUser(QStringLiteral("coordinator"));
    QVERIFY2(user.isValid(), qPrintable(user.error));
    const QString newPassword = QStringLiteral("brand-new-password");
    const auto reset = patchUser(user.id, {{QStringLiteral("password"), newPassword}});
    QVERIFY2(reset.status == 200, qPrintable(reset.describe()));
    QVERIFY(!reset.body.contains(newPassword.toUtf8()));

    const auto me = m_fx.api().get(QStringLiteral("/me"), user.token);
    QVERIFY2(me.status == 401, qPrintable(me.describe()));
    QCOMPARE(me.errorCode(), QStringLiteral("unauthenticated"));
    QCOMPARE(m_fx.api().loginResponse(user.login, user.password).status, 401);
    QVERIFY2(!m_fx.api().login(user.login, newPassword).isEmpty(),
             qPrintable(m_fx.api().lastLoginResponse().describe()));
}

void TestUsersApi::adminResettingOwnPasswordKeepsSession()
{
    const TestUser admin = m_fx.newUser(QStringLiteral("admin"));
    QVERIFY2(admin.isValid(), qPrintable(admin.error));
    const QString otherToken = m_fx.api().login(admin.login, admin.password);
    QVERIFY(!otherToken.isEmpty());
    const auto reset = m_fx.api().patch(
        userPath(admin.id), {{QStringLiteral("password"), QStringLiteral("another-password")}}, admin.token);
    QVERIFY2(reset.status == 200, qPrintable(reset.describe()));
    QCOMPARE(m_fx.api().get(QStringLiteral("/me"), admin.token).status, 200);
    QCOMPARE(m_fx.api().get(QStringLiteral("/me"), otherToken).status, 401);
}

void TestUsersApi::lastActiveAdminIsProtected()
{
    // Every other admin of this database goes inactive, so the fixture's admin is the last one.
    const TestUser second = m_fx.newUser(QStringLiteral("admin"));
    QVERIFY2(second.isValid(), qPrintable(second.error));
    const auto list = m_fx.api().get(kUsers, m_fx.adminToken());
    qint64 mainAdminId = 0;
    for (const auto &value : list.array()) {
        const QJsonObject user = value.toObject();
        if (user.value(QLatin1String("login")).toString() == ServerFixture::adminLogin()) {
            mainAdminId = user.value(QLatin1String("id")).toInteger();
            continue;
        }
        if (user.value(QLatin1String("role")).toString() == QLatin1String("admin") &&
            user.value(QLatin1String("active")).toBool()) {
            const auto off =
                patchUser(user.value(QLatin1String("id")).toInteger(), {{QStringLiteral("active"), false}});
            QVERIFY2(off.status == 200, qPrintable(off.describe()));
        }
    }
    QVERIFY(mainAdminId > 0);
    QCOMPARE(m_fx.sql(QStringLiteral("SELECT count(*) FROM users WHERE role = 'admin' AND active")).scalar(),
             QStringLiteral("1"));

    const auto deactivate = patchUser(mainAdminId, {{QStringLiteral("active"), false}});
    QVERIFY2(deactivate.status == 409, qPrintable(deactivate.describe()));
    QCOMPARE(deactivate.errorCode(), QStringLiteral("conflict"));
    const auto demote = patchUser(mainAdminId, {{QStringLiteral("role"), QStringLiteral("operator")}});
    QVERIFY2(demote.status == 409, qPrintable(demote.describe()));
    QCOMPARE(demote.errorCode(), QStringLiteral("conflict"));
    // Refused as a whole: the name in the same body did not change either.
    const auto mixed = patchUser(mainAdminId, {{QStringLiteral("role"), QStringLiteral("master")},
                                               {QStringLiteral("full_name"), QStringLiteral("Renamed")}});
    QCOMPARE(mixed.status, 409);
    // Other changes to the last admin are fine, and so is keeping the role.
    const auto rename = patchUser(mainAdminId, {{QStringLiteral("full_name"), QStringLiteral("Test Administrator")},
                                                {QStringLiteral("role"), QStringLiteral("admin")},
                                                {QStringLiteral("active"), true}});
    QVERIFY2(rename.status == 200, qPrintable(rename.describe()));
    QCOMPARE(m_fx.api().get(QStringLiteral("/me"), m_fx.adminToken()).status, 200);

    // With a second active admin, either may be demoted.
    const auto back = patchUser(second.id, {{QStringLiteral("active"), true}});
    QVERIFY2(back.status == 200, qPrintable(back.describe()));
    const auto demoteSecond = patchUser(second.id, {{QStringLiteral("role"), QStringLiteral("operator")}});
    QVERIFY2(demoteSecond.status == 200, qPrintable(demoteSecond.describe()));
    QCOMPARE(patchUser(mainAdminId, {{QStringLiteral("active"), false}}).status, 409);
}

void TestUsersApi::changesAreAudited()
{
    const QString login = ServerFixture::uniqueName(QStringLiteral("audited"));
    const auto created = createUser(validBody(login));
    QVERIFY2(created.status == 201, qPrintable(created.describe()));
    const qint64 id = created.object().value(QLatin1String("id")).toInteger();
    const QString secret = QStringLiteral("secret-password-123");
    QVERIFY(patchUser(id, {{QStringLiteral("password"), secret},
                           {QStringLiteral("full_name"), QStringLiteral("Other")},
                           {QStringLiteral("active"), true}})
                .status == 200);

    const auto rows =
        m_fx.sql(QStringLiteral("SELECT a.action, a.user_id, a.details::text, a.ip, u.login FROM audit_log a "
                                "LEFT JOIN users u ON u.id = a.user_id "
                                "WHERE a.target = 'user:%1' ORDER BY a.id")
                     .arg(id));
    QVERIFY2(rows.ok, qPrintable(rows.error));
    QCOMPARE(rows.rowCount(), 2);
    QCOMPARE(rows.value(0, 0), QStringLiteral("user_created"));
    QCOMPARE(rows.value(0, 4), ServerFixture::adminLogin());
    QVERIFY(!rows.value(0, 3).isEmpty());
    QCOMPARE(rows.value(1, 0), QStringLiteral("user_updated"));
    const QJsonObject details = QJsonDocument::fromJson(rows.value(1, 2).toUtf8()).object();
    QStringList changed;
    for (const auto &value : details.value(QLatin1String("changed")).toArray())
        changed << value.toString();
    changed.sort();
    // "active" was sent but did not change.
    QCOMPARE(changed, (QStringList{QStringLiteral("full_name"), QStringLiteral("password")}));
    QCOMPARE(m_fx.sql(QStringLiteral("SELECT count(*) FROM audit_log WHERE details::text LIKE '%%1%' "
                                     "OR details::text LIKE '%correct-horse%'")
                          .arg(secret))
                 .scalar(),
             QStringLiteral("0"));

    // An update that changes nothing leaves no entry.
    QVERIFY(patchUser(id, {{QStringLiteral("full_name"), QStringLiteral("Other")}}).status == 200);
    QCOMPARE(m_fx.sql(QStringLiteral("SELECT count(*) FROM audit_log WHERE target = 'user:%1'").arg(id)).scalar(),
             QStringLiteral("2"));
}

void TestUsersApi::cliCreateUserUsesSameRules()
{
    const QString login = ServerFixture::uniqueName(QStringLiteral("cli"));
    const auto bad = m_fx.server().createUser(login, QStringLiteral("long-enough"), QStringLiteral("boss"),
                                              QStringLiteral("CLI User"));
    QVERIFY2(bad.finished && bad.exitCode != 0, qPrintable(bad.describe()));
    const auto shortPassword = m_fx.server().createUser(login, QStringLiteral("short"), QStringLiteral("operator"),
                                                        QStringLiteral("CLI User"));
    QVERIFY2(shortPassword.finished && shortPassword.exitCode != 0, qPrintable(shortPassword.describe()));
    const auto good = m_fx.server().createUser(login, QStringLiteral("long-enough"), QStringLiteral("operator"),
                                               QStringLiteral("CLI User"));
    QVERIFY2(good.ok(), qPrintable(good.describe()));
    // The command line is no user: its entry has no user_id.
    const auto entry =
        m_fx.sql(QStringLiteral("SELECT a.user_id FROM audit_log a JOIN users u ON a.target = 'user:' || u.id "
                                "WHERE a.action = 'user_created' AND u.login = '%1'")
                     .arg(login));
    QCOMPARE(entry.rowCount(), 1);
    QVERIFY(entry.value(0, 0).isNull());
    QVERIFY(!m_fx.api().login(login, QStringLiteral("long-enough")).isEmpty());
}

QTEST_GUILESS_MAIN(TestUsersApi)
#include "tst_users_api.moc"

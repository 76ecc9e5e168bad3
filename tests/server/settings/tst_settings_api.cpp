// GET/PATCH /settings against the real server: the bot token is write-only, the chat id and time
// zone are validated, changes are audited without values, and a new zone applies at once.
#include "ServerFixture.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace okna::test;

namespace {

const QString kSettings = QStringLiteral("/settings");
const QString kToken = QStringLiteral("123456:AAH-secret-bot-token_xyz");

} // namespace

class TestSettingsApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void defaultsBeforeAnyChange();
    void onlyAdminsReadAndChangeSettings();
    void botTokenIsNeverReturned();
    void chatIdAcceptsStringOrInteger();
    void timezoneChangeAppliesAtOnce();
    void rejectsBadInput_data();
    void rejectsBadInput();
    void changesAreAuditedWithoutValues();

private:
    ApiResponse patch(const QJsonObject &body) { return m_fx.api().patch(kSettings, body, m_fx.adminToken()); }
    ApiResponse get() { return m_fx.api().get(kSettings, m_fx.adminToken()); }

    ServerFixture m_fx;
};

void TestSettingsApi::initTestCase()
{
    QVERIFY2(m_fx.start(), qPrintable(m_fx.errorString()));
    QVERIFY2(!m_fx.adminToken().isEmpty(), qPrintable(m_fx.errorString()));
}

void TestSettingsApi::cleanup()
{
    m_fx.printServerLogIfTestFailed();
}

void TestSettingsApi::defaultsBeforeAnyChange()
{
    const auto settings = get();
    QVERIFY2(settings.status == 200, qPrintable(settings.describe()));
    QCOMPARE(settings.object(), (QJsonObject{{QStringLiteral("telegram_bot_token_set"), false},
                                             {QStringLiteral("telegram_chat_id"), QJsonValue::Null},
                                             {QStringLiteral("timezone"), QStringLiteral("Europe/Moscow")}}));
}

void TestSettingsApi::onlyAdminsReadAndChangeSettings()
{
    for (const QString &role : {QStringLiteral("operator"), QStringLiteral("coordinator"), QStringLiteral("master")}) {
        const TestUser user = m_fx.newUser(role);
        QVERIFY2(user.isValid(), qPrintable(user.error));
        const auto read = m_fx.api().get(kSettings, user.token);
        QVERIFY2(read.status == 403, qPrintable(read.describe()));
        QCOMPARE(read.errorCode(), QStringLiteral("forbidden"));
        const auto write =
            m_fx.api().patch(kSettings, {{QStringLiteral("telegram_chat_id"), QStringLiteral("1")}}, user.token);
        QVERIFY2(write.status == 403, qPrintable(write.describe()));
        QCOMPARE(write.errorCode(), QStringLiteral("forbidden"));
    }
    QCOMPARE(m_fx.api().get(kSettings).status, 401);
    QCOMPARE(m_fx.api().patch(kSettings, {}).status, 401);
    QVERIFY(get().object().value(QLatin1String("telegram_chat_id")).isNull());
}

void TestSettingsApi::botTokenIsNeverReturned()
{
    const auto set = patch({{QStringLiteral("telegram_bot_token"), kToken}});
    QVERIFY2(set.status == 200, qPrintable(set.describe()));
    QCOMPARE(set.object().value(QLatin1String("telegram_bot_token_set")), QJsonValue(true));
    QVERIFY(!set.object().contains(QLatin1String("telegram_bot_token")));
    QVERIFY(!set.body.contains(kToken.toUtf8()));
    QVERIFY(!set.body.contains("secret-bot-token"));

    const auto read = get();
    QCOMPARE(read.object().value(QLatin1String("telegram_bot_token_set")), QJsonValue(true));
    QVERIFY(!read.body.contains("secret-bot-token"));
    // It is stored for the Telegram sender, though.
    QCOMPARE(m_fx.sql(QStringLiteral("SELECT value FROM settings WHERE key = 'telegram_bot_token'")).scalar(), kToken);

    // Other changes leave it alone; an empty string clears it, and so does null.
    QCOMPARE(patch({{QStringLiteral("telegram_chat_id"), QStringLiteral("77")}})
                 .object()
                 .value(QLatin1String("telegram_bot_token_set")),
             QJsonValue(true));
    const auto cleared = patch({{QStringLiteral("telegram_bot_token"), QStringLiteral("")}});
    QVERIFY2(cleared.status == 200, qPrintable(cleared.describe()));
    QCOMPARE(cleared.object().value(QLatin1String("telegram_bot_token_set")), QJsonValue(false));
    QCOMPARE(
        patch({{QStringLiteral("telegram_bot_token"), kToken}}).object().value(QLatin1String("telegram_bot_token_set")),
        QJsonValue(true));
    const auto nulled = patch({{QStringLiteral("telegram_bot_token"), QJsonValue::Null}});
    QCOMPARE(nulled.object().value(QLatin1String("telegram_bot_token_set")), QJsonValue(false));
    QCOMPARE(m_fx.sql(QStringLiteral("SELECT count(*) FROM settings WHERE key = 'telegram_bot_token'")).scalar(),
             QStringLiteral("0"));
}

void TestSettingsApi::chatIdAcceptsStringOrInteger()
{
    const auto asString = patch({{QStringLiteral("telegram_chat_id"), QStringLiteral("-1001234567890")}});
    QVERIFY2(asString.status == 200, qPrintable(asString.describe()));
    QCOMPARE(asString.object().value(QLatin1String("telegram_chat_id")), QJsonValue(QStringLiteral("-1001234567890")));

    const auto asInteger = patch({{QStringLiteral("telegram_chat_id"), -1009876543210LL}});
    QVERIFY2(asInteger.status == 200, qPrintable(asInteger.describe()));
    QCOMPARE(asInteger.object().value(QLatin1String("telegram_chat_id")), QJsonValue(QStringLiteral("-1009876543210")));
    QCOMPARE(get().object().value(QLatin1String("telegram_chat_id")), QJsonValue(QStringLiteral("-1009876543210")));

    const auto cleared = patch({{QStringLiteral("telegram_chat_id"), QJsonValue::Null}});
    QVERIFY2(cleared.status == 200, qPrintable(cleared.describe()));
    QVERIFY(cleared.object().value(QLatin1String("telegram_chat_id")).isNull());
}

void TestSettingsApi::timezoneChangeAppliesAtOnce()
{
    const auto changed = patch({{QStringLiteral("timezone"), QStringLiteral("Asia/Yekaterinburg")}});
    QVERIFY2(changed.status == 200, qPrintable(changed.describe()));
    QCOMPARE(changed.object().value(QLatin1String("timezone")).toString(), QStringLiteral("Asia/Yekaterinburg"));
    QCOMPARE(get().object().value(QLatin1String("timezone")).toString(), QStringLiteral("Asia/Yekaterinburg"));

    // Timestamps are now rendered in the new zone (UTC+5), without waiting for a cache to expire.
    const auto audit = m_fx.api().get(QStringLiteral("/audit?limit=1"), m_fx.adminToken());
    QVERIFY2(audit.status == 200, qPrintable(audit.describe()));
    const QString at =
        audit.object().value(QLatin1String("items")).toArray().first().toObject().value(QLatin1String("at")).toString();
    QVERIFY2(at.endsWith(QLatin1String("+05:00")), qPrintable(at));

    // Every role learns the zone, from the login answer and from GET /me (README, Additions).
    const auto master = m_fx.newUser(QStringLiteral("master"));
    QVERIFY2(master.isValid(), qPrintable(master.error));
    const auto login =
        m_fx.api().post(QStringLiteral("/auth/login"), QJsonObject{{QStringLiteral("login"), master.login},
                                                                   {QStringLiteral("password"), master.password}});
    QVERIFY2(login.status == 200, qPrintable(login.describe()));
    QCOMPARE(login.object().value(QLatin1String("timezone")).toString(), QStringLiteral("Asia/Yekaterinburg"));
    const auto me = m_fx.api().get(QStringLiteral("/me"), master.token);
    QVERIFY2(me.status == 200, qPrintable(me.describe()));
    QCOMPARE(me.object().value(QLatin1String("timezone")).toString(), QStringLiteral("Asia/Yekaterinburg"));
    QCOMPARE(me.object().value(QLatin1String("login")).toString(), master.login);

    // null goes back to the server's default.
    const auto reset = patch({{QStringLiteral("timezone"), QJsonValue::Null}});
    QVERIFY2(reset.status == 200, qPrintable(reset.describe()));
    QCOMPARE(reset.object().value(QLatin1String("timezone")).toString(), QStringLiteral("Europe/Moscow"));
    const auto back = m_fx.api().get(QStringLiteral("/audit?limit=1"), m_fx.adminToken());
    const QString atMoscow =
        back.object().value(QLatin1String("items")).toArray().first().toObject().value(QLatin1String("at")).toString();
    QVERIFY2(atMoscow.endsWith(QLatin1String("+03:00")), qPrintable(atMoscow));
}

void TestSettingsApi::rejectsBadInput_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<int>("status");
    QTest::newRow("timezone unknown") << QStringLiteral("timezone") << QJsonValue(QStringLiteral("Mars/Olympus"))
                                      << 422;
    QTest::newRow("timezone empty") << QStringLiteral("timezone") << QJsonValue(QStringLiteral("")) << 422;
    QTest::newRow("timezone number") << QStringLiteral("timezone") << QJsonValue(3) << 400;
    QTest::newRow("chat id letters") << QStringLiteral("telegram_chat_id") << QJsonValue(QStringLiteral("@channel"))
                                     << 422;
    QTest::newRow("chat id spaces") << QStringLiteral("telegram_chat_id") << QJsonValue(QStringLiteral("12 34")) << 422;
    QTest::newRow("chat id bool") << QStringLiteral("telegram_chat_id") << QJsonValue(false) << 400;
    QTest::newRow("chat id fraction") << QStringLiteral("telegram_chat_id") << QJsonValue(2.5) << 400;
    QTest::newRow("token number") << QStringLiteral("telegram_bot_token") << QJsonValue(12345) << 400;
    QTest::newRow("token object") << QStringLiteral("telegram_bot_token") << QJsonValue(QJsonObject{}) << 400;
}

void TestSettingsApi::rejectsBadInput()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(int, status);
    const auto before = get().object();
    // A valid change next to the bad one is not applied either.
    QJsonObject body{{QStringLiteral("telegram_chat_id"), QStringLiteral("424242")}};
    body.insert(field, value);
    const auto response = patch(body);
    QVERIFY2(response.status == status, qPrintable(response.describe()));
    QCOMPARE(response.errorCode(), status == 400 ? QStringLiteral("bad_request") : QStringLiteral("validation_failed"));
    QVERIFY2(response.errorFields().contains(field), qPrintable(response.describe()));
    QCOMPARE(get().object(), before);

    QCOMPARE(m_fx.api().patch(kSettings, QByteArray("not json"), m_fx.adminToken()).status, 400);
    QCOMPARE(m_fx.api().patch(kSettings, QByteArray("[]"), m_fx.adminToken()).status, 400);
}

void TestSettingsApi::changesAreAuditedWithoutValues()
{
    QCOMPARE(patch({{QStringLiteral("timezone"), QStringLiteral("Europe/Moscow")}}).status, 200);
    const QString before = m_fx.sql(QStringLiteral("SELECT coalesce(max(id), 0) FROM audit_log")).scalar();
    const auto changed = patch({{QStringLiteral("telegram_bot_token"), kToken},
                                {QStringLiteral("telegram_chat_id"), 31337},
                                {QStringLiteral("timezone"), QStringLiteral("Europe/Moscow")}}); // same as before
    QVERIFY2(changed.status == 200, qPrintable(changed.describe()));
    QCOMPARE(patch({{QStringLiteral("telegram_chat_id"), 31337}}).status, 200); // unchanged: no entry

    const auto audit = m_fx.api().get(QStringLiteral("/audit?action=settings_changed&limit=500"), m_fx.adminToken());
    QVERIFY2(audit.status == 200, qPrintable(audit.describe()));
    const QJsonArray items = audit.object().value(QLatin1String("items")).toArray();
    QVERIFY(!items.isEmpty());
    const QJsonObject newest = items.first().toObject();
    QCOMPARE(newest.value(QLatin1String("action")).toString(), QStringLiteral("settings_changed"));
    QStringList keys;
    for (const auto &key : newest.value(QLatin1String("details")).toObject().value(QLatin1String("changed")).toArray())
        keys << key.toString();
    keys.sort();
    QCOMPARE(keys, (QStringList{QStringLiteral("telegram_bot_token"), QStringLiteral("telegram_chat_id")}));
    QVERIFY(!audit.body.contains("secret-bot-token"));
    QCOMPARE(m_fx.sql(QStringLiteral("SELECT count(*) FROM audit_log WHERE id > %1 AND action = 'settings_changed'")
                          .arg(before))
                 .scalar(),
             QStringLiteral("1"));
    QCOMPARE(m_fx.sql(QStringLiteral("SELECT count(*) FROM audit_log WHERE details::text LIKE '%secret-bot-token%'"))
                 .scalar(),
             QStringLiteral("0"));
}

QTEST_GUILESS_MAIN(TestSettingsApi)
#include "tst_settings_api.moc"

// GET /blacklist/check, GET/POST/DELETE /blacklist against the real server: roles, phone
// formats, duplicates and the audit log.
#include "ServerFixture.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>
#include <QUrl>

using namespace okna::test;

namespace {

QString freshPhone()
{
    return QStringLiteral("+7915%1").arg(1000000 + QRandomGenerator::global()->bounded(9000000));
}

QString checkPath(const QString &phone)
{
    return QStringLiteral("/blacklist/check?phone=") + QString::fromLatin1(QUrl::toPercentEncoding(phone));
}

} // namespace

class TestBlacklistApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void addCheckAndRemove();
    void checkAcceptsAnyFormat_data();
    void checkAcceptsAnyFormat();
    void checkRejectsInvalidPhone();
    void addRejectsBadInput();
    void duplicateIsConflict();
    void removeUnknownIsNotFound();
    void roles();
    void changesAreAudited();

private:
    ApiResponse add(const QString &phone, const QString &reason, const QString &token = {})
    {
        return m_fx.api().post(QStringLiteral("/blacklist"),
                               {{QStringLiteral("phone"), phone}, {QStringLiteral("reason"), reason}},
                               token.isEmpty() ? m_coordinator.token : token);
    }

    ServerFixture m_fx;
    TestUser m_coordinator;
    TestUser m_operator;
    TestUser m_master;
};

void TestBlacklistApi::initTestCase()
{
    QVERIFY2(m_fx.start(), qPrintable(m_fx.errorString()));
    m_coordinator = m_fx.newUser(QStringLiteral("coordinator"));
    m_operator = m_fx.newUser(QStringLiteral("operator"));
    m_master = m_fx.newUser(QStringLiteral("master"));
    for (const TestUser *user : {&m_coordinator, &m_operator, &m_master})
        QVERIFY2(user->isValid(), qPrintable(user->error));
}

void TestBlacklistApi::cleanup()
{
    m_fx.printServerLogIfTestFailed();
}

void TestBlacklistApi::addCheckAndRemove()
{
    const QString phone = freshPhone();
    const auto before = m_fx.api().get(checkPath(phone), m_operator.token);
    QCOMPARE(before.status, 200);
    QCOMPARE(before.object().value(QLatin1String("blacklisted")).toBool(true), false);
    QVERIFY(before.object().contains(QLatin1String("reason")));
    QVERIFY(before.object().value(QLatin1String("reason")).isNull());

    const auto added = add(QStringLiteral("8 ") + phone.mid(2), QStringLiteral("  Хамит операторам  "));
    QCOMPARE(added.status, 201);
    const QJsonObject entry = added.object();
    QVERIFY(entry.value(QLatin1String("id")).toInteger() > 0);
    QCOMPARE(entry.value(QLatin1String("phone")).toString(), phone);
    QCOMPARE(entry.value(QLatin1String("reason")).toString(), QStringLiteral("Хамит операторам"));
    QCOMPARE(entry.value(QLatin1String("created_by")).toInteger(), m_coordinator.id);
    QVERIFY(!entry.value(QLatin1String("created_at")).toString().isEmpty());

    const auto after = m_fx.api().get(checkPath(phone), m_operator.token);
    QCOMPARE(after.object().value(QLatin1String("blacklisted")).toBool(), true);
    QCOMPARE(after.object().value(QLatin1String("reason")).toString(), QStringLiteral("Хамит операторам"));

    const auto listed = m_fx.api().get(QStringLiteral("/blacklist"), m_coordinator.token);
    QCOMPARE(listed.status, 200);
    QVERIFY(listed.array().contains(entry));

    const qint64 id = entry.value(QLatin1String("id")).toInteger();
    const auto removed = m_fx.api().del(QStringLiteral("/blacklist/%1").arg(id), m_coordinator.token);
    QCOMPARE(removed.status, 204);
    QCOMPARE(
        m_fx.api().get(checkPath(phone), m_operator.token).object().value(QLatin1String("blacklisted")).toBool(true),
        false);
    QVERIFY(!m_fx.api().get(QStringLiteral("/blacklist"), m_coordinator.token).array().contains(entry));
}

void TestBlacklistApi::checkAcceptsAnyFormat_data()
{
    QTest::addColumn<QString>("spelling");
    QTest::newRow("international") << QStringLiteral("+7 (917) 555-44-33");
    QTest::newRow("eight spaced") << QStringLiteral("8 917 555 44 33");
    QTest::newRow("eight") << QStringLiteral("89175554433");
    QTest::newRow("ten digits") << QStringLiteral("9175554433");
}

void TestBlacklistApi::checkAcceptsAnyFormat()
{
    static bool listed = false;
    if (!listed) {
        const auto added = add(QStringLiteral("+79175554433"), QStringLiteral("Ложные вызовы"));
        QVERIFY(added.status == 201 || added.status == 409);
        listed = true;
    }
    QFETCH(QString, spelling);
    const auto checked = m_fx.api().get(checkPath(spelling), m_operator.token);
    QCOMPARE(checked.status, 200);
    QCOMPARE(checked.object().value(QLatin1String("blacklisted")).toBool(), true);
    QCOMPARE(checked.object().value(QLatin1String("reason")).toString(), QStringLiteral("Ложные вызовы"));
}

void TestBlacklistApi::checkRejectsInvalidPhone()
{
    for (const QString &phone : {QStringLiteral("123"), QStringLiteral("не телефон"), QString()}) {
        const auto checked = m_fx.api().get(checkPath(phone), m_operator.token);
        QVERIFY2(checked.status == 422, qPrintable(checked.describe()));
        QVERIFY(checked.errorFields().contains(QStringLiteral("phone")));
    }
}

void TestBlacklistApi::addRejectsBadInput()
{
    const auto badPhone = add(QStringLiteral("12"), QStringLiteral("причина"));
    QCOMPARE(badPhone.status, 422);
    QVERIFY(badPhone.errorFields().contains(QStringLiteral("phone")));
    const auto blankReason = add(freshPhone(), QStringLiteral("  "));
    QCOMPARE(blankReason.status, 422);
    QVERIFY(blankReason.errorFields().contains(QStringLiteral("reason")));
    const auto longReason = add(freshPhone(), QString(501, QLatin1Char('x')));
    QCOMPARE(longReason.status, 422);
    const auto missing = m_fx.api().post(QStringLiteral("/blacklist"), QJsonObject{}, m_coordinator.token);
    QCOMPARE(missing.status, 422);
    QVERIFY(missing.errorFields().contains(QStringLiteral("phone")));
    QVERIFY(missing.errorFields().contains(QStringLiteral("reason")));
    QCOMPARE(m_fx.api()
                 .post(QStringLiteral("/blacklist"), QJsonObject{{QStringLiteral("phone"), 79161234567.0}},
                       m_coordinator.token)
                 .status,
             400);
}

void TestBlacklistApi::duplicateIsConflict()
{
    const QString phone = freshPhone();
    QCOMPARE(add(phone, QStringLiteral("первая")).status, 201);
    const auto duplicate = add(QStringLiteral("8") + phone.mid(2), QStringLiteral("вторая"));
    QCOMPARE(duplicate.status, 409);
    QCOMPARE(duplicate.errorCode(), QStringLiteral("conflict"));
    QCOMPARE(m_fx.api().get(checkPath(phone), m_operator.token).object().value(QLatin1String("reason")).toString(),
             QStringLiteral("первая"));
}

void TestBlacklistApi::removeUnknownIsNotFound()
{
    const auto removed = m_fx.api().del(QStringLiteral("/blacklist/987654321"), m_coordinator.token);
    QCOMPARE(removed.status, 404);
    QCOMPARE(removed.errorCode(), QStringLiteral("not_found"));
}

void TestBlacklistApi::roles()
{
    const QString phone = freshPhone();
    QCOMPARE(add(phone, QStringLiteral("r"), m_operator.token).status, 403);
    QCOMPARE(add(phone, QStringLiteral("r"), m_master.token).status, 403);
    QCOMPARE(m_fx.api().get(checkPath(phone), m_master.token).status, 403);
    QCOMPARE(m_fx.api().get(QStringLiteral("/blacklist"), m_operator.token).status, 403);
    QCOMPARE(m_fx.api().get(checkPath(phone), QString()).status, 401);
    const auto added = add(phone, QStringLiteral("r"), m_fx.adminToken());
    QCOMPARE(added.status, 201);
    const QString path = QStringLiteral("/blacklist/%1").arg(added.object().value(QLatin1String("id")).toInteger());
    QCOMPARE(m_fx.api().del(path, m_operator.token).status, 403);
    QCOMPARE(m_fx.api().del(path, m_fx.adminToken()).status, 204);
}

void TestBlacklistApi::changesAreAudited()
{
    const QString phone = freshPhone();
    const auto added = add(phone, QStringLiteral("Аудит"));
    QCOMPARE(added.status, 201);
    const qint64 id = added.object().value(QLatin1String("id")).toInteger();
    QCOMPARE(m_fx.api().del(QStringLiteral("/blacklist/%1").arg(id), m_coordinator.token).status, 204);
    const auto rows = m_fx.sql(QStringLiteral("SELECT action, user_id, details->>'phone' FROM audit_log"
                                              " WHERE target = 'blacklist:%1' ORDER BY id")
                                   .arg(id));
    QVERIFY2(rows.ok, qPrintable(rows.error));
    QCOMPARE(rows.rowCount(), 2);
    QCOMPARE(rows.value(0, 0), QStringLiteral("blacklist_added"));
    QCOMPARE(rows.value(1, 0), QStringLiteral("blacklist_removed"));
    QCOMPARE(rows.value(0, 1).toLongLong(), m_coordinator.id);
    QCOMPARE(rows.value(0, 2), phone);
}

QTEST_GUILESS_MAIN(TestBlacklistApi)
#include "tst_blacklist_api.moc"

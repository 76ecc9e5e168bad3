// GET /audit against the real server: shape, newest first, filters, cursor pages, and the
// 400s for bad query parameters (the server's documented choice for every bad parameter).
#include "ServerFixture.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QUrl>

using namespace okna::test;

namespace {

QString encoded(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

QJsonArray itemsOf(const ApiResponse &response)
{
    return response.object().value(QLatin1String("items")).toArray();
}

} // namespace

class TestAuditApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void onlyAdminsReadTheLog();
    void entriesHaveTheContractShape();
    void newestFirstAndPagedByCursor();
    void filtersByUserAndAction();
    void filtersByTime();
    void rejectsBadParameters_data();
    void rejectsBadParameters();

private:
    ApiResponse audit(const QString &query = {})
    {
        return m_fx.api().get(QStringLiteral("/audit") + (query.isEmpty() ? QString() : QLatin1Char('?') + query),
                              m_fx.adminToken());
    }

    ServerFixture m_fx;
    qint64 m_adminId = 0;
};

void TestAuditApi::initTestCase()
{
    QVERIFY2(m_fx.start(), qPrintable(m_fx.errorString()));
    QVERIFY2(!m_fx.adminToken().isEmpty(), qPrintable(m_fx.errorString()));
    m_adminId = m_fx.sql(QStringLiteral("SELECT id FROM users WHERE login = '%1'").arg(ServerFixture::adminLogin()))
                    .scalar()
                    .toLongLong();
    QVERIFY(m_adminId > 0);
}

void TestAuditApi::cleanup()
{
    m_fx.printServerLogIfTestFailed();
}

void TestAuditApi::onlyAdminsReadTheLog()
{
    for (const QString &role : {QStringLiteral("operator"), QStringLiteral("coordinator"), QStringLiteral("master")}) {
        const TestUser user = m_fx.newUser(role);
        QVERIFY2(user.isValid(), qPrintable(user.error));
        const auto response = m_fx.api().get(QStringLiteral("/audit"), user.token);
        QVERIFY2(response.status == 403, qPrintable(response.describe()));
        QCOMPARE(response.errorCode(), QStringLiteral("forbidden"));
    }
    const auto anonymous = m_fx.api().get(QStringLiteral("/audit"));
    QVERIFY2(anonymous.status == 401, qPrintable(anonymous.describe()));
    QCOMPARE(anonymous.errorCode(), QStringLiteral("unauthenticated"));
}

void TestAuditApi::entriesHaveTheContractShape()
{
    // A failed login of an unknown name: no user, but an ip and details.
    const QString ghost = ServerFixture::uniqueName(QStringLiteral("ghost"));
    QCOMPARE(m_fx.api().loginResponse(ghost, QStringLiteral("whatever-pass")).status, 401);

    const auto response = audit();
    QVERIFY2(response.status == 200, qPrintable(response.describe()));
    const QJsonObject page = response.object();
    QCOMPARE(page.keys(), (QStringList{QStringLiteral("items"), QStringLiteral("next_cursor")}));
    const QJsonArray items = itemsOf(response);
    QVERIFY(!items.isEmpty());
    QVERIFY(items.size() <= 50);

    const QJsonObject failed = items.first().toObject();
    QCOMPARE(failed.keys(), (QStringList{QStringLiteral("action"), QStringLiteral("at"), QStringLiteral("details"),
                                         QStringLiteral("ip"), QStringLiteral("target"), QStringLiteral("user_id")}));
    QCOMPARE(failed.value(QLatin1String("action")).toString(), QStringLiteral("login_failed"));
    QVERIFY(failed.value(QLatin1String("user_id")).isNull());
    QCOMPARE(failed.value(QLatin1String("target")).toString(), QStringLiteral("login:") + ghost);
    QVERIFY(failed.value(QLatin1String("details")).isObject());
    QCOMPARE(failed.value(QLatin1String("ip")).toString(), QStringLiteral("127.0.0.1"));
    // ISO 8601 in the business time zone (Europe/Moscow: +03:00), close to now.
    const QString at = failed.value(QLatin1String("at")).toString();
    QVERIFY2(at.endsWith(QLatin1String("+03:00")), qPrintable(at));
    const QDateTime when = QDateTime::fromString(at, Qt::ISODateWithMs);
    QVERIFY2(when.isValid(), qPrintable(at));
    QVERIFY(qAbs(when.secsTo(QDateTime::currentDateTimeUtc())) < 120);

    // The admin's own login shows with his id.
    bool sawAdminLogin = false;
    for (const auto &value : items) {
        const QJsonObject item = value.toObject();
        if (item.value(QLatin1String("action")).toString() == QLatin1String("login_succeeded") &&
            item.value(QLatin1String("user_id")).toInteger() == m_adminId)
            sawAdminLogin = true;
    }
    QVERIFY(sawAdminLogin);
}

void TestAuditApi::newestFirstAndPagedByCursor()
{
    // Enough entries of one action for three pages of 4.
    const QString action = QStringLiteral("location_created");
    for (int i = 0; i < 10; ++i) {
        const auto created = m_fx.api().post(
            QStringLiteral("/locations"), {{QStringLiteral("name"), ServerFixture::uniqueName(QStringLiteral("page"))}},
            m_fx.adminToken());
        QVERIFY2(created.status == 201, qPrintable(created.describe()));
    }
    const auto all = audit(QStringLiteral("action=%1&limit=500").arg(action));
    QVERIFY2(all.status == 200, qPrintable(all.describe()));
    QVERIFY(all.object().value(QLatin1String("next_cursor")).isNull());
    const QJsonArray everything = itemsOf(all);
    QVERIFY(everything.size() >= 10);
    // Newest first.
    for (qsizetype i = 1; i < everything.size(); ++i) {
        const auto newer = QDateTime::fromString(everything[i - 1].toObject().value(QLatin1String("at")).toString(),
                                                 Qt::ISODateWithMs);
        const auto older =
            QDateTime::fromString(everything[i].toObject().value(QLatin1String("at")).toString(), Qt::ISODateWithMs);
        QVERIFY(newer >= older);
    }

    QJsonArray paged;
    QString cursor;
    int pages = 0;
    do {
        QString query = QStringLiteral("action=%1&limit=4").arg(action);
        if (!cursor.isEmpty())
            query += QStringLiteral("&cursor=") + encoded(cursor);
        const auto page = audit(query);
        QVERIFY2(page.status == 200, qPrintable(page.describe()));
        const QJsonArray items = itemsOf(page);
        QVERIFY(items.size() <= 4);
        for (const auto &item : items)
            paged.append(item);
        const QJsonValue next = page.object().value(QLatin1String("next_cursor"));
        QVERIFY(next.isNull() || next.isString());
        cursor = next.toString();
        if (!cursor.isEmpty())
            QCOMPARE(items.size(), 4);
        QVERIFY(++pages < 100);
    } while (!cursor.isEmpty());
    QCOMPARE(pages, int((everything.size() + 3) / 4));
    QCOMPARE(paged, everything);

    // A page that ends exactly at the last entry says so: no cursor to an empty page.
    const auto exact = audit(QStringLiteral("action=%1&limit=%2").arg(action).arg(everything.size()));
    QVERIFY(exact.object().value(QLatin1String("next_cursor")).isNull());
    QCOMPARE(itemsOf(exact).size(), everything.size());

    // The default page is 50 entries (filler rows straight into the table: faster than 50 logins).
    QVERIFY(m_fx.sql(QStringLiteral("INSERT INTO audit_log (action, details) "
                                    "SELECT 'test_filler', jsonb_build_object('n', n) FROM generate_series(1, 60) n"))
                .ok);
    const auto first = audit();
    QCOMPARE(itemsOf(first).size(), 50);
    QVERIFY(first.object().value(QLatin1String("next_cursor")).isString());
    const auto fillers = audit(QStringLiteral("action=test_filler&limit=500"));
    QCOMPARE(itemsOf(fillers).size(), 60);
    QCOMPARE(itemsOf(fillers)
                 .first()
                 .toObject()
                 .value(QLatin1String("details"))
                 .toObject()
                 .value(QLatin1String("n"))
                 .toInt(),
             60);
    QVERIFY(itemsOf(fillers).first().toObject().value(QLatin1String("user_id")).isNull());
    QVERIFY(itemsOf(fillers).first().toObject().value(QLatin1String("target")).isNull());
    QVERIFY(itemsOf(fillers).first().toObject().value(QLatin1String("ip")).isNull());
}

void TestAuditApi::filtersByUserAndAction()
{
    const TestUser user = m_fx.newUser(QStringLiteral("operator"));
    QVERIFY2(user.isValid(), qPrintable(user.error));
    QCOMPARE(m_fx.api().post(QStringLiteral("/auth/logout"), {}, user.token).status, 204);

    const auto mine = audit(QStringLiteral("user_id=%1").arg(user.id));
    QVERIFY2(mine.status == 200, qPrintable(mine.describe()));
    QStringList actions;
    for (const auto &value : itemsOf(mine)) {
        QCOMPARE(value.toObject().value(QLatin1String("user_id")).toInteger(), user.id);
        actions << value.toObject().value(QLatin1String("action")).toString();
    }
    QCOMPARE(actions, (QStringList{QStringLiteral("logout"), QStringLiteral("login_succeeded")}));

    const auto logouts = audit(QStringLiteral("user_id=%1&action=logout").arg(user.id));
    QCOMPARE(itemsOf(logouts).size(), 1);
    const auto created = audit(QStringLiteral("action=user_created&limit=500"));
    bool found = false;
    for (const auto &value : itemsOf(created)) {
        const QJsonObject item = value.toObject();
        QCOMPARE(item.value(QLatin1String("action")).toString(), QStringLiteral("user_created"));
        if (item.value(QLatin1String("target")).toString() == QStringLiteral("user:%1").arg(user.id)) {
            found = true;
            QCOMPARE(item.value(QLatin1String("user_id")).toInteger(), m_adminId);
        }
    }
    QVERIFY(found);
    QCOMPARE(itemsOf(audit(QStringLiteral("action=no_such_action"))).size(), 0);
    QCOMPARE(itemsOf(audit(QStringLiteral("user_id=999999"))).size(), 0);
}

void TestAuditApi::filtersByTime()
{
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-1);
    QTest::qWait(20);
    const TestUser user = m_fx.newUser(QStringLiteral("master"));
    QVERIFY2(user.isValid(), qPrintable(user.error));
    const QDateTime end = QDateTime::currentDateTimeUtc().addSecs(1);

    // Offsets in any form: Z, +03:00 (the '+' must be percent-encoded in a query).
    const QString from = start.toString(Qt::ISODate); // ...Z
    const QString to = end.toOffsetFromUtc(3 * 3600).toString(Qt::ISODate);
    // (Concatenated, not .arg()ed: the percent-encoded values contain "%3A".)
    const auto window = audit(QStringLiteral("from=") + encoded(from) + QStringLiteral("&to=") + encoded(to) +
                              QStringLiteral("&user_id=") + QString::number(user.id));
    QVERIFY2(window.status == 200, qPrintable(window.describe()));
    QCOMPARE(itemsOf(window).size(), 1); // his login

    const QString future = QDateTime::currentDateTimeUtc().addDays(1).toString(Qt::ISODate);
    QCOMPARE(itemsOf(audit(QStringLiteral("from=") + encoded(future))).size(), 0);
    const QString past = QDateTime::currentDateTimeUtc().addDays(-1).toString(Qt::ISODate);
    QCOMPARE(itemsOf(audit(QStringLiteral("to=") + encoded(past))).size(), 0);
    // "to" is exclusive: from == to is always empty.
    QCOMPARE(itemsOf(audit(QStringLiteral("from=") + encoded(from) + QStringLiteral("&to=") + encoded(from))).size(),
             0);
}

void TestAuditApi::rejectsBadParameters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("parameter");
    QTest::newRow("limit zero") << QStringLiteral("limit=0") << QStringLiteral("limit");
    QTest::newRow("limit negative") << QStringLiteral("limit=-5") << QStringLiteral("limit");
    QTest::newRow("limit too big") << QStringLiteral("limit=501") << QStringLiteral("limit");
    QTest::newRow("limit text") << QStringLiteral("limit=ten") << QStringLiteral("limit");
    QTest::newRow("limit fraction") << QStringLiteral("limit=2.5") << QStringLiteral("limit");
    QTest::newRow("limit empty") << QStringLiteral("limit=") << QStringLiteral("limit");
    QTest::newRow("from not a time") << QStringLiteral("from=yesterday") << QStringLiteral("from");
    QTest::newRow("from without offset") << QStringLiteral("from=2026-01-01T00:00:00") << QStringLiteral("from");
    QTest::newRow("to bad date") << QStringLiteral("to=2026-13-45T00:00:00Z") << QStringLiteral("to");
    QTest::newRow("user_id text") << QStringLiteral("user_id=admin") << QStringLiteral("user_id");
    QTest::newRow("user_id zero") << QStringLiteral("user_id=0") << QStringLiteral("user_id");
    QTest::newRow("cursor garbage") << QStringLiteral("cursor=%21%21%21") << QStringLiteral("cursor");
    QTest::newRow("cursor forged") << QString(QStringLiteral("cursor=") + encoded(QStringLiteral("aGVsbG8"))) // "hello"
                                   << QStringLiteral("cursor");
    QTest::newRow("cursor negative id") << QStringLiteral("cursor=aWQ6LTE") << QStringLiteral("cursor"); // "id:-1"
}

void TestAuditApi::rejectsBadParameters()
{
    QFETCH(QString, query);
    QFETCH(QString, parameter);
    const auto response = audit(query);
    QVERIFY2(response.status == 400, qPrintable(response.describe()));
    QCOMPARE(response.errorCode(), QStringLiteral("bad_request"));
    QVERIFY2(response.errorFields().contains(parameter), qPrintable(response.describe()));
    QVERIFY2(response.errorMessage().contains(parameter), qPrintable(response.describe()));
    // The bounds themselves are fine.
    QCOMPARE(audit(QStringLiteral("limit=1")).status, 200);
    QCOMPARE(audit(QStringLiteral("limit=500")).status, 200);
}

QTEST_GUILESS_MAIN(TestAuditApi)
#include "tst_audit_api.moc"

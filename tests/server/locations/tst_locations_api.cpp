// GET/POST/PATCH /locations against the real server: every role reads, only admins write.
#include "ServerFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace okna::test;

namespace {

const QString kLocations = QStringLiteral("/locations");

QString locationPath(qint64 id)
{
    return QStringLiteral("/locations/%1").arg(id);
}

QJsonObject named(const QString &name)
{
    return {{QStringLiteral("name"), name}};
}

} // namespace

class TestLocationsApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void everyRoleReadsLocations();
    void onlyAdminsWriteLocations();
    void createReturnsLocation();
    void listIsOrderedByName();
    void createRejectsBadNames_data();
    void createRejectsBadNames();
    void duplicateNameIsConflict();
    void updateRenamesAndDeactivates();
    void updateRejectsBadInput_data();
    void updateRejectsBadInput();
    void updateOfUnknownLocationIsNotFound();
    void changesAreAudited();

private:
    ApiResponse create(const QString &name) { return m_fx.api().post(kLocations, named(name), m_fx.adminToken()); }
    qint64 createId(const QString &name)
    {
        const auto created = create(name);
        return created.status == 201 ? created.object().value(QLatin1String("id")).toInteger() : -1;
    }
    ApiResponse patch(qint64 id, const QJsonObject &body)
    {
        return m_fx.api().patch(locationPath(id), body, m_fx.adminToken());
    }

    ServerFixture m_fx;
};

void TestLocationsApi::initTestCase()
{
    QVERIFY2(m_fx.start(), qPrintable(m_fx.errorString()));
    QVERIFY2(!m_fx.adminToken().isEmpty(), qPrintable(m_fx.errorString()));
}

void TestLocationsApi::cleanup()
{
    m_fx.printServerLogIfTestFailed();
}

void TestLocationsApi::everyRoleReadsLocations()
{
    const QString name = ServerFixture::uniqueName(QStringLiteral("Everyone sees"));
    const qint64 id = createId(name);
    QVERIFY(id > 0);
    for (const QString &role : {QStringLiteral("operator"), QStringLiteral("coordinator"), QStringLiteral("master"),
                                QStringLiteral("admin")}) {
        const TestUser user = m_fx.newUser(role);
        QVERIFY2(user.isValid(), qPrintable(user.error));
        const auto list = m_fx.api().get(kLocations, user.token);
        QVERIFY2(list.status == 200, qPrintable(list.describe()));
        QVERIFY(list.json.isArray());
        bool found = false;
        for (const auto &value : list.array()) {
            const QJsonObject location = value.toObject();
            QCOMPARE(location.keys(),
                     (QStringList{QStringLiteral("active"), QStringLiteral("id"), QStringLiteral("name")}));
            if (location.value(QLatin1String("id")).toInteger() == id) {
                found = true;
                QCOMPARE(location.value(QLatin1String("name")).toString(), name);
                QCOMPARE(location.value(QLatin1String("active")), QJsonValue(true));
            }
        }
        QVERIFY2(found, list.body.constData());
    }
    const auto anonymous = m_fx.api().get(kLocations);
    QVERIFY2(anonymous.status == 401, qPrintable(anonymous.describe()));
    QCOMPARE(anonymous.errorCode(), QStringLiteral("unauthenticated"));
}

void TestLocationsApi::onlyAdminsWriteLocations()
{
    const qint64 id = createId(ServerFixture::uniqueName(QStringLiteral("Guarded")));
    QVERIFY(id > 0);
    for (const QString &role : {QStringLiteral("operator"), QStringLiteral("coordinator"), QStringLiteral("master")}) {
        const TestUser user = m_fx.newUser(role);
        QVERIFY2(user.isValid(), qPrintable(user.error));
        const auto created = m_fx.api().post(kLocations, named(ServerFixture::uniqueName(role)), user.token);
        QVERIFY2(created.status == 403, qPrintable(created.describe()));
        QCOMPARE(created.errorCode(), QStringLiteral("forbidden"));
        const auto patched = m_fx.api().patch(locationPath(id), {{QStringLiteral("active"), false}}, user.token);
        QVERIFY2(patched.status == 403, qPrintable(patched.describe()));
        QCOMPARE(patched.errorCode(), QStringLiteral("forbidden"));
    }
    QCOMPARE(m_fx.api().post(kLocations, named(QStringLiteral("Anonymous"))).status, 401);
    QCOMPARE(m_fx.sql(QStringLiteral("SELECT active FROM locations WHERE id = %1").arg(id)).scalar(),
             QStringLiteral("t"));
}

void TestLocationsApi::createReturnsLocation()
{
    const QString name = ServerFixture::uniqueName(QStringLiteral("Заречный"));
    const auto created = create(QStringLiteral("  ") + name + QStringLiteral("\t"));
    QVERIFY2(created.status == 201, qPrintable(created.describe()));
    const QJsonObject location = created.object();
    QVERIFY(location.value(QLatin1String("id")).toInteger() > 0);
    QCOMPARE(location.value(QLatin1String("name")).toString(), name);
    QCOMPARE(location.value(QLatin1String("active")), QJsonValue(true));

    // Exactly 100 characters is still fine.
    const QString longest = ServerFixture::uniqueName(QStringLiteral("L")).leftJustified(100, QLatin1Char('x'));
    const auto longName = create(longest);
    QVERIFY2(longName.status == 201, qPrintable(longName.describe()));
    QCOMPARE(longName.object().value(QLatin1String("name")).toString(), longest);
}

void TestLocationsApi::listIsOrderedByName()
{
    const QString stem = ServerFixture::uniqueName(QStringLiteral("order"));
    for (const QString &suffix : {QStringLiteral("c"), QStringLiteral("A"), QStringLiteral("b")})
        QVERIFY(createId(stem + suffix) > 0);
    const auto list = m_fx.api().get(kLocations, m_fx.adminToken());
    QVERIFY2(list.status == 200, qPrintable(list.describe()));
    QStringList names;
    for (const auto &value : list.array())
        names << value.toObject().value(QLatin1String("name")).toString();
    QStringList ours;
    for (const QString &name : names) {
        if (name.startsWith(stem))
            ours << name;
    }
    QCOMPARE(ours, (QStringList{stem + QStringLiteral("A"), stem + QStringLiteral("b"), stem + QStringLiteral("c")}));
}

void TestLocationsApi::createRejectsBadNames_data()
{
    QTest::addColumn<QJsonValue>("name"); // Undefined: no name at all
    QTest::addColumn<int>("status");
    QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined) << 422;
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << 422;
    QTest::newRow("empty") << QJsonValue(QStringLiteral("")) << 422;
    QTest::newRow("blank") << QJsonValue(QStringLiteral("  \t ")) << 422;
    QTest::newRow("101 characters") << QJsonValue(QString(101, QLatin1Char('n'))) << 422;
    QTest::newRow("number") << QJsonValue(5) << 400;
    QTest::newRow("object") << QJsonValue(QJsonObject{{QStringLiteral("ru"), QStringLiteral("x")}}) << 400;
}

void TestLocationsApi::createRejectsBadNames()
{
    QFETCH(QJsonValue, name);
    QFETCH(int, status);
    QJsonObject body;
    if (!name.isUndefined())
        body.insert(QStringLiteral("name"), name);
    const QString before = m_fx.sql(QStringLiteral("SELECT count(*) FROM locations")).scalar();
    const auto response = m_fx.api().post(kLocations, body, m_fx.adminToken());
    QVERIFY2(response.status == status, qPrintable(response.describe()));
    QCOMPARE(response.errorCode(), status == 400 ? QStringLiteral("bad_request") : QStringLiteral("validation_failed"));
    QVERIFY2(response.errorFields().contains(QLatin1String("name")), qPrintable(response.describe()));
    QCOMPARE(m_fx.sql(QStringLiteral("SELECT count(*) FROM locations")).scalar(), before);

    QCOMPARE(m_fx.api().post(kLocations, QByteArray("{\"name\":"), m_fx.adminToken()).status, 400);
}

void TestLocationsApi::duplicateNameIsConflict()
{
    const QString name = ServerFixture::uniqueName(QStringLiteral("Центр"));
    const qint64 id = createId(name);
    QVERIFY(id > 0);
    for (const QString &same :
         {name, name.toUpper(), name.toLower(), QString(QStringLiteral(" ") + name + QStringLiteral(" "))}) {
        const auto again = create(same);
        QVERIFY2(again.status == 409, qPrintable(again.describe()));
        QCOMPARE(again.errorCode(), QStringLiteral("conflict"));
    }
    // Renaming another location to the taken name is a conflict too, and changes nothing.
    const QString otherName = ServerFixture::uniqueName(QStringLiteral("Other"));
    const qint64 other = createId(otherName);
    QVERIFY(other > 0);
    const auto rename = patch(other, {{QStringLiteral("name"), name.toUpper()}, {QStringLiteral("active"), false}});
    QVERIFY2(rename.status == 409, qPrintable(rename.describe()));
    QCOMPARE(rename.errorCode(), QStringLiteral("conflict"));
    const auto row = m_fx.sql(QStringLiteral("SELECT name, active FROM locations WHERE id = %1").arg(other));
    QCOMPARE(row.value(0, 0), otherName);
    QCOMPARE(row.value(0, 1), QStringLiteral("t"));
    // A location may change the case of its own name.
    const auto recase = patch(id, named(name.toUpper()));
    QVERIFY2(recase.status == 200, qPrintable(recase.describe()));
    QCOMPARE(recase.object().value(QLatin1String("name")).toString(), name.toUpper());
}

void TestLocationsApi::updateRenamesAndDeactivates()
{
    const qint64 id = createId(ServerFixture::uniqueName(QStringLiteral("Old name")));
    QVERIFY(id > 0);
    const QString newName = ServerFixture::uniqueName(QStringLiteral("New name"));
    const auto renamed = patch(id, named(QStringLiteral(" ") + newName));
    QVERIFY2(renamed.status == 200, qPrintable(renamed.describe()));
    QCOMPARE(
        renamed.object(),
        (QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), newName}, {QStringLiteral("active"), true}}));

    const auto off = patch(id, {{QStringLiteral("active"), false}});
    QVERIFY2(off.status == 200, qPrintable(off.describe()));
    QCOMPARE(off.object().value(QLatin1String("active")), QJsonValue(false));
    QCOMPARE(off.object().value(QLatin1String("name")).toString(), newName);

    // Inactive locations stay in the list (old orders refer to them), marked inactive.
    const TestUser operatorUser = m_fx.newUser(QStringLiteral("operator"));
    const auto list = m_fx.api().get(kLocations, operatorUser.token);
    bool found = false;
    for (const auto &value : list.array()) {
        if (value.toObject().value(QLatin1String("id")).toInteger() == id) {
            found = true;
            QCOMPARE(value.toObject().value(QLatin1String("active")), QJsonValue(false));
        }
    }
    QVERIFY(found);

    const auto on = patch(id, {{QStringLiteral("active"), true}});
    QCOMPARE(on.object().value(QLatin1String("active")), QJsonValue(true));
    const auto nothing = patch(id, {});
    QVERIFY2(nothing.status == 200, qPrintable(nothing.describe()));
    QCOMPARE(nothing.object(), on.object());
}

void TestLocationsApi::updateRejectsBadInput_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<int>("status");
    QTest::newRow("name blank") << QStringLiteral("name") << QJsonValue(QStringLiteral(" ")) << 422;
    QTest::newRow("name too long") << QStringLiteral("name") << QJsonValue(QString(101, QLatin1Char('n'))) << 422;
    QTest::newRow("name null") << QStringLiteral("name") << QJsonValue(QJsonValue::Null) << 400;
    QTest::newRow("name number") << QStringLiteral("name") << QJsonValue(1) << 400;
    QTest::newRow("active string") << QStringLiteral("active") << QJsonValue(QStringLiteral("yes")) << 400;
    QTest::newRow("active null") << QStringLiteral("active") << QJsonValue(QJsonValue::Null) << 400;
    QTest::newRow("active number") << QStringLiteral("active") << QJsonValue(0) << 400;
}

void TestLocationsApi::updateRejectsBadInput()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(int, status);
    const QString name = ServerFixture::uniqueName(QStringLiteral("Stays"));
    const qint64 id = createId(name);
    QVERIFY(id > 0);
    const auto response = patch(id, {{field, value}});
    QVERIFY2(response.status == status, qPrintable(response.describe()));
    QCOMPARE(response.errorCode(), status == 400 ? QStringLiteral("bad_request") : QStringLiteral("validation_failed"));
    QVERIFY2(response.errorFields().contains(field), qPrintable(response.describe()));
    const auto row = m_fx.sql(QStringLiteral("SELECT name, active FROM locations WHERE id = %1").arg(id));
    QCOMPARE(row.value(0, 0), name);
    QCOMPARE(row.value(0, 1), QStringLiteral("t"));
}

void TestLocationsApi::updateOfUnknownLocationIsNotFound()
{
    const auto response = patch(987654, named(QStringLiteral("Nowhere")));
    QVERIFY2(response.status == 404, qPrintable(response.describe()));
    QCOMPARE(response.errorCode(), QStringLiteral("not_found"));
    QCOMPARE(patch(987654, {{QStringLiteral("active"), false}}).status, 404);
}

void TestLocationsApi::changesAreAudited()
{
    const QString name = ServerFixture::uniqueName(QStringLiteral("Audited"));
    const qint64 id = createId(name);
    QVERIFY(id > 0);
    QCOMPARE(patch(id, {{QStringLiteral("active"), false}}).status, 200);
    QCOMPARE(patch(id, {{QStringLiteral("active"), false}}).status, 200); // no change, no entry

    const auto audit = m_fx.api().get(QStringLiteral("/audit?limit=500"), m_fx.adminToken());
    QVERIFY2(audit.status == 200, qPrintable(audit.describe()));
    QList<QJsonObject> ours;
    for (const auto &value : audit.object().value(QLatin1String("items")).toArray()) {
        if (value.toObject().value(QLatin1String("target")).toString() == QStringLiteral("location:%1").arg(id))
            ours.prepend(value.toObject()); // the list is newest first
    }
    QCOMPARE(ours.size(), 2);
    QCOMPARE(ours[0].value(QLatin1String("action")).toString(), QStringLiteral("location_created"));
    QCOMPARE(ours[0].value(QLatin1String("details")).toObject().value(QLatin1String("name")).toString(), name);
    QCOMPARE(ours[1].value(QLatin1String("action")).toString(), QStringLiteral("location_updated"));
    QCOMPARE(ours[1].value(QLatin1String("details")).toObject().value(QLatin1String("changed")).toArray(),
             (QJsonArray{QStringLiteral("active")}));
    const auto admin =
        m_fx.sql(QStringLiteral("SELECT id FROM users WHERE login = '%1'").arg(ServerFixture::adminLogin()));
    QCOMPARE(ours[0].value(QLatin1String("user_id")).toInteger(), admin.scalar().toLongLong());
}

QTEST_GUILESS_MAIN(TestLocationsApi)
#include "tst_locations_api.moc"

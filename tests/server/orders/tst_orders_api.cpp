// POST/GET/PATCH /orders, history and the status workflow against the real server: validation,
// roles, the blacklist, filters and keyset pagination, versions, transitions and the busy rule.
#include "ServerFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>
#include <QUrl>

using namespace okna::test;

namespace {

QString orderPath(qint64 id, const QString &suffix = {})
{
    return QStringLiteral("/orders/%1%2").arg(id).arg(suffix);
}

qint64 idOf(const ApiResponse &response)
{
    return response.object().value(QLatin1String("id")).toInteger(-1);
}

QString str(const ApiResponse &response, const char *key)
{
    return response.object().value(QLatin1String(key)).toString();
}

// A fresh mobile number: tests do not see each other's blacklist entries or phone filters.
QString freshPhone()
{
    return QStringLiteral("+7912%1").arg(1000000 + QRandomGenerator::global()->bounded(9000000));
}

QString percent(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

// `text` as a form encoder writes it (URLSearchParams, urlencode, URLEncoder): every space as
// `space` ("+" or "%20"), everything else but letters, digits and "-._~" as %XX ("+" is "%2B").
QString formEncoded(const QString &text, const QString &space)
{
    return percent(text).replace(QStringLiteral("%20"), space);
}

} // namespace

class TestOrdersApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void createReturnsNewOrder();
    void createNormalisesPhone_data();
    void createNormalisesPhone();
    void createRejectsBadInput_data();
    void createRejectsBadInput();
    void createWithWrongTypesIsBadRequest();
    void numbersIncrease();
    void rolesOnCreateAndRead();
    void blacklistedPhone();
    void readAndHistory();
    void masterSeesOnlyHisOrders();
    void listFilters();
    void listRejectsBadFilters_data();
    void listRejectsBadFilters();
    void listReadsQueriesByTheFormRule_data();
    void listReadsQueriesByTheFormRule();
    void paginationIsKeysetAndStable();
    void searchReachesPastTheNewestOrders();
    void searchSeesEveryCommittedChange();
    void patchEditsClientFields();
    void patchRules();
    void workflowToDone();
    void invalidTransitions();
    void transitionRoles();
    void refuseNeedsReasonAndIsAudited();
    void assignChecksTheMaster();
    void busyMasterIsRefused();
    void reassignIsAuditedAndFreesOldMaster();
    // Last: it restarts PostgreSQL.
    void createRightAfterAPostgresRestart();

private:
    QJsonObject orderBody(const QString &phone = {}) const
    {
        return {{QStringLiteral("client_name"), QStringLiteral("Ника Дмитриевна")},
                {QStringLiteral("phone"), phone.isEmpty() ? freshPhone() : phone},
                {QStringLiteral("address"), QStringLiteral("ул. Белорусская, д. 34, кв. 3")},
                {QStringLiteral("location_id"), m_locationId},
                {QStringLiteral("comment"), QStringLiteral("Продувает окно")}};
    }
    ApiResponse create(const QJsonObject &body, const QString &token = {})
    {
        return m_fx.api().post(QStringLiteral("/orders"), body, token.isEmpty() ? m_operator.token : token);
    }
    qint64 createId(const QJsonObject &body)
    {
        const auto created = create(body);
        return created.status == 201 ? idOf(created) : -1;
    }
    qint64 newLocation()
    {
        const auto created =
            m_fx.api().post(QStringLiteral("/locations"),
                            QJsonObject{{QStringLiteral("name"), ServerFixture::uniqueName(QStringLiteral("Район"))}},
                            m_fx.adminToken());
        return created.status == 201 ? idOf(created) : -1;
    }
    ApiResponse act(qint64 id, const QString &action, const QString &token, const QJsonObject &body = {})
    {
        return m_fx.api().post(orderPath(id, QLatin1Char('/') + action), body, token);
    }
    ApiResponse assign(qint64 id, qint64 masterId, const QString &token = {})
    {
        return act(id, QStringLiteral("assign"), token.isEmpty() ? m_coordinator.token : token,
                   {{QStringLiteral("master_id"), masterId}});
    }
    // GET /health's search_index: "ready" when q is answered from memory.
    QString searchIndexState()
    {
        return m_fx.api().get(QStringLiteral("/health")).object().value(QLatin1String("search_index")).toString();
    }
    QList<qint64> listIds(const QString &query, const QString &token = {})
    {
        const auto listed =
            m_fx.api().get(QStringLiteral("/orders?") + query, token.isEmpty() ? m_coordinator.token : token);
        QList<qint64> ids;
        for (const auto &item : listed.object().value(QLatin1String("items")).toArray())
            ids << item.toObject().value(QLatin1String("id")).toInteger();
        return ids;
    }
    int auditCount(const QString &action, qint64 orderId)
    {
        return m_fx
            .sql(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = '%1' AND target = 'order:%2'")
                     .arg(action)
                     .arg(orderId))
            .scalar()
            .toInt();
    }

    ServerFixture m_fx;
    TestUser m_operator;
    TestUser m_coordinator;
    TestUser m_master;
    TestUser m_otherMaster;
    qint64 m_locationId = -1;
};

void TestOrdersApi::initTestCase()
{
    QVERIFY2(m_fx.start(), qPrintable(m_fx.errorString()));
    m_operator = m_fx.newUser(QStringLiteral("operator"));
    m_coordinator = m_fx.newUser(QStringLiteral("coordinator"));
    m_master = m_fx.newUser(QStringLiteral("master"));
    m_otherMaster = m_fx.newUser(QStringLiteral("master"));
    for (const TestUser *user : {&m_operator, &m_coordinator, &m_master, &m_otherMaster})
        QVERIFY2(user->isValid(), qPrintable(user->error));
    m_locationId = newLocation();
    QVERIFY(m_locationId > 0);
}

void TestOrdersApi::cleanup()
{
    m_fx.printServerLogIfTestFailed();
}

void TestOrdersApi::createReturnsNewOrder()
{
    const QString phone = freshPhone();
    const auto created = create(orderBody(phone));
    QCOMPARE(created.status, 201);
    const QJsonObject order = created.object();
    QVERIFY(order.value(QLatin1String("id")).toInteger() > 0);
    QVERIFY(order.value(QLatin1String("number")).toInteger() > 0);
    QCOMPARE(order.value(QLatin1String("status")).toString(), QStringLiteral("new"));
    QCOMPARE(order.value(QLatin1String("client_name")).toString(), QStringLiteral("Ника Дмитриевна"));
    QCOMPARE(order.value(QLatin1String("phone")).toString(), phone);
    QCOMPARE(order.value(QLatin1String("location_id")).toInteger(), m_locationId);
    QCOMPARE(order.value(QLatin1String("comment")).toString(), QStringLiteral("Продувает окно"));
    QVERIFY(order.value(QLatin1String("master_id")).isNull());
    QCOMPARE(order.value(QLatin1String("created_by")).toInteger(), m_operator.id);
    QCOMPARE(order.value(QLatin1String("version")).toInteger(), 1);
    // Business time zone (Europe/Moscow by default): the offset is written out.
    QVERIFY2(order.value(QLatin1String("created_at")).toString().endsWith(QLatin1String("+03:00")),
             qPrintable(order.value(QLatin1String("created_at")).toString()));
    QVERIFY(!order.value(QLatin1String("updated_at")).toString().isEmpty());
    for (const char *key : {"assigned_at", "started_at", "completed_at", "refused_at", "refuse_reason"})
        QVERIFY2(order.value(QLatin1String(key)).isNull(), key);
    QVERIFY(order.contains(QLatin1String("refuse_reason")));

    // Text is trimmed; comment is optional.
    QJsonObject body = orderBody();
    body.insert(QStringLiteral("client_name"), QStringLiteral("  Пётр  "));
    body.remove(QStringLiteral("comment"));
    const auto trimmed = create(body);
    QCOMPARE(trimmed.status, 201);
    QCOMPARE(str(trimmed, "client_name"), QStringLiteral("Пётр"));
    QCOMPARE(str(trimmed, "comment"), QString());
}

void TestOrdersApi::createNormalisesPhone_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("international") << QStringLiteral("+7 (912) 345-67-89");
    QTest::newRow("eight spaced") << QStringLiteral("8 912 345 67 89");
    QTest::newRow("eight") << QStringLiteral("89123456789");
    QTest::newRow("ten digits") << QStringLiteral("9123456789");
}

void TestOrdersApi::createNormalisesPhone()
{
    QFETCH(QString, input);
    const auto created = create(orderBody(input));
    QVERIFY2(created.status == 201, qPrintable(created.describe()));
    QCOMPARE(str(created, "phone"), QStringLiteral("+79123456789"));
}

void TestOrdersApi::createRejectsBadInput_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value"); // undefined: the field is left out

    QTest::newRow("client_name missing") << QStringLiteral("client_name") << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("client_name blank") << QStringLiteral("client_name") << QJsonValue(QStringLiteral("   "));
    QTest::newRow("client_name too long")
        << QStringLiteral("client_name") << QJsonValue(QString(201, QLatin1Char('x')));
    QTest::newRow("address missing") << QStringLiteral("address") << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("address blank") << QStringLiteral("address") << QJsonValue(QString());
    QTest::newRow("address too long") << QStringLiteral("address") << QJsonValue(QString(301, QLatin1Char('x')));
    QTest::newRow("comment too long") << QStringLiteral("comment") << QJsonValue(QString(2001, QLatin1Char('x')));
    QTest::newRow("phone missing") << QStringLiteral("phone") << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("phone garbage") << QStringLiteral("phone") << QJsonValue(QStringLiteral("12345"));
    QTest::newRow("phone letters") << QStringLiteral("phone") << QJsonValue(QStringLiteral("позвоните мне"));
    QTest::newRow("location missing") << QStringLiteral("location_id") << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("location unknown") << QStringLiteral("location_id") << QJsonValue(987654321);
    QTest::newRow("location zero") << QStringLiteral("location_id") << QJsonValue(0);
}

void TestOrdersApi::createRejectsBadInput()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QJsonObject body = orderBody();
    if (value.isUndefined())
        body.remove(field);
    else
        body.insert(field, value);
    const QString before = m_fx.sql(QStringLiteral("SELECT count(*) FROM orders")).scalar();
    const auto created = create(body);
    QVERIFY2(created.status == 422, qPrintable(created.describe()));
    QCOMPARE(created.errorCode(), QStringLiteral("validation_failed"));
    QVERIFY2(created.errorFields().contains(field), qPrintable(created.describe()));
    QCOMPARE(m_fx.sql(QStringLiteral("SELECT count(*) FROM orders")).scalar(), before);
}

void TestOrdersApi::createWithWrongTypesIsBadRequest()
{
    QJsonObject body = orderBody();
    body.insert(QStringLiteral("location_id"), QStringLiteral("two"));
    QCOMPARE(create(body).status, 400);
    body = orderBody();
    body.insert(QStringLiteral("override_blacklist"), QStringLiteral("yes"));
    QCOMPARE(create(body).status, 400);
    const auto malformed =
        m_fx.api().post(QStringLiteral("/orders"), QByteArray("{\"client_name\":"), m_operator.token);
    QCOMPARE(malformed.status, 400);
    QCOMPARE(malformed.errorCode(), QStringLiteral("bad_request"));

    // An inactive location takes no new orders.
    const qint64 closed = newLocation();
    QCOMPARE(
        m_fx.api()
            .patch(QStringLiteral("/locations/%1").arg(closed), {{QStringLiteral("active"), false}}, m_fx.adminToken())
            .status,
        200);
    body = orderBody();
    body.insert(QStringLiteral("location_id"), closed);
    const auto inactive = create(body);
    QCOMPARE(inactive.status, 422);
    QVERIFY(inactive.errorFields().contains(QStringLiteral("location_id")));
}

void TestOrdersApi::numbersIncrease()
{
    qint64 previous = 0;
    QSet<qint64> seen;
    for (int i = 0; i < 5; ++i) {
        const auto created = create(orderBody());
        QCOMPARE(created.status, 201);
        const qint64 number = created.object().value(QLatin1String("number")).toInteger();
        QVERIFY(number > previous);
        QVERIFY(!seen.contains(number));
        seen.insert(number);
        previous = number;
    }
}

void TestOrdersApi::rolesOnCreateAndRead()
{
    QCOMPARE(create(orderBody(), m_master.token).status, 403);
    QCOMPARE(create(orderBody(), m_coordinator.token).status, 201);
    QCOMPARE(create(orderBody(), m_fx.adminToken()).status, 201);
    QCOMPARE(m_fx.api().get(QStringLiteral("/orders"), QString()).status, 401);
    QCOMPARE(m_fx.api().get(QStringLiteral("/orders"), m_operator.token).status, 200);
    QCOMPARE(m_fx.api().get(QStringLiteral("/orders"), m_master.token).status, 200);
    QCOMPARE(m_fx.api().get(orderPath(987654321), m_operator.token).status, 404);
}

void TestOrdersApi::blacklistedPhone()
{
    const QString phone = freshPhone();
    const auto listed = m_fx.api().post(
        QStringLiteral("/blacklist"),
        {{QStringLiteral("phone"), phone}, {QStringLiteral("reason"), QStringLiteral("Не платит за работу")}},
        m_coordinator.token);
    QCOMPARE(listed.status, 201);

    const QString before = m_fx.sql(QStringLiteral("SELECT count(*) FROM orders")).scalar();
    const auto refused = create(orderBody(phone));
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.errorCode(), QStringLiteral("client_blacklisted"));
    QVERIFY2(refused.errorMessage().contains(QStringLiteral("Не платит за работу")), qPrintable(refused.describe()));

    // An operator may not override; the number is the same in another spelling.
    QJsonObject body = orderBody(QStringLiteral("8") + phone.mid(2));
    body.insert(QStringLiteral("override_blacklist"), true);
    const auto operatorOverride = create(body);
    QCOMPARE(operatorOverride.status, 409);
    QCOMPARE(operatorOverride.errorCode(), QStringLiteral("client_blacklisted"));
    QCOMPARE(m_fx.sql(QStringLiteral("SELECT count(*) FROM orders")).scalar(), before);

    // A coordinator may, and it is audited.
    const auto overridden = create(body, m_coordinator.token);
    QCOMPARE(overridden.status, 201);
    QCOMPARE(str(overridden, "phone"), phone);
    QCOMPARE(auditCount(QStringLiteral("blacklist_overridden"), idOf(overridden)), 1);
    const auto details =
        m_fx.sql(QStringLiteral("SELECT details->>'phone', details->>'reason', details->>'number', user_id, ip "
                                "FROM audit_log WHERE action = 'blacklist_overridden' AND target = 'order:%1'")
                     .arg(idOf(overridden)));
    QCOMPARE(details.rows.value(0).value(0), phone);
    QCOMPARE(details.rows.value(0).value(1), QStringLiteral("Не платит за работу"));
    QCOMPARE(details.rows.value(0).value(2),
             QString::number(overridden.object().value(QLatin1String("number")).toInteger()));
    QCOMPARE(details.rows.value(0).value(3), QString::number(m_coordinator.id));
    QVERIFY(!details.rows.value(0).value(4).isEmpty());
    // The flag on a phone that is not blacklisted overrides nothing: no audit.
    QJsonObject clean = orderBody();
    clean.insert(QStringLiteral("override_blacklist"), true);
    const auto notOverridden = create(clean, m_coordinator.token);
    QCOMPARE(notOverridden.status, 201);
    QCOMPARE(auditCount(QStringLiteral("blacklist_overridden"), idOf(notOverridden)), 0);
    // Without the flag even a coordinator is stopped.
    QCOMPARE(create(orderBody(phone), m_coordinator.token).errorCode(), QStringLiteral("client_blacklisted"));
}

void TestOrdersApi::readAndHistory()
{
    const auto created = create(orderBody());
    const qint64 id = idOf(created);
    const auto read = m_fx.api().get(orderPath(id), m_operator.token);
    QCOMPARE(read.status, 200);
    QCOMPARE(read.object(), created.object());

    QCOMPARE(assign(id, m_master.id).status, 200);
    QCOMPARE(act(id, QStringLiteral("start"), m_master.token).status, 200);
    QCOMPARE(act(id, QStringLiteral("complete"), m_master.token).status, 200);

    const auto history = m_fx.api().get(orderPath(id, QStringLiteral("/history")), m_coordinator.token);
    QCOMPARE(history.status, 200);
    const QJsonArray entries = history.array();
    QCOMPARE(entries.size(), 4);
    const QStringList expected{QStringLiteral("created"), QStringLiteral("assigned"), QStringLiteral("started"),
                               QStringLiteral("completed")};
    for (int i = 0; i < entries.size(); ++i) {
        const QJsonObject entry = entries.at(i).toObject();
        QCOMPARE(entry.value(QLatin1String("action")).toString(), expected.at(i));
        QVERIFY(!entry.value(QLatin1String("at")).toString().isEmpty());
        QVERIFY(entry.value(QLatin1String("changes")).isObject());
    }
    const QJsonObject first = entries.at(0).toObject();
    QCOMPARE(first.value(QLatin1String("user_id")).toInteger(), m_operator.id);
    QCOMPARE(first.value(QLatin1String("user_name")).toString(), m_operator.fullName);
    QCOMPARE(first.value(QLatin1String("changes")).toObject().value(QLatin1String("status")).toArray(),
             (QJsonArray{QJsonValue(), QStringLiteral("new")}));
    const QJsonObject assigned = entries.at(1).toObject().value(QLatin1String("changes")).toObject();
    QCOMPARE(assigned.value(QLatin1String("status")).toArray(),
             (QJsonArray{QStringLiteral("new"), QStringLiteral("assigned")}));
    QCOMPARE(assigned.value(QLatin1String("master_id")).toArray(), (QJsonArray{QJsonValue(), m_master.id}));
    QCOMPARE(entries.at(2).toObject().value(QLatin1String("user_id")).toInteger(), m_master.id);
    QCOMPARE(entries.at(2).toObject().value(QLatin1String("user_name")).toString(), m_master.fullName);

    QCOMPARE(m_fx.api().get(orderPath(987654321, QStringLiteral("/history")), m_operator.token).status, 404);
    QCOMPARE(m_fx.api().get(orderPath(id, QStringLiteral("/history")), m_otherMaster.token).status, 403);
    QCOMPARE(m_fx.api().get(orderPath(id, QStringLiteral("/history")), m_master.token).status, 200);
}

void TestOrdersApi::masterSeesOnlyHisOrders()
{
    const TestUser master = m_fx.newUser(QStringLiteral("master"));
    QVERIFY(master.isValid());
    const qint64 his = createId(orderBody());
    const qint64 other = createId(orderBody());
    QCOMPARE(assign(his, master.id).status, 200);

    QCOMPARE(m_fx.api().get(orderPath(his), master.token).status, 200);
    const auto foreign = m_fx.api().get(orderPath(other), master.token);
    QCOMPARE(foreign.status, 403);
    QCOMPARE(foreign.errorCode(), QStringLiteral("forbidden"));
    QCOMPARE(listIds(QString(), master.token), QList<qint64>{his});
    QCOMPARE(listIds(QStringLiteral("master_id=%1").arg(m_master.id), master.token), QList<qint64>{});
    QCOMPARE(listIds(QStringLiteral("status=new"), master.token), QList<qint64>{});
}

void TestOrdersApi::listFilters()
{
    const qint64 location = newLocation();
    const auto body = [&](const QString &name, const QString &phone, const QString &address) {
        QJsonObject order = orderBody(phone);
        order.insert(QStringLiteral("location_id"), location);
        order.insert(QStringLiteral("client_name"), name);
        order.insert(QStringLiteral("address"), address);
        return order;
    };
    const QString phoneA = freshPhone();
    const auto a = create(body(QStringLiteral("Зиновий Тестовый"), phoneA, QStringLiteral("ул. Ромашковая, д. 1")));
    const qint64 idA = idOf(a);
    const qint64 idB =
        createId(body(QStringLiteral("Анфиса Проверкина"), freshPhone(), QStringLiteral("пер. Васильковый, д. 7")));
    const qint64 idC =
        createId(body(QStringLiteral("Евлампий Проверкин"), phoneA, QStringLiteral("ул. Ромашковая, д. 9")));
    QVERIFY(idA > 0 && idB > 0 && idC > 0);
    QCOMPARE(assign(idB, m_otherMaster.id).status, 200);
    const QString loc = QStringLiteral("location_id=%1").arg(location);

    QCOMPARE(listIds(loc), (QList<qint64>{idC, idB, idA})); // newest first
    QCOMPARE(listIds(loc + QStringLiteral("&status=new")), (QList<qint64>{idC, idA}));
    QCOMPARE(listIds(loc + QStringLiteral("&status=assigned,in_progress")), (QList<qint64>{idB}));
    QCOMPARE(listIds(loc + QStringLiteral("&master_id=%1").arg(m_otherMaster.id)), (QList<qint64>{idB}));
    // phone: exact, any spelling.
    const QString eight = QStringLiteral("8 ") + phoneA.mid(2, 3) + QLatin1Char(' ') + phoneA.mid(5);
    QCOMPARE(listIds(QStringLiteral("phone=") + percent(eight)), (QList<qint64>{idC, idA}));
    QCOMPARE(listIds(QStringLiteral("phone=") + percent(phoneA)), (QList<qint64>{idC, idA}));
    // q: name, address, phone digits, number.
    QCOMPARE(listIds(loc + QStringLiteral("&q=") + percent(QStringLiteral("Проверкин"))), (QList<qint64>{idC, idB}));
    QCOMPARE(listIds(loc + QStringLiteral("&q=") + percent(QStringLiteral("Ромашков"))), (QList<qint64>{idC, idA}));
    QCOMPARE(listIds(QStringLiteral("q=") + percent(phoneA.mid(4))), (QList<qint64>{idC, idA}));
    const QString number = QString::number(a.object().value(QLatin1String("number")).toInteger());
    QVERIFY(listIds(QStringLiteral("q=") + number).contains(idA));
    QCOMPARE(listIds(loc + QStringLiteral("&q=") + percent(QStringLiteral("100%_"))), QList<qint64>{});
    // from/to on created_at.
    const QString createdA = str(a, "created_at");
    QCOMPARE(listIds(loc + QStringLiteral("&to=") + percent(createdA)), QList<qint64>{});
    QCOMPARE(listIds(loc + QStringLiteral("&from=") + percent(createdA)), (QList<qint64>{idC, idB, idA}));
    QCOMPARE(listIds(loc + QStringLiteral("&from=2000-01-01T00:00:00Z&to=2001-01-01T00:00:00%2B03:00")),
             QList<qint64>{});
    // limit and next_cursor.
    const auto limited = m_fx.api().get(QStringLiteral("/orders?limit=2&") + loc, m_coordinator.token);
    QCOMPARE(limited.object().value(QLatin1String("items")).toArray().size(), 2);
    const QString cursor = limited.object().value(QLatin1String("next_cursor")).toString();
    QVERIFY(!cursor.isEmpty());
    const auto rest = m_fx.api().get(QStringLiteral("/orders?limit=2&") + loc + QStringLiteral("&cursor=") + cursor,
                                     m_coordinator.token);
    QCOMPARE(rest.object().value(QLatin1String("items")).toArray().size(), 1);
    QVERIFY(rest.object().value(QLatin1String("next_cursor")).isNull());
    // Defaults and the cap.
    const auto all = m_fx.api().get(QStringLiteral("/orders?limit=100000"), m_coordinator.token);
    QCOMPARE(all.status, 200);
    QVERIFY(all.object().value(QLatin1String("items")).toArray().size() <= 500);
}

void TestOrdersApi::listReadsQueriesByTheFormRule_data()
{
    QTest::addColumn<QString>("space");
    QTest::newRow("space as +") << QStringLiteral("+");
    QTest::newRow("space as %20") << QStringLiteral("%20");
}

void TestOrdersApi::listReadsQueriesByTheFormRule()
{
    QFETCH(QString, space);
    const qint64 location = newLocation();
    const QString phone = freshPhone(); // +7912NNNNNNN
    const auto body = [&](const QString &address, const QString &orderPhone) {
        QJsonObject order = orderBody(orderPhone);
        order.insert(QStringLiteral("location_id"), location);
        order.insert(QStringLiteral("address"), address);
        return order;
    };
    const auto a = create(body(QStringLiteral("ул. Садовая, д. 7, кв. 3"), phone));
    const qint64 idA = idOf(a);
    const qint64 idB = createId(body(QStringLiteral("ул. Садовая, д. 9"), freshPhone()));
    QVERIFY(idA > 0 && idB > 0);
    const TestUser master = m_fx.newUser(QStringLiteral("master")); // free in every row
    QVERIFY2(master.isValid(), qPrintable(master.error));
    QCOMPARE(assign(idB, master.id).status, 200);
    const QString loc = QStringLiteral("location_id=%1").arg(location);

    // phone "+7 (912) NNN-NN-NN": the plus escaped, the spaces as the row says.
    const QString spoken = QStringLiteral("+7 (912) %1-%2-%3").arg(phone.mid(5, 3), phone.mid(8, 2), phone.mid(10, 2));
    QCOMPARE(listIds(QStringLiteral("phone=") + formEncoded(spoken, space)), QList<qint64>{idA});
    // q with a comma and spaces, the comma escaped and not.
    const QString street = QStringLiteral("Садовая, д. 7");
    QCOMPARE(listIds(loc + QStringLiteral("&q=") + formEncoded(street, space)), QList<qint64>{idA});
    QCOMPARE(listIds(loc + QStringLiteral("&q=") +
                     formEncoded(street, space).replace(QStringLiteral("%2C"), QStringLiteral(","))),
             QList<qint64>{idA});
    // The other filters with spaces around their values.
    QCOMPARE(listIds(loc + QStringLiteral("&status=new,") + space + QStringLiteral("in_progress")), QList<qint64>{idA});
    QCOMPARE(listIds(QStringLiteral("location_id=") + space + QString::number(location) + space),
             (QList<qint64>{idB, idA}));
    QCOMPARE(listIds(loc + QStringLiteral("&master_id=") + space + QString::number(master.id)), QList<qint64>{idB});
    // from/to: the offset's plus escaped ("%2B"), or bare as the contract writes timestamps.
    const QString createdA = str(a, "created_at");
    QVERIFY(createdA.contains(QLatin1Char('+')));
    QCOMPARE(listIds(loc + QStringLiteral("&from=") + formEncoded(createdA, space)), (QList<qint64>{idB, idA}));
    QCOMPARE(listIds(loc + QStringLiteral("&to=") + formEncoded(createdA, space)), QList<qint64>{});
    QCOMPARE(listIds(loc + QStringLiteral("&from=") + createdA), (QList<qint64>{idB, idA}));
    QCOMPARE(listIds(loc + QStringLiteral("&from=2000-01-01T00:00:00") + space +
                     QStringLiteral("03:00&to=2001-01-01T00:00:00+03:00")),
             QList<qint64>{});
    // The cursor survives the round trip plain and with every character escaped.
    const auto first = m_fx.api().get(QStringLiteral("/orders?limit=1&") + loc, m_coordinator.token);
    const QString cursor = first.object().value(QLatin1String("next_cursor")).toString();
    QVERIFY(!cursor.isEmpty());
    QString escaped;
    for (const char c : cursor.toLatin1())
        escaped += QStringLiteral("%%1").arg(int(uchar(c)), 2, 16, QLatin1Char('0')).toUpper();
    QCOMPARE(listIds(QStringLiteral("limit=1&") + loc + QStringLiteral("&cursor=") + cursor), QList<qint64>{idA});
    QCOMPARE(listIds(QStringLiteral("limit=1&") + loc + QStringLiteral("&cursor=") + escaped), QList<qint64>{idA});
    // A literal "+" in a phone is a space by the rule: "+7..." sent bare is " 7...", which
    // libphonenumber reads as a Russian number without its prefix: still the same phone.
    QCOMPARE(listIds(QStringLiteral("phone=") + phone), QList<qint64>{idA});
}

void TestOrdersApi::listRejectsBadFilters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::newRow("unknown status") << QStringLiteral("status=new,lost") << 400;
    QTest::newRow("master_id text") << QStringLiteral("master_id=abc") << 400;
    QTest::newRow("location_id negative") << QStringLiteral("location_id=-1") << 400;
    QTest::newRow("from without offset") << QStringLiteral("from=2026-01-01T00:00:00") << 400;
    QTest::newRow("to garbage") << QStringLiteral("to=yesterday") << 400;
    QTest::newRow("limit zero") << QStringLiteral("limit=0") << 400;
    QTest::newRow("cursor garbage") << QStringLiteral("cursor=not-a-cursor!") << 400;
    QTest::newRow("phone invalid") << QStringLiteral("phone=123") << 422;
}

void TestOrdersApi::listRejectsBadFilters()
{
    QFETCH(QString, query);
    QFETCH(int, status);
    const auto listed = m_fx.api().get(QStringLiteral("/orders?") + query, m_coordinator.token);
    QVERIFY2(listed.status == status, qPrintable(listed.describe()));
}

void TestOrdersApi::paginationIsKeysetAndStable()
{
    const qint64 location = newLocation();
    QJsonObject body = orderBody();
    body.insert(QStringLiteral("location_id"), location);
    QList<qint64> existing;
    for (int i = 0; i < 23; ++i)
        existing.prepend(createId(body));
    QVERIFY(!existing.contains(-1));

    // Page through while new orders keep arriving: the ones that existed come exactly once, in order.
    QList<qint64> seen;
    QString cursor;
    for (int page = 0; page < 20; ++page) {
        QString path = QStringLiteral("/orders?limit=5&location_id=%1").arg(location);
        if (!cursor.isEmpty())
            path += QStringLiteral("&cursor=") + cursor;
        const auto listed = m_fx.api().get(path, m_coordinator.token);
        QCOMPARE(listed.status, 200);
        for (const auto &item : listed.object().value(QLatin1String("items")).toArray())
            seen << item.toObject().value(QLatin1String("id")).toInteger();
        QVERIFY(createId(body) > 0);
        QVERIFY(createId(body) > 0);
        const QJsonValue next = listed.object().value(QLatin1String("next_cursor"));
        if (next.isNull())
            break;
        cursor = next.toString();
    }
    QCOMPARE(seen, existing);
}

void TestOrdersApi::patchEditsClientFields()
{
    const auto created = create(orderBody());
    const qint64 id = idOf(created);
    const QString phone = freshPhone();
    const auto patched = m_fx.api().patch(orderPath(id),
                                          {{QStringLiteral("version"), 1},
                                           {QStringLiteral("client_name"), QStringLiteral("Ника Петровна")},
                                           {QStringLiteral("phone"), QString(QStringLiteral("8") + phone.mid(2))}},
                                          m_operator.token);
    QVERIFY2(patched.status == 200, qPrintable(patched.describe()));
    QCOMPARE(patched.object().value(QLatin1String("version")).toInteger(), 2);
    QCOMPARE(str(patched, "client_name"), QStringLiteral("Ника Петровна"));
    QCOMPARE(str(patched, "phone"), phone);
    QCOMPARE(str(patched, "address"), str(created, "address"));

    const auto history = m_fx.api().get(orderPath(id, QStringLiteral("/history")), m_operator.token).array();
    QCOMPARE(history.size(), 2);
    const QJsonObject entry = history.at(1).toObject();
    QCOMPARE(entry.value(QLatin1String("action")).toString(), QStringLiteral("updated"));
    const QJsonObject changes = entry.value(QLatin1String("changes")).toObject();
    QCOMPARE(changes.value(QLatin1String("client_name")).toArray(),
             (QJsonArray{QStringLiteral("Ника Дмитриевна"), QStringLiteral("Ника Петровна")}));
    QCOMPARE(changes.value(QLatin1String("phone")).toArray(), (QJsonArray{str(created, "phone"), phone}));
    QVERIFY(!changes.contains(QLatin1String("address")));

    // Stale version: 409 and nothing changes.
    const auto stale = m_fx.api().patch(
        orderPath(id), {{QStringLiteral("version"), 1}, {QStringLiteral("address"), QStringLiteral("Другой")}},
        m_coordinator.token);
    QCOMPARE(stale.status, 409);
    QCOMPARE(stale.errorCode(), QStringLiteral("version_conflict"));
    const auto read = m_fx.api().get(orderPath(id), m_operator.token);
    QCOMPARE(read.object(), patched.object());
}

void TestOrdersApi::patchRules()
{
    const qint64 id = createId(orderBody());
    const auto patch = [&](const QJsonObject &body, const QString &token) {
        return m_fx.api().patch(orderPath(id), body, token);
    };
    QCOMPARE(patch({{QStringLiteral("version"), 1}, {QStringLiteral("comment"), QStringLiteral("x")}}, m_master.token)
                 .status,
             403);
    const auto missingVersion = patch({{QStringLiteral("comment"), QStringLiteral("x")}}, m_operator.token);
    QCOMPARE(missingVersion.status, 422);
    QVERIFY(missingVersion.errorFields().contains(QStringLiteral("version")));
    const auto badPhone =
        patch({{QStringLiteral("version"), 1}, {QStringLiteral("phone"), QStringLiteral("1")}}, m_operator.token);
    QCOMPARE(badPhone.status, 422);
    QVERIFY(badPhone.errorFields().contains(QStringLiteral("phone")));
    const auto blankName =
        patch({{QStringLiteral("version"), 1}, {QStringLiteral("client_name"), QStringLiteral(" ")}}, m_operator.token);
    QCOMPARE(blankName.status, 422);
    const auto badLocation =
        patch({{QStringLiteral("version"), 1}, {QStringLiteral("location_id"), 987654321}}, m_operator.token);
    QCOMPARE(badLocation.status, 422);
    QVERIFY(badLocation.errorFields().contains(QStringLiteral("location_id")));
    QCOMPARE(
        patch({{QStringLiteral("version"), 1}, {QStringLiteral("address"), QJsonValue()}}, m_operator.token).status,
        400);
    QCOMPARE(m_fx.api().patch(orderPath(987654321), {{QStringLiteral("version"), 1}}, m_operator.token).status, 404);

    // In an assigned order still editable; once started, not any more.
    QCOMPARE(assign(id, m_master.id).status, 200);
    QCOMPARE(patch({{QStringLiteral("version"), 2}, {QStringLiteral("comment"), QStringLiteral("Домофон 12")}},
                   m_operator.token)
                 .status,
             200);
    QCOMPARE(act(id, QStringLiteral("start"), m_master.token).status, 200);
    const auto late = patch({{QStringLiteral("version"), 4}, {QStringLiteral("comment"), QStringLiteral("поздно")}},
                            m_operator.token);
    QCOMPARE(late.status, 409);
    QCOMPARE(late.errorCode(), QStringLiteral("invalid_transition"));
    QCOMPARE(act(id, QStringLiteral("complete"), m_master.token).status, 200);
}

void TestOrdersApi::workflowToDone()
{
    const qint64 id = createId(orderBody());
    const auto assigned = assign(id, m_master.id);
    QCOMPARE(assigned.status, 200);
    QCOMPARE(str(assigned, "status"), QStringLiteral("assigned"));
    QCOMPARE(assigned.object().value(QLatin1String("master_id")).toInteger(), m_master.id);
    QVERIFY(!str(assigned, "assigned_at").isEmpty());
    QCOMPARE(assigned.object().value(QLatin1String("version")).toInteger(), 2);

    const auto unassigned = act(id, QStringLiteral("unassign"), m_coordinator.token);
    QCOMPARE(str(unassigned, "status"), QStringLiteral("new"));
    QVERIFY(unassigned.object().value(QLatin1String("master_id")).isNull());
    QCOMPARE(unassigned.object().value(QLatin1String("version")).toInteger(), 3);

    QCOMPARE(assign(id, m_master.id).status, 200);
    const auto started = act(id, QStringLiteral("start"), m_master.token);
    QCOMPARE(str(started, "status"), QStringLiteral("in_progress"));
    QVERIFY(!str(started, "started_at").isEmpty());
    const auto done = act(id, QStringLiteral("complete"), m_coordinator.token);
    QCOMPARE(done.status, 200);
    QCOMPARE(str(done, "status"), QStringLiteral("done"));
    QVERIFY(!str(done, "completed_at").isEmpty());
    QCOMPARE(done.object().value(QLatin1String("version")).toInteger(), 6);
    QCOMPARE(done.object().value(QLatin1String("master_id")).toInteger(), m_master.id);
    QVERIFY(str(done, "updated_at") >= str(done, "created_at"));
}

void TestOrdersApi::invalidTransitions()
{
    const TestUser master = m_fx.newUser(QStringLiteral("master"));
    const qint64 id = createId(orderBody());
    for (const char *action : {"unassign", "start", "complete"}) {
        const auto refused = act(id, QLatin1String(action), m_coordinator.token);
        QCOMPARE(refused.status, 409);
        QCOMPARE(refused.errorCode(), QStringLiteral("invalid_transition"));
    }
    QCOMPARE(assign(id, master.id).status, 200);
    QCOMPARE(act(id, QStringLiteral("complete"), m_coordinator.token).errorCode(),
             QStringLiteral("invalid_transition"));
    QCOMPARE(act(id, QStringLiteral("start"), m_coordinator.token).status, 200);
    QCOMPARE(assign(id, m_master.id).errorCode(), QStringLiteral("invalid_transition"));
    QCOMPARE(act(id, QStringLiteral("unassign"), m_coordinator.token).errorCode(),
             QStringLiteral("invalid_transition"));
    QCOMPARE(act(id, QStringLiteral("complete"), m_coordinator.token).status, 200);
    for (const char *action : {"unassign", "start", "complete"})
        QCOMPARE(act(id, QLatin1String(action), m_coordinator.token).errorCode(), QStringLiteral("invalid_transition"));
    QCOMPARE(act(id, QStringLiteral("refuse"), m_coordinator.token, {{QStringLiteral("reason"), QStringLiteral("x")}})
                 .errorCode(),
             QStringLiteral("invalid_transition"));
    QCOMPARE(assign(id, m_master.id).errorCode(), QStringLiteral("invalid_transition"));
    QCOMPARE(act(987654321, QStringLiteral("start"), m_coordinator.token).status, 404);
}

void TestOrdersApi::transitionRoles()
{
    const qint64 id = createId(orderBody());
    QCOMPARE(assign(id, m_master.id, m_operator.token).status, 403);
    QCOMPARE(assign(id, m_master.id, m_master.token).status, 403);
    QCOMPARE(assign(id, m_master.id, m_fx.adminToken()).status, 200);
    QCOMPARE(act(id, QStringLiteral("unassign"), m_operator.token).status, 403);
    QCOMPARE(act(id, QStringLiteral("start"), m_operator.token).status, 403);
    // Another master may not touch it; its own master may.
    const auto foreign = act(id, QStringLiteral("start"), m_otherMaster.token);
    QCOMPARE(foreign.status, 403);
    QCOMPARE(foreign.errorCode(), QStringLiteral("forbidden"));
    QCOMPARE(
        act(id, QStringLiteral("refuse"), m_otherMaster.token, {{QStringLiteral("reason"), QStringLiteral("не моё")}})
            .status,
        403);
    QCOMPARE(act(id, QStringLiteral("start"), m_master.token).status, 200);
    QCOMPARE(act(id, QStringLiteral("complete"), m_otherMaster.token).status, 403);
    QCOMPARE(act(id, QStringLiteral("complete"), m_master.token).status, 200);
    // An operator may refuse.
    const qint64 second = createId(orderBody());
    QCOMPARE(act(second, QStringLiteral("refuse"), m_operator.token,
                 {{QStringLiteral("reason"), QStringLiteral("Клиент отменил")}})
                 .status,
             200);
}

void TestOrdersApi::refuseNeedsReasonAndIsAudited()
{
    const qint64 id = createId(orderBody());
    QCOMPARE(assign(id, m_master.id).status, 200);
    for (const QJsonObject &body : {QJsonObject{}, QJsonObject{{QStringLiteral("reason"), QStringLiteral("   ")}}}) {
        const auto refused = act(id, QStringLiteral("refuse"), m_master.token, body);
        QCOMPARE(refused.status, 422);
        QVERIFY(refused.errorFields().contains(QStringLiteral("reason")));
    }
    QCOMPARE(m_fx.api().get(orderPath(id), m_master.token).object().value(QLatin1String("status")).toString(),
             QStringLiteral("assigned"));
    const auto refused = act(id, QStringLiteral("refuse"), m_master.token,
                             {{QStringLiteral("reason"), QStringLiteral("  Клиент не открыл  ")}});
    QCOMPARE(refused.status, 200);
    QCOMPARE(str(refused, "status"), QStringLiteral("refused"));
    QCOMPARE(str(refused, "refuse_reason"), QStringLiteral("Клиент не открыл"));
    QVERIFY(!str(refused, "refused_at").isEmpty());
    QCOMPARE(refused.object().value(QLatin1String("master_id")).toInteger(), m_master.id);
    QCOMPARE(auditCount(QStringLiteral("order_refused"), id), 1);
    // The master is free again.
    const qint64 next = createId(orderBody());
    QCOMPARE(assign(next, m_master.id).status, 200);
    QCOMPARE(act(next, QStringLiteral("unassign"), m_coordinator.token).status, 200);
}

void TestOrdersApi::assignChecksTheMaster()
{
    const qint64 id = createId(orderBody());
    const auto notMaster = assign(id, m_operator.id);
    QCOMPARE(notMaster.status, 422);
    QVERIFY(notMaster.errorFields().contains(QStringLiteral("master_id")));
    QCOMPARE(assign(id, 987654321).status, 422);
    const auto missing = act(id, QStringLiteral("assign"), m_coordinator.token);
    QCOMPARE(missing.status, 422);
    QVERIFY(missing.errorFields().contains(QStringLiteral("master_id")));

    const TestUser retired = m_fx.newUser(QStringLiteral("master"));
    QCOMPARE(
        m_fx.api()
            .patch(QStringLiteral("/users/%1").arg(retired.id), {{QStringLiteral("active"), false}}, m_fx.adminToken())
            .status,
        200);
    const auto inactive = assign(id, retired.id);
    QCOMPARE(inactive.status, 422);
    QVERIFY(inactive.errorFields().contains(QStringLiteral("master_id")));
    QCOMPARE(m_fx.api().get(orderPath(id), m_operator.token).object().value(QLatin1String("version")).toInteger(), 1);
}

void TestOrdersApi::busyMasterIsRefused()
{
    const TestUser master = m_fx.newUser(QStringLiteral("master"));
    const qint64 first = createId(orderBody());
    const qint64 second = createId(orderBody());
    QCOMPARE(assign(first, master.id).status, 200);
    const auto busy = assign(second, master.id);
    QCOMPARE(busy.status, 409);
    QCOMPARE(busy.errorCode(), QStringLiteral("master_busy"));
    QCOMPARE(m_fx.api().get(orderPath(second), m_operator.token).object().value(QLatin1String("status")).toString(),
             QStringLiteral("new"));
    // Still busy while in progress; free once done.
    QCOMPARE(act(first, QStringLiteral("start"), master.token).status, 200);
    QCOMPARE(assign(second, master.id).errorCode(), QStringLiteral("master_busy"));
    QCOMPARE(act(first, QStringLiteral("complete"), master.token).status, 200);
    QCOMPARE(assign(second, master.id).status, 200);
    // Assigning the same order to the same master again changes nothing.
    const auto again = assign(second, master.id);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.object().value(QLatin1String("version")).toInteger(), 2);
}

void TestOrdersApi::reassignIsAuditedAndFreesOldMaster()
{
    const TestUser first = m_fx.newUser(QStringLiteral("master"));
    const TestUser second = m_fx.newUser(QStringLiteral("master"));
    const qint64 id = createId(orderBody());
    QCOMPARE(assign(id, first.id).status, 200);
    const auto reassigned = assign(id, second.id);
    QCOMPARE(reassigned.status, 200);
    QCOMPARE(reassigned.object().value(QLatin1String("master_id")).toInteger(), second.id);
    QCOMPARE(auditCount(QStringLiteral("order_reassigned"), id), 1);
    const auto history = m_fx.api().get(orderPath(id, QStringLiteral("/history")), m_coordinator.token).array();
    QCOMPARE(history.last().toObject().value(QLatin1String("action")).toString(), QStringLiteral("reassigned"));
    QCOMPARE(history.last()
                 .toObject()
                 .value(QLatin1String("changes"))
                 .toObject()
                 .value(QLatin1String("master_id"))
                 .toArray(),
             (QJsonArray{first.id, second.id}));
    // The first master is free for another order; the old one is no longer his to see.
    QCOMPARE(assign(createId(orderBody()), first.id).status, 200);
    QCOMPARE(m_fx.api().get(orderPath(id), first.token).status, 403);
    // Reassigning to a busy master fails and keeps the order where it was.
    const auto busy = assign(id, first.id);
    QCOMPARE(busy.errorCode(), QStringLiteral("master_busy"));
    QCOMPARE(m_fx.api().get(orderPath(id), m_operator.token).object().value(QLatin1String("master_id")).toInteger(),
             second.id);
}

// Both searches over rows written by hand. PostgreSQL's (OrderStore::list, while the in-memory
// index reloads after the bulk insert) walks the newest orders first and asks the trigram index
// for older ones only when those do not fill the page; the in-memory one (OrderSearch) walks its
// own index. Either must give one newest-first list, page after page, without gaps or repeats.
void TestOrdersApi::searchReachesPastTheNewestOrders()
{
    const int count = 25000;
    const auto filled = m_fx.sql(
        QStringLiteral("INSERT INTO orders (client_name, phone, address, location_id, created_by, created_at) "
                       "SELECT 'Поисков ' || g, '+7999' || lpad(g::text, 7, '0'), 'ул. Дальняя, дом ' || g || ' !', "
                       "%1, %2, now() - interval '1 day' - g * interval '1 second' FROM generate_series(1, %3) AS g")
            .arg(m_locationId)
            .arg(m_operator.id)
            .arg(count));
    QVERIFY2(filled.ok, qPrintable(filled.error));
    QVERIFY(m_fx.sql(QStringLiteral("ANALYZE orders")).ok);
    const auto idOfHouse = [&](int house) {
        return m_fx.sql(QStringLiteral("SELECT id FROM orders WHERE address = 'ул. Дальняя, дом %1 !'").arg(house))
            .scalar()
            .toLongLong();
    };
    // "дом 2499" is house 2499 (among the newest) and 24990..24999 (older than the walked ones).
    QList<qint64> expected{idOfHouse(2499)};
    for (int house = 24990; house <= 24999; ++house)
        expected << idOfHouse(house);

    const auto checkSearches = [&] {
        QList<qint64> found;
        QString query = QStringLiteral("limit=4&q=") + percent(QStringLiteral("ДОМ 2499"));
        for (int page = 0; page < 10; ++page) {
            const auto listed = m_fx.api().get(QStringLiteral("/orders?") + query, m_coordinator.token);
            QCOMPARE(listed.status, 200);
            for (const auto &item : listed.object().value(QLatin1String("items")).toArray())
                found << item.toObject().value(QLatin1String("id")).toInteger();
            const QJsonValue next = listed.object().value(QLatin1String("next_cursor"));
            if (next.isNull())
                break;
            query = QStringLiteral("limit=4&q=") + percent(QStringLiteral("ДОМ 2499")) + QStringLiteral("&cursor=") +
                    next.toString();
        }
        QCOMPARE(found, expected);
        // A needle only the oldest orders have: the index alone finds it.
        QCOMPARE(listIds(QStringLiteral("q=") + percent(QStringLiteral("дом 25000 "))),
                 QList<qint64>{idOfHouse(25000)});
        // Needles that begin or end inside the punctuation, or are cut out of a word, among the
        // older rows.
        QCOMPARE(listIds(QStringLiteral("q=") + percent(QStringLiteral("льняя, дом 24998 !"))),
                 QList<qint64>{idOfHouse(24998)});
        QCOMPARE(listIds(QStringLiteral("q=") + percent(QStringLiteral(", Дом 24996"))),
                 QList<qint64>{idOfHouse(24996)});
        // The same words with other punctuation are another substring: nothing is found.
        QCOMPARE(listIds(QStringLiteral("q=") + percent(QStringLiteral("дальняя дом 24995"))), QList<qint64>{});
        // A phone typed as people do, among the older rows.
        QCOMPARE(listIds(QStringLiteral("q=") + percent(QStringLiteral("+7 (999) 002-49-97"))),
                 QList<qint64>{idOfHouse(24997)});
    };
    // At once: more rows came in than the in-memory search takes in one catch-up, so it loads
    // anew and PostgreSQL answers meanwhile (or it is loaded already: the same answers).
    checkSearches();
    if (QTest::currentTestFailed())
        return;
    // Then from memory.
    QTRY_COMPARE_WITH_TIMEOUT(searchIndexState(), QStringLiteral("ready"), 20000);
    checkSearches();
}

// The in-memory search answers as PostgreSQL would at that moment: every change committed before
// the search is in, whether made through the API or typed into the database by hand.
void TestOrdersApi::searchSeesEveryCommittedChange()
{
    QTRY_COMPARE_WITH_TIMEOUT(searchIndexState(), QStringLiteral("ready"), 20000);
    const QString word = ServerFixture::uniqueName(QStringLiteral("Сверкающ"));
    const auto found = [&](const QString &needle, const QString &more = {}) {
        return listIds(QStringLiteral("q=") + percent(needle) + more);
    };

    QJsonObject body = orderBody();
    body.insert(QStringLiteral("address"), QStringLiteral("ул. %1, д. 1").arg(word));
    const auto created = create(body);
    QCOMPARE(created.status, 201);
    const qint64 id = idOf(created);
    QCOMPARE(found(word.toUpper()), QList<qint64>{id});

    // An edit through the API: the old text is gone at once, the new one is there.
    const auto patched = m_fx.api().patch(
        orderPath(id),
        QJsonObject{{QStringLiteral("version"), created.object().value(QLatin1String("version")).toInteger()},
                    {QStringLiteral("address"), QStringLiteral("пр. %1, д. 2").arg(word)}},
        m_operator.token);
    QCOMPARE(patched.status, 200);
    QCOMPARE(found(QStringLiteral("ул. ") + word), QList<qint64>{});
    QCOMPARE(found(QStringLiteral("пр. ") + word), QList<qint64>{id});

    // A status change, with a status filter.
    const TestUser master = m_fx.newUser(QStringLiteral("master"));
    QVERIFY(master.isValid());
    QCOMPARE(assign(id, master.id).status, 200);
    QCOMPARE(found(word, QStringLiteral("&status=new")), QList<qint64>{});
    QCOMPARE(found(word, QStringLiteral("&status=assigned,done")), QList<qint64>{id});

    // By hand, in the database: an edit and a new row.
    QVERIFY(
        m_fx.sql(QStringLiteral("UPDATE orders SET client_name = 'Рукописнов %1' WHERE id = %2").arg(word).arg(id)).ok);
    QCOMPARE(found(QStringLiteral("рукописнов ") + word), QList<qint64>{id});
    const auto inserted =
        m_fx.sql(QStringLiteral("INSERT INTO orders (client_name, phone, address, location_id, created_by) "
                                "VALUES ('Вручную %1', '+79990000001', 'ул. Ручная', %2, %3) RETURNING id")
                     .arg(word)
                     .arg(m_locationId)
                     .arg(m_operator.id));
    QVERIFY2(inserted.ok, qPrintable(inserted.error));
    const qint64 insertedId = inserted.scalar().toLongLong();
    QCOMPARE(found(word), (QList<qint64>{insertedId, id}));
    QCOMPARE(found(QStringLiteral("вручную ") + word), QList<qint64>{insertedId});

    // A delete by hand (the API deletes no order), which leaves no changed row to catch up with:
    // a page of one holds the order still there, not nothing.
    QVERIFY(m_fx.sql(QStringLiteral("DELETE FROM orders WHERE id = %1").arg(insertedId)).ok);
    QCOMPARE(found(word, QStringLiteral("&limit=1")), QList<qint64>{id});
    QCOMPARE(found(QStringLiteral("вручную ") + word), QList<qint64>{});
    QCOMPARE(found(word), QList<qint64>{id});

    // All of it from memory: the index stayed loaded.
    QCOMPARE(searchIndexState(), QStringLiteral("ready"));
}

void TestOrdersApi::createRightAfterAPostgresRestart()
{
    // Several requests at once leave several idle connections in the server's pool.
    for (int i = 0; i < 4; ++i)
        QCOMPARE(m_fx.api().get(QStringLiteral("/orders?limit=1"), m_operator.token).status, 200);
    QVERIFY(m_fx.pg().restart());

    // The first create after a restart succeeds: a create is never sent twice, so it must not
    // meet a dead pooled connection (the authentication before it, or the pool's own check,
    // clears them away; tst_database checks the pool's check alone).
    const auto created = create(orderBody());
    QVERIFY2(created.status == 201, qPrintable(created.describe()));
    const auto listed = m_fx.api().get(QStringLiteral("/orders?limit=1"), m_operator.token);
    QCOMPARE(listed.status, 200);
    QCOMPARE(listed.object().value(QLatin1String("items")).toArray().at(0).toObject().value(QLatin1String("id")),
             created.object().value(QLatin1String("id")));
}

QTEST_GUILESS_MAIN(TestOrdersApi)
#include "tst_orders_api.moc"

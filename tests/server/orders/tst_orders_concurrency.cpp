// The busy-master rule under real concurrency: many requests in flight at once, each on its own
// TLS connection, so the server handles them in parallel and only the database can decide.
#include "ServerFixture.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <memory>
#include <vector>

using namespace okna::test;

namespace {

struct Call
{
    QString path;
    QJsonObject body;
    QString token;
};

struct Answer
{
    int status = 0;
    QJsonObject body;
};

QString freshPhone()
{
    return QStringLiteral("+7913%1").arg(1000000 + QRandomGenerator::global()->bounded(9000000));
}

} // namespace

class TestOrdersConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void twentyAssignmentsOneWinner();
    void reassignRacingAssign();
    void concurrentCreatesGetDistinctNumbers();

private:
    // Sends every call at once, one network manager (and so one connection) per call, and waits
    // for all answers.
    QList<Answer> sendAtOnce(const QList<Call> &calls)
    {
        std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
        QList<QNetworkReply *> replies;
        for (const Call &call : calls) {
            managers.push_back(std::make_unique<QNetworkAccessManager>());
            QUrl url = m_fx.server().apiBaseUrl();
            url.setPath(url.path() + call.path);
            QNetworkRequest request(url);
            request.setSslConfiguration(m_fx.server().tlsConfiguration());
            request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            request.setRawHeader("Authorization", "Bearer " + call.token.toLatin1());
            replies << managers.back()->post(request, QJsonDocument(call.body).toJson(QJsonDocument::Compact));
        }
        QElapsedTimer timer;
        timer.start();
        const auto allDone = [&] {
            return std::all_of(replies.begin(), replies.end(),
                               [](QNetworkReply *reply) { return reply->isFinished(); });
        };
        while (!allDone() && timer.elapsed() < 30000)
            QTest::qWait(10);
        QList<Answer> answers;
        for (QNetworkReply *reply : replies) {
            answers.append({reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                            QJsonDocument::fromJson(reply->readAll()).object()});
            reply->deleteLater();
        }
        return answers;
    }
    qint64 createOrder()
    {
        const auto created = m_fx.api().post(QStringLiteral("/orders"),
                                             {{QStringLiteral("client_name"), QStringLiteral("Гонка Тестовая")},
                                              {QStringLiteral("phone"), freshPhone()},
                                              {QStringLiteral("address"), QStringLiteral("ул. Параллельная, д. 2")},
                                              {QStringLiteral("location_id"), m_locationId}},
                                             m_coordinator.token);
        return created.status == 201 ? created.object().value(QLatin1String("id")).toInteger() : -1;
    }
    int activeOrdersOf(qint64 masterId)
    {
        return m_fx
            .sql(QStringLiteral(
                     "SELECT count(*) FROM orders WHERE master_id = %1 AND status IN ('assigned', 'in_progress')")
                     .arg(masterId))
            .scalar()
            .toInt();
    }

    ServerFixture m_fx;
    TestUser m_coordinator;
    TestUser m_secondCoordinator;
    qint64 m_locationId = -1;
};

void TestOrdersConcurrency::initTestCase()
{
    QVERIFY2(m_fx.start(), qPrintable(m_fx.errorString()));
    m_coordinator = m_fx.newUser(QStringLiteral("coordinator"));
    m_secondCoordinator = m_fx.newUser(QStringLiteral("coordinator"));
    QVERIFY2(m_coordinator.isValid(), qPrintable(m_coordinator.error));
    QVERIFY2(m_secondCoordinator.isValid(), qPrintable(m_secondCoordinator.error));
    const auto location = m_fx.api().post(
        QStringLiteral("/locations"), {{QStringLiteral("name"), ServerFixture::uniqueName(QStringLiteral("Гонки"))}},
        m_fx.adminToken());
    QCOMPARE(location.status, 201);
    m_locationId = location.object().value(QLatin1String("id")).toInteger();
}

void TestOrdersConcurrency::cleanup()
{
    m_fx.printServerLogIfTestFailed();
}

void TestOrdersConcurrency::twentyAssignmentsOneWinner()
{
    for (int round = 0; round < 3; ++round) {
        const TestUser master = m_fx.newUser(QStringLiteral("master"));
        QVERIFY(master.isValid());
        QList<Call> calls;
        for (int i = 0; i < 20; ++i) {
            const qint64 order = createOrder();
            QVERIFY(order > 0);
            calls.append({QStringLiteral("/orders/%1/assign").arg(order),
                          {{QStringLiteral("master_id"), master.id}},
                          i % 2 ? m_coordinator.token : m_secondCoordinator.token});
        }
        const QList<Answer> answers = sendAtOnce(calls);
        int won = 0;
        int busy = 0;
        for (const Answer &answer : answers) {
            if (answer.status == 200)
                ++won;
            else if (answer.status == 409 &&
                     answer.body.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString() ==
                         QLatin1String("master_busy"))
                ++busy;
            else
                QFAIL(
                    qPrintable(QStringLiteral("unexpected answer %1: %2")
                                   .arg(answer.status)
                                   .arg(QString::fromUtf8(QJsonDocument(answer.body).toJson(QJsonDocument::Compact)))));
        }
        QCOMPARE(won, 1);
        QCOMPARE(busy, 19);
        QCOMPARE(activeOrdersOf(master.id), 1);
    }
}

void TestOrdersConcurrency::reassignRacingAssign()
{
    for (int round = 0; round < 5; ++round) {
        const TestUser first = m_fx.newUser(QStringLiteral("master"));
        const TestUser target = m_fx.newUser(QStringLiteral("master"));
        const qint64 held = createOrder();
        const qint64 fresh = createOrder();
        QCOMPARE(m_fx.api()
                     .post(QStringLiteral("/orders/%1/assign").arg(held), {{QStringLiteral("master_id"), first.id}},
                           m_coordinator.token)
                     .status,
                 200);
        // One coordinator moves `held` to the target master while the other gives him `fresh`.
        const QList<Answer> answers = sendAtOnce({{QStringLiteral("/orders/%1/assign").arg(held),
                                                   {{QStringLiteral("master_id"), target.id}},
                                                   m_coordinator.token},
                                                  {QStringLiteral("/orders/%1/assign").arg(fresh),
                                                   {{QStringLiteral("master_id"), target.id}},
                                                   m_secondCoordinator.token}});
        QCOMPARE(answers.size(), 2);
        const int wins = (answers[0].status == 200) + (answers[1].status == 200);
        QCOMPARE(wins, 1);
        for (const Answer &answer : answers) {
            if (answer.status != 200)
                QCOMPARE(answer.status, 409);
        }
        QCOMPARE(activeOrdersOf(target.id), 1);
        // The first master holds `held` exactly when the reassign lost.
        QCOMPARE(activeOrdersOf(first.id), answers[0].status == 200 ? 0 : 1);
    }
}

void TestOrdersConcurrency::concurrentCreatesGetDistinctNumbers()
{
    QList<Call> calls;
    for (int i = 0; i < 20; ++i) {
        calls.append({QStringLiteral("/orders"),
                      {{QStringLiteral("client_name"), QStringLiteral("Клиент %1").arg(i)},
                       {QStringLiteral("phone"), freshPhone()},
                       {QStringLiteral("address"), QStringLiteral("ул. Параллельная, д. %1").arg(i + 1)},
                       {QStringLiteral("location_id"), m_locationId}},
                      m_coordinator.token});
    }
    QSet<qint64> numbers;
    for (const Answer &answer : sendAtOnce(calls)) {
        QCOMPARE(answer.status, 201);
        numbers.insert(answer.body.value(QLatin1String("number")).toInteger());
    }
    QCOMPARE(numbers.size(), 20);
}

QTEST_GUILESS_MAIN(TestOrdersConcurrency)
#include "tst_orders_concurrency.moc"

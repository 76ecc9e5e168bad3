// Error messages in the language of each request's Accept-Language, against the real server:
// validation, authentication, routing and body-size errors, messages from common/, and many
// requests of both languages at the same time.
#include "ServerFixture.h"

#include <QJsonObject>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>
#include <vector>

using namespace okna::test;

namespace {

const QString kBlank = QStringLiteral("must not be blank");
const QString kBlankRu = QStringLiteral("не может быть пустым");

QJsonObject blankLocation()
{
    return {{QStringLiteral("name"), QStringLiteral("   ")}};
}

QJsonObject orderBody(const QString &phone, qint64 locationId)
{
    return {{QStringLiteral("client_name"), QStringLiteral("Ника Дмитриевна")},
            {QStringLiteral("phone"), phone},
            {QStringLiteral("address"), QStringLiteral("ул. Белорусская, д. 34, кв. 3")},
            {QStringLiteral("location_id"), locationId}};
}

} // namespace

class TestErrorLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void validationErrorFollowsTheHeader_data();
    void validationErrorFollowsTheHeader();
    void codeNeverChanges();
    void commonMessagesAreTranslated();
    void routerAndFrontDoorAnswersAreTranslated();
    void concurrentRequestsKeepTheirOwnLanguage();

private:
    ApiClient clientIn(const QByteArray &acceptLanguage)
    {
        ApiClient client = m_fx.newApiClient();
        client.setAcceptLanguage(acceptLanguage);
        return client;
    }

    ServerFixture m_fx;
    qint64 m_locationId = -1;
};

void TestErrorLanguage::initTestCase()
{
    QVERIFY2(m_fx.start(), qPrintable(m_fx.errorString()));
    QVERIFY2(!m_fx.adminToken().isEmpty(), qPrintable(m_fx.errorString()));
    const auto location = m_fx.api().post(
        QStringLiteral("/locations"),
        QJsonObject{{QStringLiteral("name"), ServerFixture::uniqueName(QStringLiteral("Район"))}}, m_fx.adminToken());
    QVERIFY2(location.status == 201, qPrintable(location.describe()));
    m_locationId = location.object().value(QLatin1String("id")).toInteger();
}

void TestErrorLanguage::cleanup()
{
    m_fx.printServerLogIfTestFailed();
}

void TestErrorLanguage::validationErrorFollowsTheHeader_data()
{
    QTest::addColumn<QByteArray>("acceptLanguage");
    QTest::addColumn<bool>("russian");
    QTest::newRow("none") << QByteArray() << false;
    QTest::newRow("en") << QByteArray("en") << false;
    QTest::newRow("ru") << QByteArray("ru") << true;
    QTest::newRow("browser, Russian first") << QByteArray("ru-RU,ru;q=0.9,en;q=0.8") << true;
    QTest::newRow("English preferred") << QByteArray("en-US,ru;q=0.5") << false;
    QTest::newRow("unknown language") << QByteArray("de-DE") << false;
}

void TestErrorLanguage::validationErrorFollowsTheHeader()
{
    QFETCH(QByteArray, acceptLanguage);
    QFETCH(bool, russian);
    ApiClient client = clientIn(acceptLanguage);

    const auto blank = client.post(QStringLiteral("/locations"), blankLocation(), m_fx.adminToken());
    QVERIFY2(blank.status == 422, qPrintable(blank.describe()));
    QCOMPARE(blank.errorFields().value(QLatin1String("name")).toString(), russian ? kBlankRu : kBlank);
    QCOMPARE(blank.errorMessage(), QStringLiteral("name: ") + (russian ? kBlankRu : kBlank));

    const auto unknownLocation =
        client.post(QStringLiteral("/orders"), orderBody(QStringLiteral("+79123456789"), 987654321), m_fx.adminToken());
    QVERIFY2(unknownLocation.status == 422, qPrintable(unknownLocation.describe()));
    QCOMPARE(unknownLocation.errorFields().value(QLatin1String("location_id")).toString(),
             russian ? QStringLiteral("такого действующего района нет")
                     : QStringLiteral("is not a known, active location"));
}

void TestErrorLanguage::codeNeverChanges()
{
    for (const QByteArray &language : {QByteArray("ru"), QByteArray("en")}) {
        ApiClient client = clientIn(language);
        const auto blank = client.post(QStringLiteral("/locations"), blankLocation(), m_fx.adminToken());
        QCOMPARE(blank.errorCode(), QStringLiteral("validation_failed"));
        const auto missing = client.get(QStringLiteral("/orders/987654321"), m_fx.adminToken());
        QVERIFY2(missing.status == 404, qPrintable(missing.describe()));
        QCOMPARE(missing.errorCode(), QStringLiteral("not_found"));
        QCOMPARE(missing.errorMessage(),
                 language == "ru" ? QStringLiteral("Заявка не найдена") : QStringLiteral("Order not found"));
    }
}

void TestErrorLanguage::commonMessagesAreTranslated()
{
    // The phone rules live in common/; their message reaches the answer through the server.
    const QJsonObject order = orderBody(QStringLiteral("12"), m_locationId);
    const auto russian = clientIn("ru").post(QStringLiteral("/orders"), order, m_fx.adminToken());
    QVERIFY2(russian.status == 422, qPrintable(russian.describe()));
    QCOMPARE(russian.errorFields().value(QLatin1String("phone")).toString(),
             QStringLiteral("Неправильный номер телефона; пример: +7 912 345-67-89"));
    const auto english = clientIn("en").post(QStringLiteral("/orders"), order, m_fx.adminToken());
    QCOMPARE(english.errorFields().value(QLatin1String("phone")).toString(),
             QStringLiteral("Not a valid phone number, e.g. +7 912 345-67-89"));

    const TestUser master = m_fx.newUser(QStringLiteral("master"));
    QVERIFY2(master.isValid(), qPrintable(master.error));
    const auto forbidden = clientIn("ru").get(QStringLiteral("/users"), master.token);
    QVERIFY2(forbidden.status == 403, qPrintable(forbidden.describe()));
    QCOMPARE(forbidden.errorMessage(), QStringLiteral("Вашей роли это не разрешено"));
}

void TestErrorLanguage::routerAndFrontDoorAnswersAreTranslated()
{
    ApiClient russian = clientIn("ru");
    const auto anonymous = russian.get(QStringLiteral("/orders"));
    QVERIFY2(anonymous.status == 401, qPrintable(anonymous.describe()));
    QCOMPARE(anonymous.errorMessage(), QStringLiteral("Сначала войдите в систему"));
    QCOMPARE(clientIn("en").get(QStringLiteral("/orders")).errorMessage(), QStringLiteral("Sign in first"));

    const auto wrongMethod = russian.del(QStringLiteral("/locations"), m_fx.adminToken());
    QVERIFY2(wrongMethod.status == 405, qPrintable(wrongMethod.describe()));
    QCOMPARE(wrongMethod.errorMessage(), QStringLiteral("Метод DELETE здесь не разрешён"));

    // Answered on the main thread, before any worker runs.
    const QByteArray huge(1024 * 1024 + 16, 'x');
    const ApiClient::Headers headers{{"Content-Type", "application/json"}, {"Accept-Language", "ru-RU"}};
    const auto tooLarge = russian.rawRequest("POST", QStringLiteral("/locations"), headers, huge);
    QVERIFY2(tooLarge.status == 413, qPrintable(tooLarge.describe()));
    QCOMPARE(tooLarge.errorCode(), QStringLiteral("payload_too_large"));
    QCOMPARE(tooLarge.errorMessage(), QStringLiteral("Тело запроса больше 1 МиБ"));
    const ApiClient::Headers english{{"Content-Type", "application/json"}};
    QCOMPARE(russian.rawRequest("POST", QStringLiteral("/locations"), english, huge).errorMessage(),
             QStringLiteral("The request body exceeds 1 MiB"));
}

void TestErrorLanguage::concurrentRequestsKeepTheirOwnLanguage()
{
    // Eight clients, half Russian and half English, each sending many requests at once: the
    // server's worker threads interleave them, and no answer may take another's language.
    constexpr int kClients = 8;
    constexpr int kRequests = 25;
    const QUrl base = m_fx.api().baseUrl();
    const QSslConfiguration tls = m_fx.api().tlsConfiguration();
    const QString token = m_fx.adminToken();
    std::atomic<int> right{0};
    std::vector<QString> wrong(kClients);
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < kClients; ++i) {
        const bool russian = i % 2 == 0;
        threads.emplace_back(QThread::create([&, i, russian] {
            ApiClient client(base, tls);
            client.setAcceptLanguage(russian ? QByteArray("ru") : QByteArray("en"));
            const QString expected = russian ? kBlankRu : kBlank;
            for (int n = 0; n < kRequests; ++n) {
                const auto answer = client.post(QStringLiteral("/locations"), blankLocation(), token);
                const QString got = answer.errorFields().value(QLatin1String("name")).toString();
                if (got == expected)
                    ++right;
                else if (wrong[i].isEmpty())
                    wrong[i] = answer.describe();
            }
        }));
    }
    for (auto &thread : threads)
        thread->start();
    for (auto &thread : threads)
        QVERIFY(thread->wait(120000));
    for (const QString &failure : wrong)
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(right.load(), kClients * kRequests);
}

QTEST_GUILESS_MAIN(TestErrorLanguage)
#include "tst_error_language.moc"

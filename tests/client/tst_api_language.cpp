// The client asks the server for its messages in the UI language (Accept-Language), and follows
// a language switch at once: a server error arrives in Russian, then in English.
#include "ClientTestKit.h"

#include "core/ApiClient.h"
#include "core/ClientContext.h"
#include "core/Translator.h"

#include <QTest>
#include <QUrlQuery>

#include <optional>

using okna::Result;
using okna::Translator;
using namespace okna::test;

namespace {

// The message of GET /orders?status=bogus, which the server refuses.
QString badFilterMessage(okna::ApiClient &api)
{
    std::optional<Result<QJsonValue>> answer;
    api.get(QStringLiteral("/orders"), QUrlQuery{{QStringLiteral("status"), QStringLiteral("bogus")}}, nullptr,
            [&answer](const Result<QJsonValue> &result) { answer = result; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 15000))
        return QStringLiteral("(no answer)");
    if (answer->ok())
        return QStringLiteral("(no error)");
    return answer->error().message();
}

} // namespace

class TestApiLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void serverErrorsFollowTheUiLanguage();

private:
    ClientTestKit m_kit;
};

void TestApiLanguage::initTestCase()
{
    QVERIFY2(m_kit.start(), qPrintable(m_kit.errorString()));
}

void TestApiLanguage::cleanupTestCase()
{
    Translator::install(QStringLiteral("en"));
}

void TestApiLanguage::serverErrorsFollowTheUiLanguage()
{
    const TestUser user = m_kit.fx().newUser(QStringLiteral("operator"));
    QVERIFY2(user.isValid(), qPrintable(user.error));
    const auto context = m_kit.loggedInContext(user);
    QVERIFY2(context, qPrintable(m_kit.errorString()));

    QCOMPARE(Translator::install(QStringLiteral("ru")), QStringLiteral("ru"));
    QCOMPARE(Translator::currentLanguage(), QStringLiteral("ru"));
    QCOMPARE(badFilterMessage(*context->api()), QStringLiteral("Неизвестный статус заявки «bogus»"));

    QCOMPARE(Translator::install(QStringLiteral("en")), QStringLiteral("en"));
    QCOMPARE(badFilterMessage(*context->api()), QStringLiteral("Unknown order status \"bogus\""));
}

QTEST_MAIN(TestApiLanguage)
#include "tst_api_language.moc"

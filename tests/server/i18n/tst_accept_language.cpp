// Accept-Language negotiation and the per-thread ServerTranslator, without a server.
#include "i18n/AcceptLanguage.h"
#include "i18n/RequestLanguage.h"
#include "i18n/ServerTranslator.h"

#include <QCoreApplication>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>
#include <vector>

using namespace okna::server;

Q_DECLARE_METATYPE(okna::server::Language)

namespace {

QString signInFirst()
{
    return QCoreApplication::translate("Router", "Sign in first");
}

} // namespace

class TestAcceptLanguage : public QObject
{
    Q_OBJECT

private slots:
    void negotiates_data();
    void negotiates();
    void scopeRestoresThePreviousLanguage();
    void translatorFollowsTheThreadsLanguage();
    void threadsKeepTheirOwnLanguage();
};

void TestAcceptLanguage::negotiates_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<Language>("expected");
    QTest::newRow("absent") << QByteArray() << Language::English;
    QTest::newRow("ru") << QByteArray("ru") << Language::Russian;
    QTest::newRow("RU upper case") << QByteArray("RU") << Language::Russian;
    QTest::newRow("en") << QByteArray("en") << Language::English;
    QTest::newRow("region tag") << QByteArray("ru-RU") << Language::Russian;
    QTest::newRow("underscore") << QByteArray("ru_RU") << Language::Russian;
    QTest::newRow("browser, Russian first") << QByteArray("ru-RU,ru;q=0.9,en;q=0.8") << Language::Russian;
    QTest::newRow("English preferred") << QByteArray("en-US,ru;q=0.5") << Language::English;
    QTest::newRow("q-values beat order") << QByteArray("en;q=0.3, ru;q=0.7") << Language::Russian;
    QTest::newRow("tie: the first wins") << QByteArray("ru, en") << Language::Russian;
    QTest::newRow("unknown languages skipped") << QByteArray("de-DE, fr;q=0.9, ru;q=0.2") << Language::Russian;
    QTest::newRow("only unknown") << QByteArray("de, fr") << Language::English;
    QTest::newRow("q=0 refuses") << QByteArray("ru;q=0") << Language::English;
    QTest::newRow("wildcard over Russian") << QByteArray("ru;q=0.5, *") << Language::English;
    QTest::newRow("malformed q ignored") << QByteArray("ru;q=abc, en;q=0.1") << Language::English;
    QTest::newRow("spaces") << QByteArray("  ru ; q=0.8 ,  en ; q=0.5 ") << Language::Russian;
    QTest::newRow("garbage") << QByteArray(";;,,=") << Language::English;
}

void TestAcceptLanguage::negotiates()
{
    QFETCH(QByteArray, header);
    QFETCH(Language, expected);
    QCOMPARE(languageFromAcceptLanguage(header), expected);
}

void TestAcceptLanguage::scopeRestoresThePreviousLanguage()
{
    QCOMPARE(RequestLanguage::current(), Language::English);
    {
        const RequestLanguage::Scope russian(Language::Russian);
        QCOMPARE(RequestLanguage::current(), Language::Russian);
        {
            const RequestLanguage::Scope english(Language::English);
            QCOMPARE(RequestLanguage::current(), Language::English);
        }
        QCOMPARE(RequestLanguage::current(), Language::Russian);
    }
    QCOMPARE(RequestLanguage::current(), Language::English);
}

void TestAcceptLanguage::translatorFollowsTheThreadsLanguage()
{
    ServerTranslator translator;
    QVERIFY(translator.loadCatalogues());
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QCOMPARE(signInFirst(), QStringLiteral("Sign in first"));
    {
        const RequestLanguage::Scope russian(Language::Russian);
        QCOMPARE(signInFirst(), QStringLiteral("Сначала войдите в систему"));
        // common/ strings come from the server's catalogue too.
        QCOMPARE(QCoreApplication::translate("ApiError", "Your role may not do this"),
                 QStringLiteral("Вашей роли это не разрешено"));
    }
    QCOMPARE(signInFirst(), QStringLiteral("Sign in first"));
}

void TestAcceptLanguage::threadsKeepTheirOwnLanguage()
{
    ServerTranslator translator;
    QVERIFY(translator.loadCatalogues());
    QVERIFY(QCoreApplication::installTranslator(&translator));
    std::atomic<int> wrong{0};
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < 8; ++i) {
        const bool russian = i % 2 == 0;
        threads.emplace_back(QThread::create([russian, &wrong] {
            const RequestLanguage::Scope scope(russian ? Language::Russian : Language::English);
            const QString expected =
                russian ? QStringLiteral("Сначала войдите в систему") : QStringLiteral("Sign in first");
            for (int round = 0; round < 2000; ++round) {
                if (signInFirst() != expected)
                    ++wrong;
            }
        }));
    }
    for (auto &thread : threads)
        thread->start();
    for (auto &thread : threads)
        QVERIFY(thread->wait(60000));
    QCOMPARE(wrong.load(), 0);
}

QTEST_GUILESS_MAIN(TestAcceptLanguage)
#include "tst_accept_language.moc"

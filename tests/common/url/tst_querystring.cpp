// QueryString: the form rule ('+' is a space, "%2B" a plus) both ways, as every HTTP client
// library encodes a query, and the round trip of what the client writes to what the server reads.
#include "url/QueryString.h"

#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace okna;

class TestQueryString : public QObject
{
    Q_OBJECT

private slots:
    void decodesByTheFormRule_data();
    void decodesByTheFormRule();
    void readsTheQueryOfARequestUrl();
    void firstValueWinsAndBareKeysAreEmpty();
    void roundTripsWhatTheClientWrites_data();
    void roundTripsWhatTheClientWrites();
    void setsAndClearsAUrlsQuery();
};

void TestQueryString::decodesByTheFormRule_data()
{
    QTest::addColumn<QByteArray>("encoded");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::newRow("phone as URLSearchParams sends it")
        << QByteArray("phone=%2B7+%28916%29+760-34-76") << "phone" << QStringLiteral("+7 (916) 760-34-76");
    QTest::newRow("phone with %20") << QByteArray("phone=%2B7%20%28916%29%20760-34-76") << "phone"
                                    << QStringLiteral("+7 (916) 760-34-76");
    QTest::newRow("q with a comma and spaces")
        << QByteArray("q=%D0%A1%D0%B0%D0%B4%D0%BE%D0%B2%D0%B0%D1%8F%2C+%D0%B4.+7") << "q"
        << QStringLiteral("Садовая, д. 7");
    QTest::newRow("q with a literal comma") << QByteArray("q=%D0%A1%D0%B0%D0%B4,+7") << "q" << QStringLiteral("Сад, 7");
    QTest::newRow("encoded ampersand and equals") << QByteArray("q=a%26b%3Dc&x=1") << "q" << QStringLiteral("a&b=c");
    QTest::newRow("encoded key") << QByteArray("lo%63ation_id=5") << "location_id" << QStringLiteral("5");
    QTest::newRow("stray percent stays") << QByteArray("q=100%+off") << "q" << QStringLiteral("100% off");
    QTest::newRow("percent at the end") << QByteArray("q=50%") << "q" << QStringLiteral("50%");
    QTest::newRow("half an escape at the end") << QByteArray("q=50%2") << "q" << QStringLiteral("50%2");
    QTest::newRow("lower-case escape") << QByteArray("q=a%2bb") << "q" << QStringLiteral("a+b");
    QTest::newRow("empty pairs skipped") << QByteArray("&&status=new&") << "status" << QStringLiteral("new");
    QTest::newRow("value with '='") << QByteArray("cursor=abc=") << "cursor" << QStringLiteral("abc=");
}

void TestQueryString::decodesByTheFormRule()
{
    QFETCH(QByteArray, encoded);
    QFETCH(QString, key);
    QFETCH(QString, value);
    const QueryString query = QueryString::fromEncoded(encoded);
    QVERIFY(query.contains(key));
    QCOMPARE(query.value(key), value);
}

void TestQueryString::readsTheQueryOfARequestUrl()
{
    // As QHttpServer and QWebSocketServer hand a request's target to us.
    const QUrl percent = QUrl::fromEncoded("/api/v1/orders?phone=%2B7+916+760-34-76&q=%D0%A1+x");
    QCOMPARE(QueryString::fromUrl(percent).value(u"phone"), QStringLiteral("+7 916 760-34-76"));
    QCOMPARE(QueryString::fromUrl(percent).value(u"q"), QStringLiteral("С x"));
    // A client that sends UTF-8 unescaped (against RFC 3986, but curl does) is read the same.
    const QUrl raw = QUrl::fromEncoded("/api/v1/orders?q=\xD0\xA1+x");
    QCOMPARE(QueryString::fromUrl(raw).value(u"q"), QStringLiteral("С x"));
}

void TestQueryString::firstValueWinsAndBareKeysAreEmpty()
{
    const QueryString query = QueryString::fromEncoded("status=new&status=done&late");
    QCOMPARE(query.value(u"status"), QStringLiteral("new"));
    QVERIFY(query.contains(u"late"));
    QVERIFY(query.value(u"late").isEmpty());
    QVERIFY(!query.contains(u"phone"));
    QVERIFY(query.value(u"phone").isEmpty());
    QVERIFY(QueryString::fromEncoded("").isEmpty());
}

void TestQueryString::roundTripsWhatTheClientWrites_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("timestamp with offset") << QStringLiteral("2026-11-25T14:01:00+03:00");
    QTest::newRow("phone") << QStringLiteral("+7 (916) 760-34-76");
    QTest::newRow("address") << QStringLiteral("Садовая, д. 7 кв. 12");
    QTest::newRow("cursor") << QStringLiteral("MTc2NDA2MDQ2MDAwMDAwMDo0Mg");
    QTest::newRow("token") << QStringLiteral("q3-F_zX9k2LmN0pQrStUvWxYz");
    QTest::newRow("delimiters") << QStringLiteral("a&b=c+d%20e#f?g/h");
    QTest::newRow("empty") << QString();
}

void TestQueryString::roundTripsWhatTheClientWrites()
{
    QFETCH(QString, value);
    const QueryString written({{QStringLiteral("v"), value}, {QStringLiteral("w"), QStringLiteral("1")}});
    QUrl url(QStringLiteral("https://127.0.0.1:8443/api/v1/orders"));
    written.setOn(url);
    // What goes on the wire, read back the way the server reads a request.
    const QUrl received = QUrl::fromEncoded(url.toEncoded());
    const QueryString read = QueryString::fromUrl(received);
    QCOMPARE(read.value(u"v"), value);
    QCOMPARE(read.value(u"w"), QStringLiteral("1"));
    QVERIFY2(!url.toEncoded().contains("+03:00"), url.toEncoded().constData()); // a plus is never sent bare
}

void TestQueryString::setsAndClearsAUrlsQuery()
{
    QUrl url(QStringLiteral("https://h/x?old=1"));
    QueryString::fromUrlQuery(QUrlQuery{{QStringLiteral("from"), QStringLiteral("2026-01-01T00:00:00+03:00")}})
        .setOn(url);
    QCOMPARE(url.query(QUrl::FullyEncoded), QStringLiteral("from=2026-01-01T00%3A00%3A00%2B03%3A00"));
    QueryString().setOn(url);
    QVERIFY(!url.hasQuery());
}

QTEST_GUILESS_MAIN(TestQueryString)
#include "tst_querystring.moc"

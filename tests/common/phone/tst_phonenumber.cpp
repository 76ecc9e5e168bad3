// Phone normalisation to E.164 with the spellings of API.md, and what must be rejected.
#include "phone/PhoneNumber.h"

#include <QSet>
#include <QTest>

Q_DECLARE_METATYPE(okna::PhoneVerdict)

using namespace okna;

class TestPhoneNumber : public QObject
{
    Q_OBJECT

private slots:
    void normalize_data();
    void normalize();
    void rejects_data();
    void rejects();
    void digits();
    void formatForDisplay_data();
    void formatForDisplay();
    void looksComplete_data();
    void looksComplete();
    void verdict_data();
    void verdict();
    void verdictTexts();
    void freeFunctionsMatchClass();
};

void TestPhoneNumber::normalize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    const QString e164 = QStringLiteral("+79123456789");
    // The four spellings named by the contract.
    QTest::newRow("international with brackets") << QStringLiteral("+7 (912) 345-67-89") << e164;
    QTest::newRow("8 with spaces") << QStringLiteral("8 912 345 67 89") << e164;
    QTest::newRow("8 packed") << QStringLiteral("89123456789") << e164;
    QTest::newRow("ten digits") << QStringLiteral("9123456789") << e164;
    // Other spellings people type.
    QTest::newRow("already E.164") << e164 << e164;
    QTest::newRow("7 without plus") << QStringLiteral("79123456789") << e164;
    QTest::newRow("dashes") << QStringLiteral("+7-912-345-67-89") << e164;
    QTest::newRow("8 with brackets") << QStringLiteral("8 (912) 345-67-89") << e164;
    QTest::newRow("surrounding blanks") << QStringLiteral("  +7 912 345 67 89\t") << e164;
    QTest::newRow("dots") << QStringLiteral("8.912.345.67.89") << e164;
    QTest::newRow("moscow landline") << QStringLiteral("8 (495) 123-45-67") << QStringLiteral("+74951234567");
    QTest::newRow("foreign with country code") << QStringLiteral("+44 20 7946 0958") << QStringLiteral("+442079460958");
}

void TestPhoneNumber::normalize()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const auto result = PhoneNumber::normalize(input);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message()));
    QCOMPARE(result.value(), expected);
}

void TestPhoneNumber::rejects_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << QStringLiteral("   ");
    QTest::newRow("letters") << QStringLiteral("abc");
    QTest::newRow("too short") << QStringLiteral("12345");
    QTest::newRow("one digit missing") << QStringLiteral("8 912 345 67 8");
    QTest::newRow("one digit too many") << QStringLiteral("8 912 345 67 890");
    QTest::newRow("far too long") << QStringLiteral("+7 912 345 67 89 12 34 56 78");
    QTest::newRow("huge input") << QString(500, QLatin1Char('9'));
    QTest::newRow("extension") << QStringLiteral("+7 912 345-67-89 ext. 12");
    QTest::newRow("unassigned range") << QStringLiteral("+7 012 345-67-89");
    QTest::newRow("only symbols") << QStringLiteral("+() --");
    QTest::newRow("vanity letters") << QStringLiteral("8 800 FLOWERS");
    QTest::newRow("letters among digits") << QStringLiteral("8 912 345 67 8o");
}

void TestPhoneNumber::rejects()
{
    QFETCH(QString, input);
    const auto result = PhoneNumber::normalize(input);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code(), ErrorCode::ValidationFailed);
    QCOMPARE(result.error().httpStatus(), 422);
    QVERIFY(result.error().fields().contains(QStringLiteral("phone")));
    QVERIFY(!result.error().fields().value(QStringLiteral("phone")).isEmpty());
}

void TestPhoneNumber::digits()
{
    QCOMPARE(PhoneNumber::digits(QStringLiteral("+79123456789")), QStringLiteral("79123456789"));
    QCOMPARE(PhoneNumber::digits(QStringLiteral("+7 912 345-67-89")), QStringLiteral("79123456789"));
    QCOMPARE(PhoneNumber::digits(QString()), QString());
}

void TestPhoneNumber::formatForDisplay_data()
{
    QTest::addColumn<QString>("e164");
    QTest::addColumn<QString>("expected");
    QTest::newRow("russian mobile") << QStringLiteral("+79123456789") << QStringLiteral("+7 912 345-67-89");
    QTest::newRow("moscow landline") << QStringLiteral("+74951234567") << QStringLiteral("+7 495 123-45-67");
    QTest::newRow("not a number stays") << QStringLiteral("garbage") << QStringLiteral("garbage");
}

void TestPhoneNumber::formatForDisplay()
{
    QFETCH(QString, e164);
    QFETCH(QString, expected);
    QCOMPARE(PhoneNumber::formatForDisplay(e164), expected);
}

void TestPhoneNumber::looksComplete_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("complete");
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("typing +7 9") << QStringLiteral("+7 9") << false;
    QTest::newRow("typing 8 912 345") << QStringLiteral("8 912 345") << false;
    QTest::newRow("one digit missing") << QStringLiteral("8 912 345 67 8") << false;
    QTest::newRow("whole, 8 spelling") << QStringLiteral("8 912 345 67 89") << true;
    QTest::newRow("whole, brackets") << QStringLiteral("+7 (912) 345-67-89") << true;
    QTest::newRow("whole, ten digits") << QStringLiteral("9123456789") << true;
}

void TestPhoneNumber::looksComplete()
{
    QFETCH(QString, input);
    QFETCH(bool, complete);
    QCOMPARE(PhoneNumber::looksComplete(input), complete);
}

void TestPhoneNumber::verdict_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<PhoneVerdict>("expected");
    QTest::newRow("whole") << QStringLiteral("8 912 345 67 89") << PhoneVerdict::Valid;
    QTest::newRow("foreign") << QStringLiteral("+44 20 7946 0958") << PhoneVerdict::Valid;
    QTest::newRow("empty") << QString() << PhoneVerdict::Empty;
    QTest::newRow("blank") << QStringLiteral("  ") << PhoneVerdict::Empty;
    QTest::newRow("typing") << QStringLiteral("8 912 345") << PhoneVerdict::TooShort;
    QTest::newRow("two digits") << QStringLiteral("12") << PhoneVerdict::TooShort;
    QTest::newRow("one digit missing") << QStringLiteral("8 912 345 67 8") << PhoneVerdict::TooShort;
    QTest::newRow("one digit too many") << QStringLiteral("8 912 345 67 890") << PhoneVerdict::TooLong;
    QTest::newRow("far too long") << QStringLiteral("+7 912 345 67 89 12 34 56 78") << PhoneVerdict::TooLong;
    QTest::newRow("huge input") << QString(500, QLatin1Char('9')) << PhoneVerdict::TooLong;
    QTest::newRow("letters") << QStringLiteral("abc") << PhoneVerdict::NotDigits;
    QTest::newRow("cyrillic") << QStringLiteral("не телефон") << PhoneVerdict::NotDigits;
    QTest::newRow("vanity") << QStringLiteral("8 800 FLOWERS") << PhoneVerdict::NotDigits;
    QTest::newRow("extension") << QStringLiteral("+7 912 345-67-89 ext. 12") << PhoneVerdict::NotDigits;
    QTest::newRow("only symbols") << QStringLiteral("+() --") << PhoneVerdict::NotDigits;
    QTest::newRow("unassigned range") << QStringLiteral("+7 012 345-67-89") << PhoneVerdict::NoSuchNumber;
    QTest::newRow("no such country") << QStringLiteral("+999 123 456 789") << PhoneVerdict::NoSuchNumber;
}

void TestPhoneNumber::verdict()
{
    QFETCH(QString, input);
    QFETCH(PhoneVerdict, expected);
    QCOMPARE(PhoneNumber::verdict(input), expected);
    // The verdict and normalize() never disagree.
    QCOMPARE(PhoneNumber::normalize(input).ok(), expected == PhoneVerdict::Valid);
    QCOMPARE(PhoneNumber::looksComplete(input), expected == PhoneVerdict::Valid);
}

void TestPhoneNumber::verdictTexts()
{
    QVERIFY(PhoneNumber::verdictText(PhoneVerdict::Valid).isEmpty());
    QSet<QString> texts;
    for (auto verdict : {PhoneVerdict::Empty, PhoneVerdict::NotDigits, PhoneVerdict::TooShort, PhoneVerdict::TooLong,
                         PhoneVerdict::NoSuchNumber})
        texts.insert(PhoneNumber::verdictText(verdict));
    QCOMPARE(texts.size(), 5); // each says something different
    QVERIFY(!texts.contains(QString()));
}

void TestPhoneNumber::freeFunctionsMatchClass()
{
    const auto result = normalizePhone(QStringLiteral("8 912 345 67 89"));
    QVERIFY(result.ok());
    QCOMPARE(result.value(), QStringLiteral("+79123456789"));
    QVERIFY(!normalizePhone(QStringLiteral("abc")).ok());
    QCOMPARE(phoneDigits(QStringLiteral("+79123456789")), QStringLiteral("79123456789"));
    QCOMPARE(formatPhoneForDisplay(QStringLiteral("+79123456789")), QStringLiteral("+7 912 345-67-89"));
}

QTEST_APPLESS_MAIN(TestPhoneNumber)
#include "tst_phonenumber.moc"

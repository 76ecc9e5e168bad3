// ReportPeriod: today/week/month bounds in the business time zone, across DST changes, and the
// 400s for bad input, with a fixed "now".
#include "reports/ReportPeriod.h"

#include "json/Timestamp.h"

#include <QTest>
#include <QTimeZone>

using namespace okna;
using namespace okna::server;

namespace {

QDateTime at(const char *text)
{
    return *Timestamp::fromString(QString::fromLatin1(text));
}

QueryString query(const QString &text)
{
    return QueryString::fromEncoded(text.toUtf8());
}

} // namespace

class TestReportPeriod : public QObject
{
    Q_OBJECT

private slots:
    void periods_data();
    void periods();
    void custom();
    void badInput_data();
    void badInput();
};

void TestReportPeriod::periods_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("period");
    QTest::addColumn<QString>("now");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<qint64>("hours");

    // 2026-03-29: Berlin springs forward at 02:00 (a 23-hour day); 2026-10-25 falls back (25 hours).
    QTest::newRow("berlin today spring") << "Europe/Berlin"
                                         << "today"
                                         << "2026-03-29T12:00:00+02:00"
                                         << "2026-03-29T00:00:00+01:00"
                                         << "2026-03-30T00:00:00+02:00" << 23LL;
    QTest::newRow("berlin today autumn") << "Europe/Berlin"
                                         << "today"
                                         << "2026-10-25T23:30:00+01:00"
                                         << "2026-10-25T00:00:00+02:00"
                                         << "2026-10-26T00:00:00+01:00" << 25LL;
    QTest::newRow("berlin week across dst") << "Europe/Berlin"
                                            << "week"
                                            << "2026-03-29T23:59:00+02:00"
                                            << "2026-03-23T00:00:00+01:00"
                                            << "2026-03-30T00:00:00+02:00" << 167LL;
    QTest::newRow("berlin week from monday") << "Europe/Berlin"
                                             << "week"
                                             << "2026-03-30T00:00:00+02:00"
                                             << "2026-03-30T00:00:00+02:00"
                                             << "2026-04-06T00:00:00+02:00" << 168LL;
    QTest::newRow("berlin month march") << "Europe/Berlin"
                                        << "month"
                                        << "2026-03-31T23:59:59+02:00"
                                        << "2026-03-01T00:00:00+01:00"
                                        << "2026-04-01T00:00:00+02:00" << 743LL;
    QTest::newRow("moscow month first") << "Europe/Moscow"
                                        << "month"
                                        << "2026-02-01T00:00:00+03:00"
                                        << "2026-02-01T00:00:00+03:00"
                                        << "2026-03-01T00:00:00+03:00" << 672LL;
    // 23:30 UTC on Sunday is already Monday in Moscow.
    QTest::newRow("moscow week utc sunday") << "Europe/Moscow"
                                            << "week"
                                            << "2026-11-29T23:30:00Z"
                                            << "2026-11-30T00:00:00+03:00"
                                            << "2026-12-07T00:00:00+03:00" << 168LL;
    QTest::newRow("default is today") << "Europe/Moscow"
                                      << ""
                                      << "2026-11-25T10:00:00+03:00"
                                      << "2026-11-25T00:00:00+03:00"
                                      << "2026-11-26T00:00:00+03:00" << 24LL;
}

void TestReportPeriod::periods()
{
    QFETCH(QString, zone);
    QFETCH(QString, period);
    QFETCH(QString, now);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(qint64, hours);

    const QTimeZone tz(zone.toUtf8());
    const auto result =
        ReportPeriod::fromQuery(query(QStringLiteral("period=") + period), tz, *Timestamp::fromString(now));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message()));
    QCOMPARE(Timestamp::toString(result->from), from);
    QCOMPARE(Timestamp::toString(result->to), to);
    QCOMPARE(result->from.secsTo(result->to), hours * 3600);
}

void TestReportPeriod::custom()
{
    const QTimeZone tz("Europe/Moscow");
    const auto result = ReportPeriod::fromQuery(
        query(QStringLiteral("period=custom&from=2026-11-01T00:00:00Z&to=2026-11-02T00:00:00%2B01:00")), tz);
    QVERIFY(result.ok());
    QCOMPARE(result->from, at("2026-11-01T00:00:00Z"));
    QCOMPARE(result->to, at("2026-11-01T23:00:00Z"));
    // Shown in the business zone.
    QCOMPARE(Timestamp::toString(result->from), QStringLiteral("2026-11-01T03:00:00+03:00"));

    // The offset's '+' unescaped, as the contract writes timestamps: the form rule decodes it as a
    // space, which is read back as the '+' it was.
    const auto plain = ReportPeriod::fromQuery(
        query(QStringLiteral("period=custom&from=2026-11-01T00:00:00+03:00&to=2026-11-02T00:00:00+03:00")), tz);
    QVERIFY2(plain.ok(), qPrintable(plain.ok() ? QString() : plain.error().message()));
    QCOMPARE(plain->from, at("2026-10-31T21:00:00Z"));
    QCOMPARE(plain->to, at("2026-11-01T21:00:00Z"));
}

void TestReportPeriod::badInput_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("field");
    QTest::newRow("unknown period") << "period=year"
                                    << "period";
    QTest::newRow("custom without from") << "period=custom&to=2026-11-02T00:00:00Z"
                                         << "from";
    QTest::newRow("custom without to") << "period=custom&from=2026-11-02T00:00:00Z"
                                       << "to";
    QTest::newRow("from without offset") << "period=custom&from=2026-11-01T00:00:00&to=2026-11-02T00:00:00Z"
                                         << "from";
    QTest::newRow("garbage to") << "period=custom&from=2026-11-01T00:00:00Z&to=tomorrow"
                                << "to";
    QTest::newRow("to before from") << "period=custom&from=2026-11-02T00:00:00Z&to=2026-11-01T00:00:00Z"
                                    << "to";
}

void TestReportPeriod::badInput()
{
    QFETCH(QString, text);
    QFETCH(QString, field);
    const auto result = ReportPeriod::fromQuery(query(text), QTimeZone("Europe/Moscow"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code(), ErrorCode::BadRequest);
    QVERIFY2(result.error().fields().contains(field), qPrintable(result.error().message()));
}

QTEST_GUILESS_MAIN(TestReportPeriod)
#include "tst_report_period.moc"

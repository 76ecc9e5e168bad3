// Timestamps keep the offset they were written with, both ways.
#include "json/Timestamp.h"

#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace okna;

class TestTimestamp : public QObject
{
    Q_OBJECT

private slots:
    void formatsWithOffset();
    void formatsUtcWithZeroOffset();
    void formatsTimeZoneDateTimeInItsOwnOffset();
    void formatsMillisecondsOnlyWhenPresent();
    void invalidFormatsEmpty();
    void parseKeepsOffset_data();
    void parseKeepsOffset();
    void roundTrip_data();
    void roundTrip();
    void rejects_data();
    void rejects();
    void formatsLikeQtAcrossCenturies();
    void queryValueReadsASpaceAsTheOffsetsPlus_data();
    void queryValueReadsASpaceAsTheOffsetsPlus();
    void atInstantFollowsTheZoneAcrossTransitions_data();
    void atInstantFollowsTheZoneAcrossTransitions();
};

void TestTimestamp::formatsWithOffset()
{
    const QDateTime moscow(QDate(2026, 11, 25), QTime(14, 1), Qt::OffsetFromUTC, 3 * 3600);
    QCOMPARE(Timestamp::toString(moscow), QStringLiteral("2026-11-25T14:01:00+03:00"));
    const QDateTime india(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::OffsetFromUTC, -(5 * 3600 + 30 * 60));
    QCOMPARE(Timestamp::toString(india), QStringLiteral("2026-01-02T03:04:05-05:30"));
}

void TestTimestamp::formatsUtcWithZeroOffset()
{
    const QDateTime utc(QDate(2026, 11, 25), QTime(11, 1), Qt::UTC);
    QCOMPARE(Timestamp::toString(utc), QStringLiteral("2026-11-25T11:01:00+00:00"));
}

void TestTimestamp::formatsTimeZoneDateTimeInItsOwnOffset()
{
    // Qt::ISODate would drop the offset here; the contract needs it.
    const QTimeZone zone("Europe/Moscow");
    if (!zone.isValid())
        QSKIP("no time zone database");
    const QDateTime local(QDate(2026, 11, 25), QTime(14, 1), zone);
    QCOMPARE(Timestamp::toString(local), QStringLiteral("2026-11-25T14:01:00+03:00"));
}

void TestTimestamp::formatsMillisecondsOnlyWhenPresent()
{
    const QDateTime withMs(QDate(2026, 11, 25), QTime(14, 1, 2, 345), Qt::OffsetFromUTC, 3 * 3600);
    QCOMPARE(Timestamp::toString(withMs), QStringLiteral("2026-11-25T14:01:02.345+03:00"));
}

void TestTimestamp::invalidFormatsEmpty()
{
    QCOMPARE(Timestamp::toString(QDateTime()), QString());
}

void TestTimestamp::parseKeepsOffset_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("offsetSeconds");
    QTest::addColumn<QDateTime>("instant");
    const QDateTime instant(QDate(2026, 11, 25), QTime(11, 1), Qt::UTC);
    QTest::newRow("+03:00") << QStringLiteral("2026-11-25T14:01:00+03:00") << 3 * 3600 << instant;
    QTest::newRow("+0300") << QStringLiteral("2026-11-25T14:01:00+0300") << 3 * 3600 << instant;
    QTest::newRow("Z") << QStringLiteral("2026-11-25T11:01:00Z") << 0 << instant;
    QTest::newRow("+00:00") << QStringLiteral("2026-11-25T11:01:00+00:00") << 0 << instant;
    QTest::newRow("-05:30") << QStringLiteral("2026-11-25T05:31:00-05:30") << -(5 * 3600 + 30 * 60) << instant;
    QTest::newRow("microseconds from PostgreSQL")
        << QStringLiteral("2026-11-25T14:01:00.000000+03:00") << 3 * 3600 << instant;
}

void TestTimestamp::parseKeepsOffset()
{
    QFETCH(QString, text);
    QFETCH(int, offsetSeconds);
    QFETCH(QDateTime, instant);
    const auto parsed = Timestamp::fromString(text);
    QVERIFY(parsed.has_value());
    QCOMPARE(parsed->offsetFromUtc(), offsetSeconds);
    QCOMPARE(parsed->toUTC(), instant);
}

void TestTimestamp::roundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("moscow") << QStringLiteral("2026-11-25T14:01:00+03:00");
    QTest::newRow("negative") << QStringLiteral("2026-03-01T00:00:00-08:00");
    QTest::newRow("utc") << QStringLiteral("2026-11-25T11:01:00+00:00");
    QTest::newRow("milliseconds") << QStringLiteral("2026-11-25T14:01:00.250+03:00");
    QTest::newRow("kathmandu") << QStringLiteral("2026-11-25T14:01:00+05:45");
}

void TestTimestamp::roundTrip()
{
    QFETCH(QString, text);
    const auto parsed = Timestamp::fromString(text);
    QVERIFY(parsed.has_value());
    QCOMPARE(Timestamp::toString(*parsed), text);
}

void TestTimestamp::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("no offset") << QStringLiteral("2026-11-25T14:01:00");
    QTest::newRow("date only") << QStringLiteral("2026-11-25");
    QTest::newRow("garbage") << QStringLiteral("yesterday");
    QTest::newRow("bad month") << QStringLiteral("2026-13-25T14:01:00+03:00");
    QTest::newRow("bad hour") << QStringLiteral("2026-11-25T25:01:00+03:00");
    QTest::newRow("trailing text") << QStringLiteral("2026-11-25T14:01:00+03:00 x");
}

void TestTimestamp::rejects()
{
    QFETCH(QString, text);
    QVERIFY(!Timestamp::fromString(text).has_value());
}

// The hand-written formatter agrees with Qt's own for any instant and offset, before 1970 too.
void TestTimestamp::queryValueReadsASpaceAsTheOffsetsPlus_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // empty: rejected
    QTest::newRow("plus decoded as a space") << "2026-11-25T14:01:00 03:00"
                                             << "2026-11-25T14:01:00+03:00";
    QTest::newRow("with milliseconds") << "2026-11-25T14:01:00.250 0530"
                                       << "2026-11-25T14:01:00.250+05:30";
    QTest::newRow("hours only") << "2026-11-25T14:01 03"
                                << "2026-11-25T14:01:00+03:00";
    QTest::newRow("escaped plus") << "2026-11-25T14:01:00+03:00"
                                  << "2026-11-25T14:01:00+03:00";
    QTest::newRow("minus") << "2026-11-25T14:01:00-03:00"
                           << "2026-11-25T14:01:00-03:00";
    QTest::newRow("Z") << "2026-11-25T14:01:00Z"
                       << "2026-11-25T14:01:00+00:00";
    QTest::newRow("no offset at all") << "2026-11-25T14:01:00" << QString();
    QTest::newRow("two spaces") << "2026-11-25T14:01:00  03:00" << QString();
    QTest::newRow("space without digits") << "2026-11-25T14:01:00 ab" << QString();
}

void TestTimestamp::queryValueReadsASpaceAsTheOffsetsPlus()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const auto parsed = Timestamp::fromQueryValue(text);
    if (expected.isEmpty()) {
        QVERIFY(!parsed);
        return;
    }
    QVERIFY(parsed);
    QCOMPARE(Timestamp::toString(*parsed), expected);
    QVERIFY(!Timestamp::fromString(text) == text.contains(QLatin1Char(' '))); // fromString stays strict
}

void TestTimestamp::formatsLikeQtAcrossCenturies()
{
    QRandomGenerator random(20261202);
    for (int i = 0; i < 20000; ++i) {
        const qint64 msecs = random.bounded(Q_INT64_C(-2'000'000'000'000), Q_INT64_C(4'000'000'000'000));
        const int offset = (random.bounded(-56, 57)) * 15 * 60;
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(msecs, Qt::OffsetFromUTC, offset);
        const int minutes = std::abs(offset) / 60;
        const QString expected = at.toString(at.time().msec() ? QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")
                                                              : QStringLiteral("yyyy-MM-ddTHH:mm:ss")) +
                                 (offset < 0 ? QLatin1Char('-') : QLatin1Char('+')) +
                                 QStringLiteral("%1:%2")
                                     .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                                     .arg(minutes % 60, 2, 10, QLatin1Char('0'));
        QCOMPARE(Timestamp::toString(at), expected);
    }
}

void TestTimestamp::atInstantFollowsTheZoneAcrossTransitions_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDateTime>("transition"); // a moment the zone changes its offset
    QTest::newRow("Berlin, spring forward")
        << QByteArray("Europe/Berlin") << QDateTime(QDate(2026, 3, 29), QTime(1, 0), Qt::UTC);
    QTest::newRow("Berlin, fall back") << QByteArray("Europe/Berlin")
                                       << QDateTime(QDate(2026, 10, 25), QTime(1, 0), Qt::UTC);
    QTest::newRow("Lord Howe, half-hour DST")
        << QByteArray("Australia/Lord_Howe") << QDateTime(QDate(2026, 4, 4), QTime(15, 0), Qt::UTC);
    QTest::newRow("Moscow, 2014 change") << QByteArray("Europe/Moscow")
                                         << QDateTime(QDate(2014, 10, 25), QTime(22, 0), Qt::UTC);
    QTest::newRow("Berlin, 2090 (by the zone's rule, past its table)")
        << QByteArray("Europe/Berlin") << QDateTime(QDate(2090, 3, 26), QTime(1, 0), Qt::UTC);
    // No transitions at all: one stretch over all time.
    QTest::newRow("UTC") << QByteArray("UTC") << QDateTime(QDate(2026, 3, 29), QTime(1, 0), Qt::UTC);
}

void TestTimestamp::atInstantFollowsTheZoneAcrossTransitions()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDateTime, transition);
    const QTimeZone timeZone(zone);
    QVERIFY(timeZone.isValid());
    const qint64 at = transition.toMSecsSinceEpoch();
    // Every second of the hour around the transition, then random instants over years.
    QList<qint64> instants;
    for (qint64 ms = at - 1'800'000; ms <= at + 1'800'000; ms += 1000)
        instants << ms << ms + 999;
    QRandomGenerator random(7);
    for (int i = 0; i < 5000; ++i)
        instants << at + random.bounded(Q_INT64_C(-200'000'000'000), Q_INT64_C(200'000'000'000));
    for (const qint64 ms : std::as_const(instants)) {
        const QDateTime expected = QDateTime::fromMSecsSinceEpoch(ms, timeZone);
        const QDateTime actual = Timestamp::atInstant(ms, timeZone);
        QCOMPARE(actual.toMSecsSinceEpoch(), ms);
        if (actual.offsetFromUtc() != expected.offsetFromUtc())
            QFAIL(qPrintable(QStringLiteral("%1: offset %2, the zone says %3")
                                 .arg(ms)
                                 .arg(actual.offsetFromUtc())
                                 .arg(expected.offsetFromUtc())));
        QCOMPARE(Timestamp::toString(actual), Timestamp::toString(expected));
    }
}

QTEST_APPLESS_MAIN(TestTimestamp)
#include "tst_timestamp.moc"

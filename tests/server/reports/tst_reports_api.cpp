// GET /reports/summary, /reports/masters and their XLSX workbooks against the real server, with
// orders inserted straight into PostgreSQL at chosen instants: period boundaries in the business
// time zone (Europe/Berlin, across a DST change), exact counts and averages, roles, bad input.
#include "ServerFixture.h"

#include "json/Timestamp.h"

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUrl>
#include <QXmlStreamReader>

using namespace okna;
using namespace okna::test;

namespace {

const QTimeZone kBerlin("Europe/Berlin");

QDateTime at(const QString &text)
{
    return *Timestamp::fromString(text);
}

QString sqlTime(const std::optional<QDateTime> &time)
{
    if (!time)
        return QStringLiteral("NULL");
    return QStringLiteral("'%1'::timestamptz").arg(time->toUTC().toString(Qt::ISODateWithMs));
}

QString percent(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

QString customQuery(const QString &from, const QString &to)
{
    return QStringLiteral("period=custom&from=%1&to=%2").arg(percent(from), percent(to));
}

// Percent-encoded queries contain "%3A": build paths by concatenation, never with QString::arg.
QString withLocation(const QString &query, qint64 locationId)
{
    return query + QStringLiteral("&location_id=") + QString::number(locationId);
}

QJsonObject rowOf(const QJsonObject &report, const char *key, qint64 id)
{
    for (const auto &row : report.value(QLatin1String("rows")).toArray())
        if (row.toObject().value(QLatin1String(key)).toInteger() == id)
            return row.toObject();
    return {};
}

// One file of an XLSX (a zip of XML files).
QByteArray unzipEntry(const QString &zipPath, const QString &entry)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), zipPath, entry});
    if (!unzip.waitForFinished(10000) || unzip.exitCode() != 0)
        return {};
    return unzip.readAllStandardOutput();
}

// The texts of the shared-strings table (xl/sharedStrings.xml), in order.
QStringList sharedStrings(const QString &xml)
{
    QStringList texts;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == QLatin1String("si"))
            texts.append(QString());
        else if (reader.isStartElement() && reader.name() == QLatin1String("t") && !texts.isEmpty())
            texts.last() += reader.readElementText();
    }
    return texts;
}

// Row `row` (1-based) of a sheet as texts, in column order: shared strings resolved, numbers as
// written. What a tool that reads the first row for column names sees.
QStringList rowTexts(const QString &sheetXml, const QString &stringsXml, int row)
{
    const QStringList strings = sharedStrings(stringsXml);
    QStringList cells;
    QXmlStreamReader reader(sheetXml);
    bool inRow = false;
    QString type;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == QLatin1String("row"))
            inRow = reader.attributes().value(QLatin1String("r")).toInt() == row;
        else if (inRow && reader.isStartElement() && reader.name() == QLatin1String("c"))
            type = reader.attributes().value(QLatin1String("t")).toString();
        else if (inRow && reader.isStartElement() && reader.name() == QLatin1String("v")) {
            const QString value = reader.readElementText();
            cells.append(type == QLatin1String("s") ? strings.value(value.toInt()) : value);
        } else if (reader.isEndElement() && reader.name() == QLatin1String("row"))
            inRow = false;
    }
    return cells;
}

} // namespace

class TestReportsApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void rolesAndBadInput();
    void summaryCountsAndAverages();
    void weekBoundaries();
    void monthBoundaries();
    void dstDayInBerlin();
    void mastersReport();
    void summaryWorkbook();
    void mastersWorkbook();

private:
    qint64 newLocation();
    qint64 insertOrder(qint64 locationId, const QString &status, const QDateTime &createdAt, qint64 masterId = 0,
                       std::optional<QDateTime> startedAt = {}, std::optional<QDateTime> completedAt = {});
    ApiResponse get(const QString &path) { return m_fixture.api().get(path, m_coordinator.token); }

    ServerFixture m_fixture;
    TestUser m_coordinator;
};

void TestReportsApi::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
    const auto changed =
        m_fixture.api().patch(QStringLiteral("/settings"),
                              {{QStringLiteral("timezone"), QStringLiteral("Europe/Berlin")}}, m_fixture.adminToken());
    QVERIFY2(changed.status == 200, qPrintable(changed.describe()));
    m_coordinator = m_fixture.newUser(QStringLiteral("coordinator"));
    QVERIFY2(m_coordinator.isValid(), qPrintable(m_coordinator.error));
}

void TestReportsApi::cleanup()
{
    m_fixture.printServerLogIfTestFailed();
}

qint64 TestReportsApi::newLocation()
{
    const auto created = m_fixture.api().post(
        QStringLiteral("/locations"), {{QStringLiteral("name"), ServerFixture::uniqueName(QStringLiteral("район"))}},
        m_fixture.adminToken());
    return created.status == 201 ? created.object().value(QLatin1String("id")).toInteger() : -1;
}

qint64 TestReportsApi::insertOrder(qint64 locationId, const QString &status, const QDateTime &createdAt,
                                   qint64 masterId, std::optional<QDateTime> startedAt,
                                   std::optional<QDateTime> completedAt)
{
    const QString master = masterId > 0 ? QString::number(masterId) : QStringLiteral("NULL");
    const auto result = m_fixture.sql(
        QStringLiteral("INSERT INTO orders (status, client_name, phone, address, location_id, master_id, created_by, "
                       "created_at, started_at, completed_at, refused_at, refuse_reason) "
                       "VALUES ('%1', 'Клиент', '+79120000000', 'ул. Садовая, 1', %2, %3, %4, %5, %6, %7, %8, %9) "
                       "RETURNING id")
            .arg(status)
            .arg(locationId)
            .arg(master)
            .arg(m_coordinator.id)
            .arg(sqlTime(createdAt), sqlTime(startedAt), sqlTime(completedAt),
                 status == QLatin1String("refused") ? sqlTime(createdAt.addSecs(600)) : QStringLiteral("NULL"),
                 status == QLatin1String("refused") ? QStringLiteral("'передумал'") : QStringLiteral("NULL")));
    if (!result.ok)
        qWarning().noquote() << result.error;
    return result.ok ? result.scalar().toLongLong() : -1;
}

void TestReportsApi::rolesAndBadInput()
{
    const TestUser operatorUser = m_fixture.newUser(QStringLiteral("operator"));
    const TestUser master = m_fixture.newUser(QStringLiteral("master"));
    QVERIFY(operatorUser.isValid() && master.isValid());
    for (const char *path :
         {"/reports/summary", "/reports/masters", "/reports/summary.xlsx", "/reports/masters.xlsx"}) {
        const QString p = QLatin1String(path) + QStringLiteral("?period=today");
        QCOMPARE(m_fixture.api().get(p, operatorUser.token).status, 403);
        QCOMPARE(m_fixture.api().get(p, master.token).status, 403);
        QCOMPARE(m_fixture.api().get(p).status, 401);
        QCOMPARE(m_fixture.api().get(p, m_fixture.adminToken()).status, 200);
        QCOMPARE(get(p).status, 200);
    }

    const QList<QPair<QString, QString>> bad = {
        {QStringLiteral("period=year"), QStringLiteral("period")},
        {QStringLiteral("period=custom&to=2026-11-02T00:00:00Z"), QStringLiteral("from")},
        {QStringLiteral("period=custom&from=2026-11-01T00:00:00&to=2026-11-02T00:00:00Z"), QStringLiteral("from")},
        {QStringLiteral("period=custom&from=2026-11-01T00:00:00Z&to=soon"), QStringLiteral("to")},
        {QStringLiteral("period=custom&from=2026-11-02T00:00:00Z&to=2026-11-01T00:00:00Z"), QStringLiteral("to")},
        {QStringLiteral("period=today&location_id=abc"), QStringLiteral("location_id")},
    };
    for (const auto &[query, field] : bad) {
        for (const char *path : {"/reports/summary?", "/reports/masters?", "/reports/summary.xlsx?"}) {
            if (field == QLatin1String("location_id") && QLatin1String(path) != QLatin1String("/reports/summary?"))
                continue;
            const auto response = get(QLatin1String(path) + query);
            QVERIFY2(response.status == 400, qPrintable(response.describe()));
            QCOMPARE(response.errorCode(), QStringLiteral("bad_request"));
            QVERIFY2(response.errorFields().contains(field), qPrintable(response.describe()));
        }
    }
}

void TestReportsApi::summaryCountsAndAverages()
{
    const qint64 north = newLocation();
    const qint64 south = newLocation();
    const TestUser master = m_fixture.newUser(QStringLiteral("master"));
    QVERIFY(north > 0 && south > 0 && master.isValid());
    const QDateTime t0 = at(QStringLiteral("2031-05-12T10:00:00+02:00"));
    insertOrder(north, QStringLiteral("new"), t0);
    insertOrder(north, QStringLiteral("new"), t0.addSecs(60));
    insertOrder(north, QStringLiteral("done"), t0, master.id, t0.addSecs(600), t0.addSecs(30 * 60));
    insertOrder(north, QStringLiteral("done"), t0, master.id, t0.addSecs(600), t0.addSecs(90 * 60));
    insertOrder(north, QStringLiteral("refused"), t0, master.id);
    insertOrder(south, QStringLiteral("done"), t0, master.id, t0, t0.addSecs(45 * 60));
    insertOrder(south, QStringLiteral("refused"), t0);
    // Outside the period on both sides.
    insertOrder(north, QStringLiteral("new"), at(QStringLiteral("2031-05-11T23:59:59+02:00")));
    insertOrder(north, QStringLiteral("new"), at(QStringLiteral("2031-05-13T00:00:00+02:00")));

    const QString period =
        customQuery(QStringLiteral("2031-05-12T00:00:00+02:00"), QStringLiteral("2031-05-13T00:00:00+02:00"));
    const auto response = get(QStringLiteral("/reports/summary?") + period);
    QVERIFY2(response.status == 200, qPrintable(response.describe()));
    const QJsonObject report = response.object();
    QCOMPARE(report.value(QLatin1String("from")).toString(), QStringLiteral("2031-05-12T00:00:00+02:00"));
    QCOMPARE(report.value(QLatin1String("to")).toString(), QStringLiteral("2031-05-13T00:00:00+02:00"));

    const QJsonObject n = rowOf(report, "location_id", north);
    QVERIFY(!n.isEmpty());
    QVERIFY(n.value(QLatin1String("location")).toString().startsWith(QStringLiteral("район")));
    QCOMPARE(n.value(QLatin1String("total")).toInteger(), 5);
    QCOMPARE(n.value(QLatin1String("new")).toInteger(), 2);
    QCOMPARE(n.value(QLatin1String("assigned")).toInteger(), 0);
    QCOMPARE(n.value(QLatin1String("in_progress")).toInteger(), 0);
    QCOMPARE(n.value(QLatin1String("done")).toInteger(), 2);
    QCOMPARE(n.value(QLatin1String("refused")).toInteger(), 1);
    QCOMPARE(n.value(QLatin1String("avg_completion_minutes")).toDouble(), 60.0);
    const QJsonObject s = rowOf(report, "location_id", south);
    QCOMPARE(s.value(QLatin1String("total")).toInteger(), 2);
    QCOMPARE(s.value(QLatin1String("avg_completion_minutes")).toDouble(), 45.0);

    // One location: its row only, and totals equal to it.
    const auto only = get(QStringLiteral("/reports/summary?") + withLocation(period, south));
    QVERIFY2(only.status == 200, qPrintable(only.describe()));
    QCOMPARE(only.object().value(QLatin1String("rows")).toArray().size(), 1);
    const QJsonObject totals = only.object().value(QLatin1String("totals")).toObject();
    QCOMPARE(totals.value(QLatin1String("total")).toInteger(), 2);
    QCOMPARE(totals.value(QLatin1String("done")).toInteger(), 1);
    QCOMPARE(totals.value(QLatin1String("refused")).toInteger(), 1);
    QCOMPARE(totals.value(QLatin1String("avg_completion_minutes")).toDouble(), 45.0);

    // Totals over every location: (30 + 90 + 45) / 3 = 55 minutes; no done orders gives null.
    const QJsonObject all = report.value(QLatin1String("totals")).toObject();
    QCOMPARE(all.value(QLatin1String("total")).toInteger(), 7);
    QCOMPARE(all.value(QLatin1String("avg_completion_minutes")).toDouble(), 55.0);
    const auto empty =
        get(QStringLiteral("/reports/summary?") +
            withLocation(customQuery(QStringLiteral("2031-06-01T00:00:00Z"), QStringLiteral("2031-06-02T00:00:00Z")),
                         north));
    QCOMPARE(empty.object().value(QLatin1String("totals")).toObject().value(QLatin1String("total")).toInteger(), 0);
    QVERIFY(empty.object()
                .value(QLatin1String("totals"))
                .toObject()
                .value(QLatin1String("avg_completion_minutes"))
                .isNull());
}

void TestReportsApi::weekBoundaries()
{
    const qint64 location = newLocation();
    QVERIFY(location > 0);
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(kBerlin).date();
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    const QDateTime weekStart = monday.startOfDay(kBerlin);
    const QDateTime nextWeek = monday.addDays(7).startOfDay(kBerlin);
    insertOrder(location, QStringLiteral("new"), weekStart.addSecs(-60)); // Sunday 23:59: last week
    insertOrder(location, QStringLiteral("new"), weekStart);              // Monday 00:00: this week
    insertOrder(location, QStringLiteral("new"), nextWeek.addSecs(-60));  // Sunday 23:59: this week
    insertOrder(location, QStringLiteral("new"), nextWeek);               // next Monday 00:00: next week

    const auto response = get(QStringLiteral("/reports/summary?period=week&location_id=%1").arg(location));
    QVERIFY2(response.status == 200, qPrintable(response.describe()));
    QCOMPARE(response.object().value(QLatin1String("from")).toString(), Timestamp::toString(weekStart));
    QCOMPARE(response.object().value(QLatin1String("to")).toString(), Timestamp::toString(nextWeek));
    QCOMPARE(response.object().value(QLatin1String("totals")).toObject().value(QLatin1String("total")).toInteger(), 2);
}

void TestReportsApi::monthBoundaries()
{
    const qint64 location = newLocation();
    QVERIFY(location > 0);
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(kBerlin).date();
    const QDate first(today.year(), today.month(), 1);
    const QDateTime monthStart = first.startOfDay(kBerlin);
    const QDateTime nextMonth = first.addMonths(1).startOfDay(kBerlin);
    insertOrder(location, QStringLiteral("new"), monthStart.addMSecs(-1)); // last instant of last month
    insertOrder(location, QStringLiteral("new"), monthStart);
    insertOrder(location, QStringLiteral("done"), monthStart.addDays(1), 0, {}, monthStart.addDays(1).addSecs(120));
    insertOrder(location, QStringLiteral("new"), nextMonth.addSecs(-1)); // last second of the month
    insertOrder(location, QStringLiteral("new"), nextMonth);

    const auto response = get(QStringLiteral("/reports/summary?period=month&location_id=%1").arg(location));
    QVERIFY2(response.status == 200, qPrintable(response.describe()));
    QCOMPARE(response.object().value(QLatin1String("from")).toString(), Timestamp::toString(monthStart));
    QCOMPARE(response.object().value(QLatin1String("to")).toString(), Timestamp::toString(nextMonth));
    const QJsonObject totals = response.object().value(QLatin1String("totals")).toObject();
    QCOMPARE(totals.value(QLatin1String("total")).toInteger(), 3);
    QCOMPARE(totals.value(QLatin1String("done")).toInteger(), 1);
    QCOMPARE(totals.value(QLatin1String("avg_completion_minutes")).toDouble(), 2.0);
}

void TestReportsApi::dstDayInBerlin()
{
    // 2030-03-31: Berlin springs forward at 02:00 +01:00 to 03:00 +02:00; the day has 23 hours.
    const qint64 location = newLocation();
    QVERIFY(location > 0);
    insertOrder(location, QStringLiteral("new"), at(QStringLiteral("2030-03-30T23:59:59+01:00"))); // before
    insertOrder(location, QStringLiteral("new"), at(QStringLiteral("2030-03-31T00:00:00+01:00")));
    insertOrder(location, QStringLiteral("done"), at(QStringLiteral("2030-03-31T01:30:00+01:00")), 0, {},
                at(QStringLiteral("2030-03-31T03:30:00+02:00"))); // one real hour
    insertOrder(location, QStringLiteral("new"), at(QStringLiteral("2030-03-31T23:59:59+02:00")));
    insertOrder(location, QStringLiteral("new"), at(QStringLiteral("2030-04-01T00:00:00+02:00"))); // after

    // The day given in UTC: the report answers in Berlin time.
    const auto response =
        get(QStringLiteral("/reports/summary?") +
            withLocation(customQuery(QStringLiteral("2030-03-30T23:00:00Z"), QStringLiteral("2030-03-31T22:00:00Z")),
                         location));
    QVERIFY2(response.status == 200, qPrintable(response.describe()));
    QCOMPARE(response.object().value(QLatin1String("from")).toString(), QStringLiteral("2030-03-31T00:00:00+01:00"));
    QCOMPARE(response.object().value(QLatin1String("to")).toString(), QStringLiteral("2030-04-01T00:00:00+02:00"));
    const QJsonObject totals = response.object().value(QLatin1String("totals")).toObject();
    QCOMPARE(totals.value(QLatin1String("total")).toInteger(), 3);
    QCOMPARE(totals.value(QLatin1String("avg_completion_minutes")).toDouble(), 60.0);
}

void TestReportsApi::mastersReport()
{
    const qint64 location = newLocation();
    const TestUser ivan = m_fixture.newUser(QStringLiteral("master"));
    const TestUser petr = m_fixture.newUser(QStringLiteral("master"));
    QVERIFY(location > 0 && ivan.isValid() && petr.isValid());
    const QDateTime from = at(QStringLiteral("2032-02-02T00:00:00+01:00"));
    const QDateTime to = at(QStringLiteral("2032-02-03T00:00:00+01:00"));
    const QDateTime t = from.addSecs(9 * 3600);
    insertOrder(location, QStringLiteral("done"), t, ivan.id, t.addSecs(600), t.addSecs(600 + 20 * 60));
    insertOrder(location, QStringLiteral("done"), t, ivan.id, t.addSecs(600), t.addSecs(600 + 40 * 60));
    insertOrder(location, QStringLiteral("refused"), t, ivan.id); // counts for the master it was assigned to
    insertOrder(location, QStringLiteral("in_progress"), t, petr.id, t.addSecs(60));
    insertOrder(location, QStringLiteral("done"), from.addSecs(-10), petr.id, from, from.addSecs(3600)); // before

    // Ivan: a shift from an hour before the period to 02:00 (120 minutes inside) and one of 30 minutes.
    const auto shifts = m_fixture.sql(
        QStringLiteral("INSERT INTO shifts (master_id, started_at, ended_at) VALUES (%1, %2, %3), (%1, %4, %5), "
                       "(%6, %7, %8)")
            .arg(ivan.id)
            .arg(sqlTime(from.addSecs(-3600)), sqlTime(from.addSecs(2 * 3600)), sqlTime(t), sqlTime(t.addSecs(1800)))
            .arg(petr.id)
            .arg(sqlTime(to.addSecs(-15 * 60)), sqlTime(to.addSecs(3600))));
    QVERIFY2(shifts.ok, qPrintable(shifts.error));

    const auto response =
        get(QStringLiteral("/reports/masters?") + customQuery(Timestamp::toString(from), Timestamp::toString(to)));
    QVERIFY2(response.status == 200, qPrintable(response.describe()));
    const QJsonObject i = rowOf(response.object(), "master_id", ivan.id);
    QCOMPARE(i.value(QLatin1String("full_name")).toString(), ivan.fullName);
    QCOMPARE(i.value(QLatin1String("done")).toInteger(), 2);
    QCOMPARE(i.value(QLatin1String("refused")).toInteger(), 1);
    QCOMPARE(i.value(QLatin1String("avg_work_minutes")).toDouble(), 30.0);
    QCOMPARE(i.value(QLatin1String("shift_minutes")).toInteger(), 150);
    const QJsonObject p = rowOf(response.object(), "master_id", petr.id);
    QCOMPARE(p.value(QLatin1String("done")).toInteger(), 0);
    QCOMPARE(p.value(QLatin1String("refused")).toInteger(), 0);
    QVERIFY(p.value(QLatin1String("avg_work_minutes")).isNull());
    QCOMPARE(p.value(QLatin1String("shift_minutes")).toInteger(), 15);

    const QJsonObject totals = response.object().value(QLatin1String("totals")).toObject();
    QVERIFY(totals.value(QLatin1String("done")).toInteger() >= 2);
    QVERIFY(totals.value(QLatin1String("shift_minutes")).toInteger() >= 165);
}

void TestReportsApi::summaryWorkbook()
{
    const qint64 location = newLocation();
    QVERIFY(location > 0);
    const QDateTime t0 = at(QStringLiteral("2033-07-01T10:00:00+02:00"));
    insertOrder(location, QStringLiteral("new"), t0);
    insertOrder(location, QStringLiteral("new"), t0);
    insertOrder(location, QStringLiteral("done"), t0, 0, {}, t0.addSecs(90));

    const auto response = get(QStringLiteral("/reports/summary.xlsx?") +
                              withLocation(customQuery(QStringLiteral("2033-07-01T00:00:00+02:00"),
                                                       QStringLiteral("2033-07-02T00:00:00+02:00")),
                                           location));
    QVERIFY2(response.status == 200, qPrintable(response.describe()));
    QCOMPARE(response.header("content-type"),
             QByteArray("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    QVERIFY(response.header("content-disposition").startsWith("attachment"));
    QVERIFY(response.body.startsWith("PK"));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("summary.xlsx"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(response.body);
    file.close();

    const QString sheet = QString::fromUtf8(unzipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml")));
    const QString strings = QString::fromUtf8(unzipEntry(path, QStringLiteral("xl/sharedStrings.xml")));
    const QString styles = QString::fromUtf8(unzipEntry(path, QStringLiteral("xl/styles.xml")));
    QVERIFY2(!sheet.isEmpty() && !strings.isEmpty() && !styles.isEmpty(), "unzip failed or entries missing");

    // Row 1 is the header, in Russian, as tools that take the first row for column names read it.
    const QStringList header = rowTexts(sheet, strings, 1);
    QCOMPARE(header.mid(0, 7),
             (QStringList{QStringLiteral("Район"), QStringLiteral("Всего"), QStringLiteral("Не назначена"),
                          QStringLiteral("Назначена"), QStringLiteral("В работе"), QStringLiteral("Исполнена"),
                          QStringLiteral("Отказ")}));
    QCOMPARE(rowTexts(sheet, strings, 3).value(0), QStringLiteral("Итого"));
    // The title for people: the workbook's title, the printed page's header, the sheet's name.
    const QString title = QStringLiteral("Сводка по районам за 01.07.2033 (Europe/Berlin)");
    QVERIFY(!strings.contains(title)); // in no cell
    QVERIFY(QString::fromUtf8(unzipEntry(path, QStringLiteral("docProps/core.xml")))
                .contains(QStringLiteral("<dc:title>") + title + QStringLiteral("</dc:title>")));
    QVERIFY2(
        sheet.contains(QStringLiteral("<oddHeader>&amp;C&amp;\"-,Bold\"") + title + QStringLiteral("</oddHeader>")),
        qPrintable(sheet.right(1500)));
    QVERIFY(QString::fromUtf8(unzipEntry(path, QStringLiteral("xl/workbook.xml")))
                .contains(QStringLiteral("<sheet name=\"Сводка 01.07.2033\"")));
    // Numbers stored as numbers: no t="s" on the counters; row 2 is the district, row 3 the totals.
    const auto numberCell = [&](const QString &ref) {
        const QRegularExpression re(QStringLiteral("<c r=\"%1\"( s=\"\\d+\")?><v>([^<]*)</v></c>").arg(ref));
        const auto match = re.match(sheet);
        return match.hasMatch() ? match.captured(2) : QStringLiteral("<not a number cell>");
    };
    QCOMPARE(numberCell(QStringLiteral("B2")), QStringLiteral("3"));
    QCOMPARE(numberCell(QStringLiteral("C2")), QStringLiteral("2"));
    QCOMPARE(numberCell(QStringLiteral("F2")), QStringLiteral("1"));
    QCOMPARE(numberCell(QStringLiteral("H2")), QStringLiteral("1.5"));
    QCOMPARE(numberCell(QStringLiteral("B3")), QStringLiteral("3"));
    // Bold header: the header cells use a style whose font is bold; the header (row 1) is frozen.
    const QRegularExpression headerCell(QStringLiteral("<c r=\"A1\" s=\"(\\d+)\" t=\"s\">"));
    QVERIFY2(headerCell.match(sheet).hasMatch(), qPrintable(sheet.left(2000)));
    QVERIFY(styles.contains(QStringLiteral("<b/>")));
    QVERIFY(sheet.contains(QStringLiteral("state=\"frozen\"")));
    QVERIFY(sheet.contains(QStringLiteral("topLeftCell=\"A2\"")));
    QVERIFY(sheet.contains(QStringLiteral("<cols>")));
}

void TestReportsApi::mastersWorkbook()
{
    const TestUser master = m_fixture.newUser(QStringLiteral("master"));
    const qint64 location = newLocation();
    QVERIFY(master.isValid() && location > 0);
    const QDateTime t0 = at(QStringLiteral("2034-01-10T10:00:00+01:00"));
    insertOrder(location, QStringLiteral("done"), t0, master.id, t0, t0.addSecs(25 * 60));

    const auto response =
        get(QStringLiteral("/reports/masters.xlsx?") +
            customQuery(QStringLiteral("2034-01-10T00:00:00+01:00"), QStringLiteral("2034-01-11T00:00:00+01:00")));
    QVERIFY2(response.status == 200, qPrintable(response.describe()));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("masters.xlsx"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(response.body);
    file.close();
    const QString strings = QString::fromUtf8(unzipEntry(path, QStringLiteral("xl/sharedStrings.xml")));
    const QString sheet = QString::fromUtf8(unzipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml")));
    QCOMPARE(rowTexts(sheet, strings, 1).mid(0, 3),
             (QStringList{QStringLiteral("Мастер"), QStringLiteral("Исполнено"), QStringLiteral("Отказы")}));
    QVERIFY(strings.contains(master.fullName));
    QVERIFY(!strings.contains(QStringLiteral("Отчёт по мастерам"))); // the title is in no cell
    QVERIFY(QString::fromUtf8(unzipEntry(path, QStringLiteral("docProps/core.xml")))
                .contains(QStringLiteral("<dc:title>Отчёт по мастерам за 10.01.2034 (Europe/Berlin)</dc:title>")));
    QVERIFY(sheet.contains(QStringLiteral("Отчёт по мастерам за 10.01.2034")));
    QVERIFY(QString::fromUtf8(unzipEntry(path, QStringLiteral("xl/workbook.xml")))
                .contains(QStringLiteral("<sheet name=\"Мастера 10.01.2034\"")));
    QVERIFY(sheet.contains(QStringLiteral("<v>25</v>")));
}

QTEST_GUILESS_MAIN(TestReportsApi)
#include "tst_reports_api.moc"

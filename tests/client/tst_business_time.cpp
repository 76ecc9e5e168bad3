// Times on the business's wall clock: this test's process runs in New York while the business is in
// Vladivostok (UTC+10, 15 hours ahead), and every table, the admin pages and a report's custom days
// must show and count Vladivostok time, as the server's reports and Telegram texts do.
#include "ClientTestKit.h"

#include "core/ApiClient.h"
#include "core/BusinessTime.h"
#include "core/ClientContext.h"
#include "core/EventStream.h"
#include "core/MastersModel.h"
#include "core/OrdersModel.h"
#include "core/Session.h"
#include "core/admin/DisplayFormat.h"
#include "json/Timestamp.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace okna;
using namespace okna::test;

namespace {

const QByteArray kBusinessZone = "Asia/Vladivostok";

} // namespace

class TestBusinessTime : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void ordersTableShowsBusinessTime();
    void shiftStartAndAdminTimesAreBusinessTime();
    void customReportDaysAreBusinessDays();

private:
    ClientTestKit m_kit;
    FakePrompts m_prompts;
    TestUser m_coordinator;
    std::unique_ptr<ClientContext> m_context;
};

void TestBusinessTime::initTestCase()
{
    QVERIFY2(QTimeZone::systemTimeZoneId() == "America/New_York", QTimeZone::systemTimeZoneId().constData());
    QVERIFY2(m_kit.start(), qPrintable(m_kit.errorString()));
    const auto changed = m_kit.fx().api().patch(
        QStringLiteral("/settings"), QJsonObject{{QStringLiteral("timezone"), QString::fromLatin1(kBusinessZone)}},
        m_kit.fx().adminToken());
    QVERIFY2(changed.status == 200, qPrintable(changed.describe()));
    m_coordinator = m_kit.fx().newUser(QStringLiteral("coordinator"));
    QVERIFY2(m_coordinator.isValid(), qPrintable(m_coordinator.error));
    // The zone is learnt at login, from the server: nothing in this process says Vladivostok.
    m_context = m_kit.loggedInContext(m_coordinator);
    QVERIFY2(m_context, qPrintable(m_kit.errorString()));
    QCOMPARE(BusinessTime::zone().id(), kBusinessZone);
}

void TestBusinessTime::cleanup()
{
    m_kit.fx().printServerLogIfTestFailed();
}

void TestBusinessTime::ordersTableShowsBusinessTime()
{
    const auto location = m_kit.newLocation();
    const QJsonObject created = m_kit.newOrder(location);
    const auto createdAt = Timestamp::fromString(created.value(QLatin1String("created_at")).toString());
    QVERIFY(createdAt);
    const QDateTime vladivostok = createdAt->toTimeZone(QTimeZone(kBusinessZone));
    const QDateTime newYork = createdAt->toLocalTime();
    QVERIFY(vladivostok.toString(QStringLiteral("dd.MM HH:mm")) != newYork.toString(QStringLiteral("dd.MM HH:mm")));

    OrdersModel model(m_context->api());
    QSignalSpy loaded(&model, &OrdersModel::loaded);
    model.setQuery(QUrlQuery{{QStringLiteral("location_id"), QString::number(location)}});
    model.reload();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex cell = model.index(0, OrdersModel::CreatedAt);
    QCOMPARE(cell.data().toString(), vladivostok.toString(QStringLiteral("dd.MM HH:mm")));
    // The cell and the header say which zone that is.
    QVERIFY2(cell.data(Qt::ToolTipRole).toString().contains(QLatin1String("Asia/Vladivostok")),
             qPrintable(cell.data(Qt::ToolTipRole).toString()));
    QVERIFY(model.headerData(OrdersModel::CreatedAt, Qt::Horizontal, Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("UTC+10:00")));

    // An order that arrives live is shown the same way.
    connect(m_context->events(), &EventStream::orderCreated, &model, &OrdersModel::applyCreated);
    const QJsonObject live = m_kit.newOrder(location);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 2, 3000);
    const int row = model.rowOf(live.value(QLatin1String("id")).toInteger());
    const auto liveAt = Timestamp::fromString(live.value(QLatin1String("created_at")).toString());
    QCOMPARE(model.index(row, OrdersModel::CreatedAt).data().toString(),
             liveAt->toTimeZone(QTimeZone(kBusinessZone)).toString(QStringLiteral("dd.MM HH:mm")));
}

void TestBusinessTime::shiftStartAndAdminTimesAreBusinessTime()
{
    const auto master = m_kit.fx().newUser(QStringLiteral("master"));
    QVERIFY(master.isValid());
    const auto checkIn = m_kit.post(QStringLiteral("/me/shift/check-in"), {}, master.token);
    QCOMPARE(checkIn.status, 201);

    MastersModel model(m_context->api());
    QSignalSpy loaded(&model, &MastersModel::loaded);
    model.reload();
    QVERIFY(loaded.wait(10000));
    const int row = model.rowOf(master.id);
    QVERIFY(row >= 0);
    const QString shown = model.index(row, MastersModel::ShiftStarted).data().toString();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Checked in within the last minute, so the business clock reads now's hour give or take one.
    const QDateTime shownAt(QDate::fromString(shown.left(5) + QStringLiteral(".") + QString::number(now.date().year()),
                                              QStringLiteral("dd.MM.yyyy")),
                            QTime::fromString(shown.mid(6), QStringLiteral("HH:mm")), QTimeZone(kBusinessZone));
    QVERIFY2(qAbs(shownAt.secsTo(now)) < 120, qPrintable(shown));
    QVERIFY(model.index(row, MastersModel::ShiftStarted)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("Asia/Vladivostok")));

    // The administrator's pages (audit, backups, Telegram) format through DisplayFormat.
    const QDateTime instant(QDate(2026, 12, 7), QTime(23, 30), QTimeZone::utc());
    QCOMPARE(DisplayFormat::dateTime(instant),
             QLocale().toString(QDateTime(QDate(2026, 12, 8), QTime(9, 30), QTimeZone(kBusinessZone)),
                                QLocale::ShortFormat));
}

// A custom report period of whole days starts and ends at the business zone's midnights, as the
// server's presets do, not this computer's.
void TestBusinessTime::customReportDaysAreBusinessDays()
{
    const QDateTime from = BusinessTime::startOfDay(QDate(2026, 12, 1));
    QCOMPARE(Timestamp::toString(from), QStringLiteral("2026-12-01T00:00:00+10:00"));
    // And "today" is Vladivostok's, 15 hours ahead of this computer's.
    QCOMPARE(BusinessTime::today(), QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(kBusinessZone)).date());
}

int main(int argc, char *argv[])
{
    // Before anything reads the zone: the workstation is in New York.
    qputenv("TZ", "America/New_York");
    QApplication app(argc, argv);
    TestBusinessTime test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_business_time.moc"

// The administrator's reports against the real server: a summary for today per district, the
// chart with one bar set per district, the district filter, a custom period checked before it is
// sent, the XLSX workbooks saved to the chosen file, the report as a PDF, printed (into a PDF
// instead of a printer) and in the print preview.
#include "AdminSession.h"
#include "ServerFixture.h"
#include "StubAdminPrompts.h"

#include "core/BusinessTime.h"
#include "core/admin/RecordsModel.h"
#include "domain/OrderStatus.h"
#include "gui/admin/ReportChart.h"
#include "gui/admin/ReportsPage.h"

#include <QApplication>
#include <QBarSet>
#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>

using namespace okna;
using namespace okna::test;

class TestAdminReports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void summaryAndChartPerDistrict();
    void districtFilter();
    void customPeriodIsCheckedBeforeSending();
    void savesSummaryAndMastersAsXlsx();
    void savesPdfAndBuildsPrintableDocument();
    void printPaintsTheReport();
    void previewShowsTheReportPages();

private:
    qint64 newLocation(const QString &name);
    void newOrder(qint64 locationId, const QString &phone);
    QByteArray head(const QString &fileName, int size);

    ServerFixture m_fixture;
    AdminSession m_session;
    std::unique_ptr<ReportsPage> m_page;
    StubAdminPrompts m_prompts;
    QTemporaryDir m_dir;
    qint64 m_north = 0;
    qint64 m_south = 0;
    QString m_northName;
    QString m_southName;
};

qint64 TestAdminReports::newLocation(const QString &name)
{
    const auto created =
        m_fixture.api().post(QStringLiteral("/locations"), {{QStringLiteral("name"), name}}, m_fixture.adminToken());
    return created.status == 201 ? created.object().value(QLatin1String("id")).toInteger() : -1;
}

void TestAdminReports::newOrder(qint64 locationId, const QString &phone)
{
    const auto order = m_fixture.api().post(QStringLiteral("/orders"),
                                            {{QStringLiteral("client_name"), QStringLiteral("Клиент")},
                                             {QStringLiteral("phone"), phone},
                                             {QStringLiteral("address"), QStringLiteral("ул. Лесная, 5")},
                                             {QStringLiteral("location_id"), locationId}},
                                            m_fixture.adminToken());
    QVERIFY2(order.status == 201, qPrintable(order.describe()));
}

QByteArray TestAdminReports::head(const QString &fileName, int size)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(size);
}

void TestAdminReports::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
    m_northName = ServerFixture::uniqueName(QStringLiteral("Северный"));
    m_southName = ServerFixture::uniqueName(QStringLiteral("Южный"));
    m_north = newLocation(m_northName);
    m_south = newLocation(m_southName);
    QVERIFY(m_north > 0 && m_south > 0);
    newOrder(m_north, QStringLiteral("+79120000001"));
    newOrder(m_north, QStringLiteral("+79120000002"));
    newOrder(m_south, QStringLiteral("+79120000003"));

    QVERIFY2(m_session.login(m_fixture), qPrintable(m_session.errorString()));
    m_page = std::make_unique<ReportsPage>(m_session.context()->api());
    m_page->resize(1200, 700);
    m_page->show();
}

void TestAdminReports::cleanup()
{
    m_fixture.printServerLogIfTestFailed();
}

void TestAdminReports::summaryAndChartPerDistrict()
{
    QSignalSpy loaded(m_page.get(), &ReportsPage::reportLoaded);
    m_page->setPeriod(ReportsPage::Period::Today);
    m_page->reload();
    QVERIFY(loaded.wait(15000));
    QTRY_VERIFY(!m_page->isBusy());
    QVERIFY(m_page->hasReport());

    const auto &summary = m_page->summary();
    QCOMPARE(summary.totals.total, 3);
    QCOMPARE(summary.totals.newCount, 3);
    // Table: one row per district, then the totals.
    auto *model = m_page->summaryModel();
    QCOMPARE(model->rowCount(), summary.rows.size() + 1);
    QCOMPARE(model->text(model->rowCount() - 1, 1), QLocale().toString(3));
    const int north = model->rowOfId(m_north);
    QVERIFY(north >= 0);
    QCOMPARE(model->text(north, 0), m_northName);
    QCOMPARE(model->text(north, 1), QLocale().toString(2));
    QVERIFY(!m_page->periodLabel()->text().isEmpty());

    // Chart: one bar set per district, the statuses as categories.
    const auto sets = m_page->chart()->barSets();
    QCOMPARE(sets.size(), summary.rows.size());
    QStringList names;
    for (auto *set : sets)
        names.append(set->label());
    QVERIFY(names.contains(m_northName));
    QVERIFY(names.contains(m_southName));
    QCOMPARE(m_page->chart()->categories().size(), allOrderStatuses().size());
    QCOMPARE(m_page->chart()->categories().first(), label(OrderStatus::New));
    for (auto *set : sets) {
        if (set->label() == m_northName)
            QCOMPARE(set->at(0), 2.0);
        if (set->label() == m_southName)
            QCOMPARE(set->at(0), 1.0);
    }
    // Masters table: at least the totals row.
    QVERIFY(m_page->mastersModel()->rowCount() >= 1);
}

void TestAdminReports::districtFilter()
{
    m_page->setLocations({{m_north, m_northName, true}, {m_south, m_southName, true}});
    QSignalSpy loaded(m_page.get(), &ReportsPage::reportLoaded);
    m_page->districtCombo()->setCurrentIndex(m_page->districtCombo()->findData(m_south));
    QVERIFY(loaded.wait(15000));
    QTRY_VERIFY(!m_page->isBusy());
    QCOMPARE(m_page->summary().totals.total, 1);
    QCOMPARE(m_page->chart()->barSets().size(), m_page->summary().rows.size());
    QVERIFY(m_page->periodLabel()->text().contains(m_southName));
    m_page->districtCombo()->setCurrentIndex(0);
    QVERIFY(loaded.wait(15000));
    QTRY_VERIFY(!m_page->isBusy());
    QCOMPARE(m_page->summary().totals.total, 3);
}

void TestAdminReports::customPeriodIsCheckedBeforeSending()
{
    QSignalSpy loaded(m_page.get(), &ReportsPage::reportLoaded);
    m_page->setPeriod(ReportsPage::Period::Custom);
    QVERIFY(loaded.wait(15000));
    QTRY_VERIFY(!m_page->isBusy());
    QVERIFY(m_page->fromEdit()->isEnabled());
    const auto today = BusinessTime::today();
    m_page->fromEdit()->setDate(today);
    m_page->toEdit()->setDate(today.addDays(-1));
    m_page->reload();
    QVERIFY(m_page->fieldError(QStringLiteral("to"))->isVisible());
    QVERIFY(!m_page->isBusy());

    m_page->fromEdit()->setDate(today.addDays(-1));
    m_page->toEdit()->setDate(today);
    m_page->reload();
    QVERIFY(!m_page->fieldError(QStringLiteral("to"))->isVisible());
    QVERIFY(loaded.wait(15000));
    QTRY_VERIFY(!m_page->isBusy());
    QCOMPARE(m_page->summary().totals.total, 3);
    m_page->setPeriod(ReportsPage::Period::Today);
    QVERIFY(loaded.wait(15000));
    QTRY_VERIFY(!m_page->isBusy());
}

void TestAdminReports::savesSummaryAndMastersAsXlsx()
{
    QVERIFY(m_page->hasReport());
    QSignalSpy saved(m_page.get(), &ReportsPage::workbookSaved);
    m_prompts.fileName = m_dir.filePath(QStringLiteral("summary.xlsx"));
    m_page->saveWorkbook(ReportsPage::Workbook::Summary);
    QVERIFY(saved.wait(15000));
    QCOMPARE(saved.first().first().toString(), m_prompts.fileName);
    QCOMPARE(head(m_prompts.fileName, 2), QByteArray("PK"));
    QVERIFY(m_page->statusLabel()->text().contains(QStringLiteral("summary.xlsx")));

    m_prompts.fileName = m_dir.filePath(QStringLiteral("masters.xlsx"));
    m_page->saveWorkbook(ReportsPage::Workbook::Masters);
    QVERIFY(saved.wait(15000));
    QCOMPARE(head(m_prompts.fileName, 2), QByteArray("PK"));

    // Cancelled file dialog: nothing is downloaded.
    m_prompts.fileName.clear();
    m_page->saveWorkbook(ReportsPage::Workbook::Summary);
    QVERIFY(!m_page->isBusy());
}

void TestAdminReports::savesPdfAndBuildsPrintableDocument()
{
    std::unique_ptr<QTextDocument> document(m_page->createDocument(nullptr));
    const auto text = document->toPlainText();
    QVERIFY(text.contains(m_northName));
    QVERIFY(text.contains(label(OrderStatus::Done)));

    m_prompts.fileName = m_dir.filePath(QStringLiteral("report.pdf"));
    m_page->saveAsPdf();
    QCOMPARE(head(m_prompts.fileName, 4), QByteArray("%PDF"));
}

void TestAdminReports::printPaintsTheReport()
{
    QVERIFY(m_page->hasReport());
    m_prompts.asked.clear();
    m_prompts.printFileName = m_dir.filePath(QStringLiteral("printed.pdf"));
    m_page->print();
    QCOMPARE(m_prompts.asked, QStringList{ReportsPage::tr("Print the report")});
    QFile printed(m_prompts.printFileName);
    QVERIFY2(printed.open(QIODevice::ReadOnly), "the print path painted nothing: no output");
    const QByteArray pdf = printed.readAll();
    QVERIFY(pdf.startsWith("%PDF"));
    // At least one page, with text on it (a blank page embeds no font).
    QVERIFY(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r") + pdf.count("/Type /Page ") > 0);
    QVERIFY2(pdf.contains("/FontName"), "the printed pages carry no text");

    // The print dialog cancelled: nothing is printed.
    m_prompts.printFileName.clear();
    QVERIFY(printed.remove());
    m_page->print();
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("printed.pdf"))));
}

void TestAdminReports::previewShowsTheReportPages()
{
    QVERIFY(m_page->hasReport());
    // The preview is modal: a timer looks for it while it runs, reads its page count, closes it.
    int pages = -1;
    bool seen = false;
    QTimer watcher;
    QElapsedTimer elapsed;
    elapsed.start();
    connect(&watcher, &QTimer::timeout, this, [&] {
        for (auto *widget : QApplication::topLevelWidgets()) {
            auto *dialog = qobject_cast<QPrintPreviewDialog *>(widget);
            if (!dialog || !dialog->isVisible())
                continue;
            seen = true;
            auto *preview = dialog->findChild<QPrintPreviewWidget *>();
            pages = preview ? preview->pageCount() : -1;
            if (pages > 0 || elapsed.hasExpired(10000))
                dialog->reject();
        }
    });
    watcher.start(50);
    m_page->printPreview();
    watcher.stop();
    QVERIFY2(seen, "no print preview dialog opened");
    QVERIFY2(pages > 0, qPrintable(QStringLiteral("the preview shows %1 pages").arg(pages)));
}

QTEST_MAIN(TestAdminReports)
#include "tst_admin_reports.moc"

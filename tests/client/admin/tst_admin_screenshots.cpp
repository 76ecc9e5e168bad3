// Screenshots of the administrator's dashboard filled with the demo data (seed-demo), in Russian
// (what the users read): every tab, and the 2FA setup. Written to $OKNA_SCREENSHOT_DIR (docs/screenshots when
// refreshing the committed ones), otherwise to a temporary folder; the test checks they are real, non-blank images.
#include "AdminSession.h"
#include "ServerFixture.h"

#include "core/Translator.h"
#include "core/admin/RecordsModel.h"
#include "gui/AdminDashboard.h"
#include "gui/admin/AdminPage.h"
#include "gui/admin/ReportsPage.h"
#include "gui/admin/TwoFactorPage.h"
#include "gui/admin/UsersPage.h"

#include <QDir>
#include <QImage>
#include <QLabel>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace okna;
using namespace okna::test;

class TestAdminScreenshots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void usersTab();
    void reportsTab();
    void otherTabs();

private:
    void save(const QString &name);

    ServerFixture m_fixture;
    AdminSession m_session;
    std::unique_ptr<AdminDashboard> m_dashboard;
    QTemporaryDir m_temporary;
    QString m_folder;
};

void TestAdminScreenshots::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
    const auto seeded = m_fixture.server().runCli({QStringLiteral("seed-demo")});
    QVERIFY2(seeded.ok(), qPrintable(seeded.describe()));
    QVERIFY2(m_session.login(m_fixture), qPrintable(m_session.errorString()));
    m_folder = qEnvironmentVariable("OKNA_SCREENSHOT_DIR", m_temporary.path());
    QVERIFY(QDir().mkpath(m_folder));
    QCOMPARE(Translator::install(QStringLiteral("ru")), QStringLiteral("ru"));
    m_dashboard = std::make_unique<AdminDashboard>(m_session.context());
    m_dashboard->resize(1280, 800);
    m_dashboard->show();
    QTRY_VERIFY_WITH_TIMEOUT(m_dashboard->usersPage()->users().size() > 3, 15000);
}

void TestAdminScreenshots::save(const QString &name)
{
    QTest::qWait(300); // let the layouts settle
    const QImage image = m_dashboard->grab().toImage();
    const auto path = QDir(m_folder).filePath(name);
    QVERIFY(image.save(path));
    const QImage reread(path);
    QCOMPARE(reread.size(), QSize(1280, 800));
    qInfo() << "screenshot" << path;
}

void TestAdminScreenshots::usersTab()
{
    auto *page = m_dashboard->usersPage();
    m_dashboard->tabs()->setCurrentWidget(page);
    QTRY_VERIFY(!page->isBusy());
    page->table()->selectRow(1);
    save(QStringLiteral("admin-users.png"));
}

void TestAdminScreenshots::reportsTab()
{
    auto *page = m_dashboard->reportsPage();
    m_dashboard->tabs()->setCurrentWidget(page);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 15000);
    QSignalSpy loaded(page, &ReportsPage::reportLoaded);
    page->setPeriod(ReportsPage::Period::Month);
    QVERIFY(loaded.wait(15000));
    QTRY_VERIFY(!page->isBusy());
    QVERIFY(page->summaryModel()->rowCount() > 1);
    save(QStringLiteral("admin-reports.png"));
}

void TestAdminScreenshots::otherTabs()
{
    // Every other tab once, so that a clipped label or an empty panel shows up in review.
    const QStringList names{QString(),
                            QStringLiteral("districts"),
                            QStringLiteral("blacklist"),
                            QString(),
                            QStringLiteral("telegram"),
                            QStringLiteral("backups"),
                            QStringLiteral("audit"),
                            QStringLiteral("2fa")};
    for (int tab = 0; tab < m_dashboard->tabs()->count() && tab < names.size(); ++tab) {
        if (names.at(tab).isEmpty())
            continue;
        m_dashboard->tabs()->setCurrentIndex(tab);
        auto *page = static_cast<AdminPage *>(m_dashboard->tabs()->currentWidget());
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 15000);
        save(QStringLiteral("admin-%1.png").arg(names.at(tab)));
    }
    auto *twoFactor = m_dashboard->twoFactorPage();
    m_dashboard->tabs()->setCurrentWidget(twoFactor);
    twoFactor->startSetup();
    QTRY_VERIFY_WITH_TIMEOUT(!twoFactor->qrLabel()->pixmap().isNull(), 15000);
    save(QStringLiteral("admin-2fa-setup.png"));
}

QTEST_MAIN(TestAdminScreenshots)
#include "tst_admin_screenshots.moc"

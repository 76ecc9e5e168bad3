// The administrator's dashboard against the real server over TLS: users (create through the form,
// server field errors next to the field, role change, deactivate, password reset), districts,
// blacklist, Telegram settings and outbox, backups, the audit log with filters and paging, 2FA setup.
#include "AdminSession.h"
#include "ServerFixture.h"
#include "StubAdminPrompts.h"

#include "core/ApiClient.h"
#include "core/admin/AuditActions.h"
#include "core/admin/RecordsModel.h"
#include "gui/AdminDashboard.h"
#include "gui/admin/AuditPage.h"
#include "gui/admin/BackupsPage.h"
#include "gui/admin/BlacklistPage.h"
#include "gui/admin/LocationsPage.h"
#include "gui/admin/TelegramPage.h"
#include "gui/admin/TwoFactorPage.h"
#include "gui/admin/UsersPage.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTcpServer>
#include <QTest>

using namespace okna;
using namespace okna::test;

namespace {

int rowWithText(const RecordsModel *model, int column, const QString &text)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->text(row, column) == text)
            return row;
    }
    return -1;
}

// Selects the row of `id` in a page's (sorted) table.
bool selectId(QTableView *table, qint64 id)
{
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, 0).data(RecordsModel::IdRole).toLongLong() == id) {
            table->selectRow(row);
            return true;
        }
    }
    return false;
}

// The grey "no rows" hint of an admin table, as the user sees it (hidden or blank counts as not shown).
bool emptyHintShown(QTableView *table)
{
    const auto *hint = table->viewport()->findChild<QLabel *>(QStringLiteral("emptyTableHint"));
    return hint && hint->isVisible() && !hint->text().isEmpty();
}

QJsonObject findById(const QJsonArray &array, qint64 id)
{
    for (const auto &value : array) {
        if (value.toObject().value(QLatin1String("id")).toInteger() == id)
            return value.toObject();
    }
    return {};
}

} // namespace

class TestAdminDashboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void recordsModelPassesTester();
    void createsUserThroughTheForm();
    void showsServerFieldErrorNextToField();
    void duplicateLoginIsShownAtLogin();
    void editsRoleDeactivatesAndResetsPassword();
    void districtsAddRenameDeactivate();
    void blacklistAddAndRemove();
    void telegramOutboxShowsMessageWithoutChat();
    void telegramOutboxFailureIsNotAnEmptyOutbox();
    void telegramSettingsAndOutbox();
    void backupRunsUntilVerified();
    void auditShowsEntriesWithFiltersAndPaging();
    void twoFactorSetupShowsQrCode();

private:
    ServerFixture m_fixture;
    AdminSession m_session;
    std::unique_ptr<AdminDashboard> m_dashboard;
    StubAdminPrompts m_prompts;
};

void TestAdminDashboard::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
    QVERIFY2(m_session.login(m_fixture), qPrintable(m_session.errorString()));
    m_dashboard = std::make_unique<AdminDashboard>(m_session.context());
    m_dashboard->resize(1280, 800);
    m_dashboard->show();
    QTRY_VERIFY_WITH_TIMEOUT(!m_dashboard->usersPage()->users().isEmpty(), 15000);
}

void TestAdminDashboard::cleanup()
{
    m_fixture.printServerLogIfTestFailed();
}

void TestAdminDashboard::recordsModelPassesTester()
{
    RecordsModel model({QStringLiteral("a"), QStringLiteral("b")});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows({{1, {{QStringLiteral("x"), 1}, {QStringLiteral("y")}}}});
    model.appendRows({{2, {{QStringLiteral("z"), 2}, {QStringLiteral("w")}}}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.idAt(1), 2);
    QCOMPARE(model.index(1, 0).data(RecordsModel::SortRole).toInt(), 2);
    QCOMPARE(model.index(1, 1).data(RecordsModel::SortRole).toString(), QStringLiteral("w"));
    QCOMPARE(model.rowOfId(2), 1);
    model.setRows({});
    QCOMPARE(model.rowCount(), 0);
}

void TestAdminDashboard::createsUserThroughTheForm()
{
    auto *page = m_dashboard->usersPage();
    m_dashboard->tabs()->setCurrentWidget(page);
    QTest::mouseClick(page->newButton(), Qt::LeftButton);
    const auto login = ServerFixture::uniqueName(QStringLiteral("master"));
    QTest::keyClicks(page->loginEdit(), login);
    page->fullNameEdit()->setText(QStringLiteral("Сергей Тестов")); // keyClicks takes Latin-1 only
    page->roleCombo()->setCurrentIndex(page->roleCombo()->findData(QStringLiteral("master")));
    QTest::keyClicks(page->phoneEdit(), QStringLiteral("8 912 345 67 01"));
    QTest::keyClicks(page->passwordEdit(), QStringLiteral("Master-Passw0rd"));
    QTest::mouseClick(page->saveButton(), Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(rowWithText(page->model(), 0, login) >= 0, 15000);
    const auto users = m_fixture.api().get(QStringLiteral("/users"), m_fixture.adminToken());
    QCOMPARE(users.status, 200);
    QJsonObject created;
    for (const auto &value : users.array()) {
        if (value.toObject().value(QLatin1String("login")).toString() == login)
            created = value.toObject();
    }
    QVERIFY2(!created.isEmpty(), "the user made through the form is not in GET /users");
    QCOMPARE(created.value(QLatin1String("role")).toString(), QStringLiteral("master"));
    QCOMPARE(created.value(QLatin1String("full_name")).toString(), QStringLiteral("Сергей Тестов"));
    QCOMPARE(created.value(QLatin1String("phone")).toString(), QStringLiteral("+79123456701"));
    QVERIFY(!m_fixture.api().login(login, QStringLiteral("Master-Passw0rd")).isEmpty());
    // The form now edits the new user.
    QCOMPARE(page->editedUserId(), created.value(QLatin1String("id")).toInteger());
    QVERIFY(page->statusLabel()->text().contains(login));
}

void TestAdminDashboard::showsServerFieldErrorNextToField()
{
    auto *page = m_dashboard->usersPage();
    QTest::mouseClick(page->newButton(), Qt::LeftButton);
    const auto login = ServerFixture::uniqueName(QStringLiteral("short"));
    QTest::keyClicks(page->loginEdit(), login);
    QTest::keyClicks(page->fullNameEdit(), QStringLiteral("Short Password"));
    QTest::keyClicks(page->passwordEdit(), QStringLiteral("short"));
    QTest::keyClicks(page->chatIdEdit(), QStringLiteral("not-a-chat"));
    QTest::mouseClick(page->saveButton(), Qt::LeftButton);

    // The server's 422 names the fields; each message sits under its own field.
    QTRY_VERIFY_WITH_TIMEOUT(page->fieldError(QStringLiteral("password"))->isVisible(), 15000);
    QVERIFY(!page->fieldError(QStringLiteral("password"))->text().isEmpty());
    QVERIFY(page->fieldError(QStringLiteral("telegram_chat_id"))->isVisible());
    QVERIFY(!page->fieldError(QStringLiteral("login"))->isVisible());
    QVERIFY(!page->fieldError(QStringLiteral("full_name"))->isVisible());
    // Next to the field: the label is right below the input in the same form column.
    const auto *label = page->fieldError(QStringLiteral("password"));
    QVERIFY(label->geometry().top() >= page->passwordEdit()->geometry().bottom());
    QVERIFY(label->geometry().top() - page->passwordEdit()->geometry().bottom() < 60);
    QCOMPARE(rowWithText(page->model(), 0, login), -1);

    // Typing a valid password and saving again clears the errors and creates the user.
    page->passwordEdit()->clear();
    QTest::keyClicks(page->passwordEdit(), QStringLiteral("Long-enough-1"));
    page->chatIdEdit()->setText(QStringLiteral("-100123"));
    QTest::mouseClick(page->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(rowWithText(page->model(), 0, login) >= 0, 15000);
    QVERIFY(!page->fieldError(QStringLiteral("password"))->isVisible());
}

void TestAdminDashboard::duplicateLoginIsShownAtLogin()
{
    auto *page = m_dashboard->usersPage();
    QTest::mouseClick(page->newButton(), Qt::LeftButton);
    QTest::keyClicks(page->loginEdit(), ServerFixture::adminLogin());
    QTest::keyClicks(page->fullNameEdit(), QStringLiteral("Second Admin"));
    QTest::keyClicks(page->passwordEdit(), QStringLiteral("Long-enough-1"));
    QTest::mouseClick(page->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->fieldError(QStringLiteral("login"))->isVisible(), 15000);
}

void TestAdminDashboard::editsRoleDeactivatesAndResetsPassword()
{
    const auto user = m_fixture.newUser(QStringLiteral("operator"));
    QVERIFY2(user.isValid(), qPrintable(user.error));
    auto *page = m_dashboard->usersPage();
    page->reload();
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowOfId(user.id) >= 0 && !page->isBusy(), 15000);
    QVERIFY(selectId(page->table(), user.id));
    QCOMPARE(page->editedUserId(), user.id);
    QVERIFY(page->loginEdit()->isReadOnly());

    page->roleCombo()->setCurrentIndex(page->roleCombo()->findData(QStringLiteral("coordinator")));
    page->fullNameEdit()->setText(QStringLiteral("Renamed Person"));
    QTest::mouseClick(page->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && page->model()->text(page->model()->rowOfId(user.id), 1) ==
                                                    QStringLiteral("Renamed Person"),
                             15000);
    auto listed = findById(m_fixture.api().get(QStringLiteral("/users"), m_fixture.adminToken()).array(), user.id);
    QCOMPARE(listed.value(QLatin1String("role")).toString(), QStringLiteral("coordinator"));

    m_prompts.password = QStringLiteral("Fresh-Passw0rd");
    QVERIFY(page->resetPasswordButton()->isEnabled());
    QTest::mouseClick(page->resetPasswordButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && page->statusLabel()->text().contains(user.login), 15000);
    QVERIFY(!m_fixture.api().login(user.login, QStringLiteral("Fresh-Passw0rd")).isEmpty());

    QVERIFY(selectId(page->table(), user.id));
    QTest::mouseClick(page->activeButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && page->activeButton()->text().contains(QStringLiteral("Activate")),
                             15000);
    listed = findById(m_fixture.api().get(QStringLiteral("/users"), m_fixture.adminToken()).array(), user.id);
    QCOMPARE(listed.value(QLatin1String("active")).toBool(), false);
    QVERIFY(m_fixture.api().login(user.login, QStringLiteral("Fresh-Passw0rd")).isEmpty());
}

void TestAdminDashboard::districtsAddRenameDeactivate()
{
    auto *page = m_dashboard->locationsPage();
    m_dashboard->tabs()->setCurrentWidget(page);
    QTest::mouseClick(page->addButton(), Qt::LeftButton);
    QVERIFY(page->fieldError(QStringLiteral("name"))->isVisible()); // blank name: checked before sending

    const auto name = ServerFixture::uniqueName(QStringLiteral("Район"));
    page->nameEdit()->setText(name);
    QTest::mouseClick(page->addButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(rowWithText(page->model(), 0, name) >= 0, 15000);
    const qint64 id = page->model()->idAt(rowWithText(page->model(), 0, name));
    // The reports' district filter learns about it too.
    QTRY_VERIFY_WITH_TIMEOUT(m_dashboard->locationNames().contains(id), 15000);

    const QString renamed = name + QStringLiteral("-2");
    m_prompts.textAnswer = renamed;
    QTRY_VERIFY(!page->isBusy());
    QVERIFY(selectId(page->table(), id));
    page->renameSelected();
    QTRY_VERIFY_WITH_TIMEOUT(rowWithText(page->model(), 0, renamed) >= 0 && !page->isBusy(), 15000);
    QVERIFY(selectId(page->table(), id));
    page->toggleActive();
    QTRY_VERIFY_WITH_TIMEOUT(
        !page->isBusy() && page->model()->text(page->model()->rowOfId(id), 1) != QStringLiteral("active"), 15000);
    const auto location =
        findById(m_fixture.api().get(QStringLiteral("/locations"), m_fixture.adminToken()).array(), id);
    QCOMPARE(location.value(QLatin1String("name")).toString(), renamed);
    QCOMPARE(location.value(QLatin1String("active")).toBool(), false);
}

void TestAdminDashboard::blacklistAddAndRemove()
{
    auto *page = m_dashboard->blacklistPage();
    m_dashboard->tabs()->setCurrentWidget(page);
    QTest::keyClicks(page->phoneEdit(), QStringLiteral("12345"));
    QTest::keyClicks(page->reasonEdit(), QStringLiteral("prank calls"));
    QTest::mouseClick(page->addButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->fieldError(QStringLiteral("phone"))->isVisible(), 15000);

    page->phoneEdit()->setText(QStringLiteral("8 (912) 000-11-22"));
    QTest::mouseClick(page->addButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(rowWithText(page->model(), 0, QStringLiteral("+79120001122")) >= 0, 15000);
    QVERIFY(!page->fieldError(QStringLiteral("phone"))->isVisible());
    const int row = rowWithText(page->model(), 0, QStringLiteral("+79120001122"));
    QCOMPARE(page->model()->text(row, 1), QStringLiteral("prank calls"));
    QCOMPARE(page->model()->text(row, 2), QStringLiteral("Test Administrator"));
    const auto check =
        m_fixture.api().get(QStringLiteral("/blacklist/check?phone=%2B79120001122"), m_fixture.adminToken());
    QCOMPARE(check.object().value(QLatin1String("blacklisted")).toBool(), true);

    QTRY_VERIFY(!page->isBusy());
    QVERIFY(selectId(page->table(), page->model()->idAt(row)));
    QTest::mouseClick(page->removeButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(rowWithText(page->model(), 0, QStringLiteral("+79120001122")) < 0, 15000);
    const auto after =
        m_fixture.api().get(QStringLiteral("/blacklist/check?phone=%2B79120001122"), m_fixture.adminToken());
    QCOMPARE(after.object().value(QLatin1String("blacklisted")).toBool(), false);
}

// Issue 19, bug 1: a new-order message written while no chat was set has "chat_id": null (README),
// and the client refused the whole outbox over it, showing the error and "no messages" at once.
void TestAdminDashboard::telegramOutboxShowsMessageWithoutChat()
{
    QCOMPARE(m_fixture.api()
                 .patch(QStringLiteral("/settings"), {{QStringLiteral("telegram_chat_id"), QJsonValue()}},
                        m_fixture.adminToken())
                 .status,
             200);
    const auto operatorUser = m_fixture.newUser(QStringLiteral("operator"));
    QVERIFY2(operatorUser.isValid(), qPrintable(operatorUser.error));
    const auto location = m_fixture.api().post(
        QStringLiteral("/locations"), {{QStringLiteral("name"), ServerFixture::uniqueName(QStringLiteral("tg"))}},
        m_fixture.adminToken());
    const QString client = ServerFixture::uniqueName(QStringLiteral("Без чата"));
    const auto order =
        m_fixture.api().post(QStringLiteral("/orders"),
                             {{QStringLiteral("client_name"), client},
                              {QStringLiteral("phone"), QStringLiteral("+79123450002")},
                              {QStringLiteral("address"), QStringLiteral("ул. Тестовая, 2")},
                              {QStringLiteral("location_id"), location.object().value(QLatin1String("id"))}},
                             operatorUser.token);
    QCOMPARE(order.status, 201);
    const auto outbox = m_fixture.api().get(QStringLiteral("/notifications"), m_fixture.adminToken()).array();
    QVERIFY(!outbox.isEmpty());
    QVERIFY(outbox.first().toObject().value(QLatin1String("chat_id")).isNull()); // the case of the bug

    auto *page = m_dashboard->telegramPage();
    m_dashboard->tabs()->setCurrentWidget(page);
    page->outboxFilter()->setCurrentIndex(0); // all messages
    page->reloadOutbox();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 15000);
    QVERIFY2(!page->statusLabel()->text().contains(QStringLiteral("outbox")), qPrintable(page->statusLabel()->text()));
    int row = -1;
    for (int i = 0; i < page->outboxModel()->rowCount(); ++i) {
        if (page->outboxModel()->text(i, 3).contains(client))
            row = i;
    }
    QVERIFY2(row >= 0, "the message of the new order is listed");
    QCOMPARE(page->outboxModel()->text(row, 2), QStringLiteral("not set yet"));
    QVERIFY(!emptyHintShown(page->outboxTable()));
}

// Issue 19, bug 1: "no messages" only when a load succeeded with none, never beside a load error.
void TestAdminDashboard::telegramOutboxFailureIsNotAnEmptyOutbox()
{
    QTcpServer closed; // a port nothing listens on once closed
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    okna::ApiClient api(m_session.context()->api()->tls());
    api.setServerUrl(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port)));
    api.setToken(m_fixture.adminToken());
    TelegramPage page(&api);
    page.resize(900, 600);
    page.show();
    QVERIFY(!emptyHintShown(page.outboxTable())); // not before anything arrived either
    page.reloadOutbox();
    QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 15000);
    QVERIFY2(page.statusLabel()->text().startsWith(QStringLiteral("Cannot load the outbox")),
             qPrintable(page.statusLabel()->text()));
    QCOMPARE(page.outboxModel()->rowCount(), 0);
    QVERIFY(!emptyHintShown(page.outboxTable()));

    // The server answers again: the error goes, the rows (or the hint) come.
    api.setServerUrl(m_session.context()->api()->serverUrl());
    page.reloadOutbox();
    QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 15000);
    QVERIFY2(page.statusLabel()->text().isEmpty(), qPrintable(page.statusLabel()->text()));
    QCOMPARE(emptyHintShown(page.outboxTable()), page.outboxModel()->rowCount() == 0);
}

void TestAdminDashboard::telegramSettingsAndOutbox()
{
    auto *page = m_dashboard->telegramPage();
    m_dashboard->tabs()->setCurrentWidget(page);
    QTRY_VERIFY(!page->isBusy());
    const QString token = QStringLiteral("123456:SECRET-token-value");
    QTest::keyClicks(page->tokenEdit(), token);
    page->chatIdEdit()->setText(QStringLiteral("-1001234567890"));
    QTest::mouseClick(page->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && page->tokenEdit()->text().isEmpty(), 15000);
    const auto settings = m_fixture.api().get(QStringLiteral("/settings"), m_fixture.adminToken()).object();
    QCOMPARE(settings.value(QLatin1String("telegram_bot_token_set")).toBool(), true);
    QCOMPARE(settings.value(QLatin1String("telegram_chat_id")).toString(), QStringLiteral("-1001234567890"));
    QVERIFY(!page->tokenStateLabel()->text().contains(QStringLiteral("SECRET")));

    // A bad time zone comes back as a field error next to the time zone box.
    page->timeZoneCombo()->setCurrentText(QStringLiteral("Mars/Olympus"));
    QTest::mouseClick(page->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->fieldError(QStringLiteral("timezone"))->isVisible(), 15000);
    page->timeZoneCombo()->setCurrentText(QStringLiteral("Europe/Moscow"));

    // A new order puts a message into the outbox; a failed one can be retried.
    const auto location = m_fixture.api().post(
        QStringLiteral("/locations"), {{QStringLiteral("name"), ServerFixture::uniqueName(QStringLiteral("tg"))}},
        m_fixture.adminToken());
    const auto order =
        m_fixture.api().post(QStringLiteral("/orders"),
                             {{QStringLiteral("client_name"), QStringLiteral("Client")},
                              {QStringLiteral("phone"), QStringLiteral("+79123450001")},
                              {QStringLiteral("address"), QStringLiteral("ул. Тестовая, 1")},
                              {QStringLiteral("location_id"), location.object().value(QLatin1String("id"))}},
                             m_fixture.adminToken());
    QCOMPARE(order.status, 201);
    // Only this order's message: earlier tests leave theirs in the outbox.
    m_fixture.sql(QStringLiteral("UPDATE telegram_outbox SET status = 'failed', last_error = 'test failure' "
                                 "WHERE id = (SELECT max(id) FROM telegram_outbox)"));
    page->outboxFilter()->setCurrentIndex(page->outboxFilter()->findData(QStringLiteral("failed")));
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && page->outboxModel()->rowCount() >= 1, 15000);
    QCOMPARE(page->outboxModel()->text(0, 5), QStringLiteral("test failure"));
    page->outboxTable()->selectRow(0);
    QVERIFY(page->retryButton()->isEnabled());
    QTest::mouseClick(page->retryButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && page->outboxModel()->rowCount() == 0, 15000);
    const auto pending = m_fixture.api().get(QStringLiteral("/notifications?status=failed"), m_fixture.adminToken());
    QCOMPARE(pending.array().size(), 0);
}

void TestAdminDashboard::backupRunsUntilVerified()
{
    auto *page = m_dashboard->backupsPage();
    m_dashboard->tabs()->setCurrentWidget(page);
    QTRY_VERIFY(!page->isBusy());
    QTest::mouseClick(page->createButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->backups().isEmpty(), 15000);
    // The page polls while it runs and stops once the backup is verified or failed.
    QTRY_VERIFY_WITH_TIMEOUT(!page->backups().isEmpty() && page->backups().first().status != Backup::Status::Running &&
                                 !page->isPolling(),
                             120000);
    const auto &backup = page->backups().first();
    QVERIFY2(backup.status == Backup::Status::Verified, qPrintable(backup.error.value_or(QString())));
    QVERIFY(!page->model()->text(0, 2).isEmpty()); // size
    QCOMPARE(page->model()->text(0, 1), BackupsPage::stateLabel(Backup::Status::Verified));
    // Issue 19, bug 5: the status line said "a backup is running" after it showed as verified.
    QVERIFY2(page->statusLabel()->text().startsWith(QStringLiteral("The backup is verified")),
             qPrintable(page->statusLabel()->text()));
}

void TestAdminDashboard::auditShowsEntriesWithFiltersAndPaging()
{
    auto *page = m_dashboard->auditPage();
    m_dashboard->tabs()->setCurrentWidget(page);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && page->model()->rowCount() > 0, 15000);
    // Actions read as words; the code stays in the tooltip.
    QVERIFY(rowWithText(page->model(), 2, QStringLiteral("User created")) >= 0);
    QVERIFY(rowWithText(page->model(), 2, QStringLiteral("Signed in")) >= 0);
    QCOMPARE(AuditActions::label(QStringLiteral("something_new")), QStringLiteral("something_new"));

    // Picked from the list by its label, the filter sends the code.
    page->actionFilter()->setCurrentIndex(page->actionFilter()->findData(QStringLiteral("user_created")));
    QCOMPARE(page->actionFilter()->currentText(), QStringLiteral("User created"));
    page->reload();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && page->model()->rowCount() >= 3, 15000);
    for (int row = 0; row < page->model()->rowCount(); ++row)
        QCOMPARE(page->model()->text(row, 2), QStringLiteral("User created"));
    const int all = page->model()->rowCount();
    // A code typed by hand filters the same way.
    page->actionFilter()->setCurrentText(QStringLiteral("user_created"));
    page->reload();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 15000);
    QCOMPARE(page->model()->rowCount(), all);

    page->setPageSize(2);
    page->reload();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && page->model()->rowCount() == 2, 15000);
    QVERIFY(page->moreButton()->isEnabled());
    QTest::mouseClick(page->moreButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && page->model()->rowCount() == std::min(all, 4), 15000);

    // A time range in the future finds nothing.
    page->setPageSize(100);
    page->fromEnabled()->setChecked(true);
    page->fromEdit()->setDateTime(QDateTime::currentDateTime().addDays(2));
    page->reload();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 15000);
    QCOMPARE(page->model()->rowCount(), 0);
    page->fromEnabled()->setChecked(false);

    // By user: the admin's own entries only.
    page->actionFilter()->setCurrentText(QString());
    page->userFilter()->setCurrentIndex(1);
    const auto userName = page->userFilter()->currentText();
    page->reload();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 15000);
    for (int row = 0; row < page->model()->rowCount(); ++row)
        QVERIFY(userName.startsWith(page->model()->text(row, 1)));
}

void TestAdminDashboard::twoFactorSetupShowsQrCode()
{
    auto *page = m_dashboard->twoFactorPage();
    m_dashboard->tabs()->setCurrentWidget(page);
    QTRY_VERIFY(!page->isBusy());
    QVERIFY(!page->isEnabled2fa());
    QTest::mouseClick(page->setupButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->qrLabel()->pixmap().isNull(), 15000);
    QVERIFY(page->uriLabel()->text().startsWith(QStringLiteral("otpauth://totp/")));
    QVERIFY(page->secretLabel()->text().size() >= 16);
    QVERIFY(page->codeEdit()->isVisible());
    QTest::keyClicks(page->codeEdit(), QStringLiteral("000000"));
    QTest::mouseClick(page->enableButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->fieldError(QStringLiteral("code"))->isVisible(), 15000);
    QVERIFY(!page->isEnabled2fa());
}

QTEST_MAIN(TestAdminDashboard)
#include "tst_admin_dashboard.moc"

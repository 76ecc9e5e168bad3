// Switching the language from the main window's Language menu translates the operator's dashboard
// in place: labels, buttons, menus and table headers turn Russian (the texts of okna_ru.ts), while
// the half-typed new order, the chosen district and the selected row stay; and back to English.
#include "ClientTestKit.h"

#include "core/ClientContext.h"
#include "core/OrdersModel.h"
#include "core/Translator.h"
#include "gui/MainWindow.h"
#include "gui/OperatorDashboard.h"
#include "gui/OrderForm.h"

#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace okna;
using namespace okna::test;

namespace {

QAction *languageAction(MainWindow &window, const QString &name)
{
    for (auto *action : window.languageMenu()->actions()) {
        if (action->text() == name)
            return action;
    }
    return nullptr;
}

QString header(QTableView *view, int column)
{
    return view->model()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
}

} // namespace

class TestLanguageSwitch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void switchingLanguageKeepsTheTypedOrder();

private:
    ClientTestKit m_kit;
    FakePrompts m_prompts;
    std::unique_ptr<ClientContext> m_context;
    qint64 m_location = -1;
};

void TestLanguageSwitch::initTestCase()
{
    QVERIFY2(m_kit.start(), qPrintable(m_kit.errorString()));
    QCOMPARE(Translator::install(QStringLiteral("en")), QStringLiteral("en"));
    const auto user = m_kit.fx().newUser(QStringLiteral("operator"));
    m_location = m_kit.newLocation();
    QVERIFY(m_location > 0);
    // Today's list has a row to select.
    QVERIFY(!m_kit.newOrder(m_location).isEmpty());
    m_context = m_kit.loggedInContext(user);
    QVERIFY2(m_context, qPrintable(m_kit.errorString()));
}

void TestLanguageSwitch::cleanup()
{
    Translator::install(QStringLiteral("en"));
    m_kit.fx().printServerLogIfTestFailed();
}

void TestLanguageSwitch::switchingLanguageKeepsTheTypedOrder()
{
    MainWindow window(m_context.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *dashboard = qobject_cast<OperatorDashboard *>(window.dashboard());
    QVERIFY(dashboard);
    OrderForm *form = dashboard->form();
    QTableView *today = dashboard->todayView();
    QTRY_VERIFY_WITH_TIMEOUT(form->districtCombo()->findData(m_location) >= 0, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(today->model()->rowCount() > 0, 10000);
    QCOMPARE(form->fieldCaption(QStringLiteral("client_name"))->text(), QStringLiteral("Client &name:"));

    // A call half taken: name, part of the phone, address, district, comment; a row selected below.
    form->districtCombo()->setCurrentIndex(form->districtCombo()->findData(m_location));
    QTest::keyClicks(form->nameEdit(), QStringLiteral("Half Typed"));
    QTest::keyClicks(form->phoneEdit(), QStringLiteral("8 912 55"));
    QTest::keyClicks(form->addressEdit(), QStringLiteral("Polovinnaya st. 1"));
    QTest::keyClicks(form->commentEdit(), QStringLiteral("call back"));
    today->selectRow(0);
    const auto selectedId = today->currentIndex().siblingAtColumn(0).data(OrdersModel::OrderIdRole);
    QVERIFY(selectedId.toLongLong() > 0);
    QSignalSpy resets(dashboard->todayModel(), &QAbstractItemModel::modelReset);

    QAction *russian = languageAction(window, QStringLiteral("Русский"));
    QVERIFY(russian);
    russian->trigger();

    // QApplication posts QEvent::LanguageChange to the windows: the texts change once it is handled.
    QTRY_COMPARE(form->fieldCaption(QStringLiteral("client_name"))->text(), QStringLiteral("&Имя клиента:"));
    QCOMPARE(window.dashboard(), dashboard); // translated in place, not built again
    QCOMPARE(form->fieldCaption(QStringLiteral("phone"))->text(), QStringLiteral("&Телефон:"));
    QCOMPARE(form->formBox()->title(), QStringLiteral("Новая заявка"));
    QCOMPARE(form->saveButton()->text(), QStringLiteral("Сохранить заявку (Enter)"));
    QCOMPARE(form->newButton()->text(), QStringLiteral("Новая (Ctrl+N)"));
    QCOMPARE(form->phoneHint()->text(), QStringLiteral("Номер телефона ещё не полный"));
    QCOMPARE(window.fileMenu()->title(), QStringLiteral("&Файл"));
    QCOMPARE(window.fileMenu()->actions().first()->text(), QStringLiteral("&Выйти"));
    QCOMPARE(window.languageMenu()->title(), QStringLiteral("&Язык"));
    QVERIFY(russian->isChecked());
    QCOMPARE(header(today, OrdersModel::Status), QStringLiteral("Статус"));
    QCOMPARE(header(today, OrdersModel::CreatedAt), QStringLiteral("Создана"));
    QCOMPARE(header(today, OrdersModel::ClientName), QStringLiteral("Клиент"));
    QCOMPARE(header(today, OrdersModel::Address), QStringLiteral("Адрес"));
    QCOMPARE(today->currentIndex().siblingAtColumn(OrdersModel::Status).data().toString(),
             QStringLiteral("Не назначена"));

    // What the user did is all still there.
    QCOMPARE(form->nameEdit()->text(), QStringLiteral("Half Typed"));
    QCOMPARE(form->phoneEdit()->text(), QStringLiteral("8 912 55"));
    QCOMPARE(form->addressEdit()->text(), QStringLiteral("Polovinnaya st. 1"));
    QCOMPARE(form->commentEdit()->text(), QStringLiteral("call back"));
    QCOMPARE(form->districtCombo()->currentData().toLongLong(), m_location);
    QCOMPARE(today->currentIndex().siblingAtColumn(0).data(OrdersModel::OrderIdRole), selectedId);
    QVERIFY(today->selectionModel()->isRowSelected(today->currentIndex().row(), {}));
    QCOMPARE(resets.count(), 0);

    QAction *english = languageAction(window, QStringLiteral("English"));
    QVERIFY(english);
    english->trigger();
    QTRY_COMPARE(form->fieldCaption(QStringLiteral("client_name"))->text(), QStringLiteral("Client &name:"));
    QCOMPARE(form->saveButton()->text(), QStringLiteral("Save order (Enter)"));
    QCOMPARE(window.fileMenu()->title(), QStringLiteral("&File"));
    QCOMPARE(header(today, OrdersModel::Status), QStringLiteral("Status"));
    QCOMPARE(form->nameEdit()->text(), QStringLiteral("Half Typed"));
    QCOMPARE(form->phoneEdit()->text(), QStringLiteral("8 912 55"));
}

QTEST_MAIN(TestLanguageSwitch)
#include "tst_language_switch.moc"

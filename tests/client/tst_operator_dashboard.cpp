// The operator's dashboard against a real server: a new order typed with the keyboard only, the
// phone checked as typed, a blacklisted number warned about before saving, earlier orders of the
// number, server field errors next to the field, and today's orders live below. Ctrl+N from
// anywhere, the phone's verdicts, errors that go once the field is right.
#include "ClientTestKit.h"

#include "core/ClientContext.h"
#include "core/OrdersModel.h"
#include "gui/OperatorDashboard.h"
#include "gui/OrderForm.h"
#include "phone/PhoneNumber.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace okna;
using namespace okna::test;

class TestOperatorDashboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void newOrderWithKeyboardOnly();
    void districtIsPickedForEachOrder();
    void phoneIsCheckedAsTyped();
    void localErrorsNameTheField();
    void serverFieldErrorShownNextToField();
    void blacklistedPhoneWarnsBeforeSaving();
    void earlierOrdersOfThePhone();
    void todaysOrdersAreLive();
    void blacklistWarningSitsUnderThePhone();
    void ctrlNFromTheTodayTable();
    void phoneSaysWhatIsWrong();
    void errorsGoWhenFieldsAreFixed();

private:
    // A logged-in operator's dashboard with its districts loaded; the test's district chosen.
    std::unique_ptr<OperatorDashboard> openDashboard();
    bool selectDistrict(OrderForm *form, qint64 locationId);
    // Puts `phone` on the blacklist through the API, as an administrator would.
    bool blacklist(const QString &phone, const QString &reason);

    ClientTestKit m_kit;
    FakePrompts m_prompts;
    TestUser m_operator;
    std::unique_ptr<ClientContext> m_context;
    qint64 m_location = -1;
};

void TestOperatorDashboard::initTestCase()
{
    QVERIFY2(m_kit.start(), qPrintable(m_kit.errorString()));
    m_operator = m_kit.fx().newUser(QStringLiteral("operator"));
    m_location = m_kit.newLocation(QStringLiteral("Центральный"));
    QVERIFY(m_location > 0);
    m_context = m_kit.loggedInContext(m_operator);
    QVERIFY2(m_context, qPrintable(m_kit.errorString()));
}

void TestOperatorDashboard::init()
{
    m_prompts.reset();
}

void TestOperatorDashboard::cleanup()
{
    m_kit.fx().printServerLogIfTestFailed();
}

std::unique_ptr<OperatorDashboard> TestOperatorDashboard::openDashboard()
{
    auto dashboard = std::make_unique<OperatorDashboard>(m_context.get());
    QSignalSpy loaded(dashboard.get(), &Dashboard::locationsLoaded);
    dashboard->resize(1200, 800);
    dashboard->show();
    if (!QTest::qWaitForWindowExposed(dashboard.get()) || (loaded.isEmpty() && !loaded.wait(10000)))
        return nullptr;
    dashboard->activateWindow();
    QTest::qWait(50);
    return dashboard;
}

bool TestOperatorDashboard::blacklist(const QString &phone, const QString &reason)
{
    return m_kit
               .post(QStringLiteral("/blacklist"),
                     {{QStringLiteral("phone"), phone}, {QStringLiteral("reason"), reason}})
               .status == 201;
}

bool TestOperatorDashboard::selectDistrict(OrderForm *form, qint64 locationId)
{
    const int index = form->districtCombo()->findData(locationId);
    form->districtCombo()->setCurrentIndex(index);
    return index >= 0;
}

void TestOperatorDashboard::districtIsPickedForEachOrder()
{
    auto dashboard = openDashboard();
    QVERIFY(dashboard);
    OrderForm *form = dashboard->form();
    QComboBox *district = form->districtCombo();
    QVERIFY(district->count() > 0);
    // Nothing chosen at first: the placeholder asks for a district, Enter does not save the first one.
    QCOMPARE(district->currentIndex(), -1);
    QVERIFY(!district->placeholderText().isEmpty());
    QSignalSpy created(form, &OrderForm::orderCreated);
    QTest::keyClicks(form->nameEdit(), QStringLiteral("Nobody Picked"));
    QTest::keyClicks(form->phoneEdit(), ClientTestKit::randomPhone());
    QTest::keyClicks(form->addressEdit(), QStringLiteral("Unpicked st. 1"));
    QTest::keyClick(form->addressEdit(), Qt::Key_Return);
    QVERIFY(form->fieldError(QStringLiteral("location_id"))->isVisible());
    QCOMPARE(QApplication::focusWidget(), district);
    QTest::qWait(200);
    QCOMPARE(created.count(), 0);

    // Picked, saved: the next order starts without a district again.
    QVERIFY(selectDistrict(form, m_location));
    QVERIFY(!form->fieldError(QStringLiteral("location_id"))->isVisible());
    QTest::keyClick(form->addressEdit(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, 10000);
    QCOMPARE(created.first().at(0).value<Order>().locationId, m_location);
    QCOMPARE(district->currentIndex(), -1);
}

void TestOperatorDashboard::newOrderWithKeyboardOnly()
{
    auto dashboard = openDashboard();
    QVERIFY(dashboard);
    OrderForm *form = dashboard->form();
    QVERIFY(selectDistrict(form, m_location));
    QTRY_COMPARE(QApplication::focusWidget(), form->nameEdit());
    QSignalSpy created(form, &OrderForm::orderCreated);

    // (QTest types ASCII only.) Name, Tab, phone, Tab, address, Tab (district stays), Tab, comment, Enter.
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Anna Klaviaturova"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), form->phoneEdit());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("8 (912) 555-01-02"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), form->addressEdit());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Klavishnaya st. 5"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), form->districtCombo());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), form->commentEdit());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Intercom 5K"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);

    QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, 10000);
    const auto order = created.first().at(0).value<Order>();
    QCOMPARE(order.phone, QStringLiteral("+79125550102"));
    QCOMPARE(order.clientName, QStringLiteral("Anna Klaviaturova"));
    QCOMPARE(order.locationId, m_location);
    QCOMPARE(order.comment, QStringLiteral("Intercom 5K"));
    QVERIFY2(form->statusLabel()->text().contains(QString::number(order.number)),
             qPrintable(form->statusLabel()->text()));
    // Ready for the next call: fields empty, the cursor back in the name.
    QVERIFY(form->nameEdit()->text().isEmpty());
    QVERIFY(form->phoneEdit()->text().isEmpty());
    QCOMPARE(QApplication::focusWidget(), form->nameEdit());
    QTRY_VERIFY_WITH_TIMEOUT(dashboard->todayModel()->rowOf(order.id) >= 0, 5000);
    const auto stored = m_kit.get(QStringLiteral("/orders/%1").arg(order.id));
    QCOMPARE(stored.status, 200);
    QCOMPARE(stored.object().value(QLatin1String("address")).toString(), QStringLiteral("Klavishnaya st. 5"));

    // Ctrl+N starts over whatever was typed, once the operator agrees to lose it.
    QTest::keyClicks(form->nameEdit(), QStringLiteral("Draft"));
    QTest::keyClick(form->nameEdit(), Qt::Key_Tab);
    QTest::keyClicks(form->phoneEdit(), QStringLiteral("912"));
    m_prompts.confirmAnswer = true;
    QTest::keyClick(form->phoneEdit(), Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(m_prompts.confirmTexts.size(), 1);
    QVERIFY(form->nameEdit()->text().isEmpty());
    QVERIFY(form->phoneEdit()->text().isEmpty());
    QCOMPARE(QApplication::focusWidget(), form->nameEdit());
}

void TestOperatorDashboard::phoneIsCheckedAsTyped()
{
    auto dashboard = openDashboard();
    QVERIFY(dashboard);
    OrderForm *form = dashboard->form();
    QTest::keyClicks(form->phoneEdit(), QStringLiteral("8912"));
    QVERIFY(form->phoneHint()->isVisible());
    const QString incomplete = form->phoneHint()->text();
    QVERIFY(!incomplete.isEmpty());
    QTest::keyClicks(form->phoneEdit(), QStringLiteral("3456789"));
    // The same normalisation as the server (common/phone): shown as the number it will be saved as.
    QVERIFY2(form->phoneHint()->text().contains(QStringLiteral("+7 912 345-67-89")),
             qPrintable(form->phoneHint()->text()));
    QVERIFY(form->phoneHint()->text() != incomplete);
}

void TestOperatorDashboard::localErrorsNameTheField()
{
    auto dashboard = openDashboard();
    QVERIFY(dashboard);
    OrderForm *form = dashboard->form();
    QTest::keyClicks(form->phoneEdit(), QStringLiteral("12345"));
    QTest::keyClick(form->phoneEdit(), Qt::Key_Return);
    QVERIFY(form->fieldError(QStringLiteral("client_name"))->isVisible());
    QVERIFY(form->fieldError(QStringLiteral("phone"))->isVisible());
    QVERIFY(form->fieldError(QStringLiteral("address"))->isVisible());
    QCOMPARE(QApplication::focusWidget(), form->nameEdit()); // the first wrong field
}

void TestOperatorDashboard::serverFieldErrorShownNextToField()
{
    // A district that an administrator switches off after the form loaded: only the server knows.
    const auto closing = m_kit.newLocation();
    auto dashboard = openDashboard();
    QVERIFY(dashboard);
    OrderForm *form = dashboard->form();
    QVERIFY(selectDistrict(form, closing));
    QCOMPARE(m_kit.fx()
                 .api()
                 .patch(QStringLiteral("/locations/%1").arg(closing), {{QStringLiteral("active"), false}},
                        m_kit.fx().adminToken())
                 .status,
             200);
    QTest::keyClicks(form->nameEdit(), QStringLiteral("Closed District Client"));
    QTest::keyClicks(form->phoneEdit(), ClientTestKit::randomPhone());
    QTest::keyClicks(form->addressEdit(), QStringLiteral("Zakrytaya st. 1"));
    QSignalSpy created(form, &OrderForm::orderCreated);
    QTest::keyClick(form->addressEdit(), Qt::Key_Return);
    auto *error = form->fieldError(QStringLiteral("location_id"));
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 10000);
    QVERIFY(!error->text().isEmpty());
    QCOMPARE(created.count(), 0);
    QVERIFY(!form->fieldError(QStringLiteral("client_name"))->isVisible());
    QCOMPARE(QApplication::focusWidget(), form->districtCombo());
    QCOMPARE(form->nameEdit()->text(), QStringLiteral("Closed District Client")); // nothing typed is lost
}

void TestOperatorDashboard::blacklistedPhoneWarnsBeforeSaving()
{
    const QString phone = ClientTestKit::randomPhone();
    const QString reason = QStringLiteral("Не платит, грубит мастерам");
    QVERIFY(blacklist(phone, reason));
    auto dashboard = openDashboard();
    QVERIFY(dashboard);
    OrderForm *form = dashboard->form();
    QVERIFY(selectDistrict(form, m_location));
    QTest::keyClicks(form->nameEdit(), QStringLiteral("Black List"));
    // Typed the way people say it: 8 and spaces; the check uses the normalised number.
    QTest::keyClicks(form->phoneEdit(), QStringLiteral("8 ") + phone.mid(2, 3) + QLatin1Char(' ') + phone.mid(5));
    QTRY_VERIFY_WITH_TIMEOUT(form->blacklistWarning()->isVisible(), 5000);
    QVERIFY2(form->blacklistWarning()->text().contains(reason), qPrintable(form->blacklistWarning()->text()));
    QCOMPARE(form->blacklistWarning()->palette().color(QPalette::WindowText).name(), QStringLiteral("#e53935"));

    // Saving anyway: the server refuses (409 client_blacklisted) and the warning stays with the reason.
    QTest::keyClicks(form->addressEdit(), QStringLiteral("Chernaya st. 13"));
    QSignalSpy created(form, &OrderForm::orderCreated);
    QTest::keyClick(form->addressEdit(), Qt::Key_Return);
    QTest::qWait(1000);
    QCOMPARE(created.count(), 0);
    QVERIFY(form->blacklistWarning()->isVisible());
    QVERIFY(form->blacklistWarning()->text().contains(reason));

    // Another number: the warning goes away.
    form->phoneEdit()->clear();
    QTest::keyClicks(form->phoneEdit(), ClientTestKit::randomPhone());
    QTRY_VERIFY_WITH_TIMEOUT(!form->blacklistWarning()->isVisible(), 5000);
}

void TestOperatorDashboard::earlierOrdersOfThePhone()
{
    const QString phone = ClientTestKit::randomPhone();
    const auto first = m_kit.newOrder(m_location, phone);
    const auto second = m_kit.newOrder(m_location, phone);
    auto dashboard = openDashboard();
    QVERIFY(dashboard);
    OrderForm *form = dashboard->form();
    QTest::keyClicks(form->phoneEdit(), phone.mid(2)); // "912...": ten digits, no prefix
    QTRY_COMPARE_WITH_TIMEOUT(form->historyModel()->rowCount(), 2, 5000);
    QCOMPARE(form->historyModel()->orderAt(0).id, second.value(QLatin1String("id")).toInteger());
    QCOMPARE(form->historyModel()->orderAt(1).id, first.value(QLatin1String("id")).toInteger());
    QVERIFY(!form->blacklistWarning()->isVisible());
}

void TestOperatorDashboard::todaysOrdersAreLive()
{
    auto dashboard = openDashboard();
    QVERIFY(dashboard);
    OrdersModel *today = dashboard->todayModel();
    QSignalSpy reset(today, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(today, &QAbstractItemModel::rowsInserted);
    QTRY_VERIFY_WITH_TIMEOUT(!today->isLoading(), 5000);
    reset.clear();
    const auto other = m_kit.fx().newUser(QStringLiteral("operator"));
    const auto order = m_kit.newOrder(m_location, {}, other.token);
    const qint64 id = order.value(QLatin1String("id")).toInteger();
    QTRY_VERIFY_WITH_TIMEOUT(today->rowOf(id) >= 0, 2000);
    QCOMPARE(reset.count(), 0);
    QVERIFY(!inserted.isEmpty());
    // The view shows it at the top (newest first) with its status badge text.
    auto *view = dashboard->todayView();
    QCOMPARE(view->model()->index(0, OrdersModel::Number).data().toString(),
             QString::number(order.value(QLatin1String("number")).toInteger()));
    QCOMPARE(view->model()->index(0, OrdersModel::Status).data().toString(), label(OrderStatus::New));
}

void TestOperatorDashboard::blacklistWarningSitsUnderThePhone()
{
    const QString phone = ClientTestKit::randomPhone();
    const QString reason = QStringLiteral("Threatens the masters");
    QVERIFY(blacklist(phone, reason));
    auto dashboard = openDashboard();
    QVERIFY(dashboard);
    OrderForm *form = dashboard->form();
    QVERIFY(selectDistrict(form, m_location));
    QTest::keyClicks(form->nameEdit(), QStringLiteral("Twice Warned"));
    QTest::keyClick(form->nameEdit(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), phone);
    auto *warning = form->blacklistWarning();
    QTRY_VERIFY_WITH_TIMEOUT(warning->isVisible(), 5000);
    // No green tick for a number that must not be taken.
    QVERIFY2(!form->phoneHint()->isVisible(), qPrintable(form->phoneHint()->text()));
    QCOMPARE(warning->text().count(QStringLiteral("blacklist"), Qt::CaseInsensitive), 1);
    QCOMPARE(warning->text().count(reason), 1);
    // Right under the phone, above the address (not under the comment).
    const int warningTop = warning->mapTo(form, QPoint(0, 0)).y();
    QVERIFY(warningTop >= form->phoneEdit()->mapTo(form, QPoint(0, form->phoneEdit()->height())).y());
    QVERIFY(warningTop + warning->height() <= form->addressEdit()->mapTo(form, QPoint(0, 0)).y());

    // Saved anyway: the server's refusal carries the reason; it is shown with one prefix.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Dvazhdy st. 2"));
    QSignalSpy created(form, &OrderForm::orderCreated);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), form->phoneEdit(), 10000);
    QCOMPARE(created.count(), 0);
    QVERIFY(warning->isVisible());
    QCOMPARE(warning->text().count(QStringLiteral("blacklist"), Qt::CaseInsensitive), 1);
    QCOMPARE(warning->text().count(reason), 1);
    QVERIFY(!form->phoneHint()->isVisible());
}

void TestOperatorDashboard::ctrlNFromTheTodayTable()
{
    auto dashboard = openDashboard();
    QVERIFY(dashboard);
    OrderForm *form = dashboard->form();
    QTableView *today = dashboard->todayView();

    // An empty form: no question, the cursor goes to the name and the name goes there too.
    QTest::mouseClick(today->viewport(), Qt::LeftButton, {}, QPoint(10, 10));
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(today));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), form->nameEdit());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Ivan"));
    QCOMPARE(form->nameEdit()->text(), QStringLiteral("Ivan"));
    QVERIFY(m_prompts.confirmTexts.isEmpty());

    // A filled form: asked first; No keeps every letter.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("8 912"));
    QTest::mouseClick(today->viewport(), Qt::LeftButton, {}, QPoint(10, 10));
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(today));
    m_prompts.confirmAnswer = false;
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(m_prompts.confirmTexts.size(), 1);
    QCOMPARE(form->nameEdit()->text(), QStringLiteral("Ivan"));
    QCOMPARE(form->phoneEdit()->text(), QStringLiteral("8 912"));

    // Yes: a clean form, the cursor in the name.
    m_prompts.confirmAnswer = true;
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(m_prompts.confirmTexts.size(), 2);
    QVERIFY(form->nameEdit()->text().isEmpty());
    QVERIFY(form->phoneEdit()->text().isEmpty());
    QCOMPARE(QApplication::focusWidget(), form->nameEdit());
}

void TestOperatorDashboard::phoneSaysWhatIsWrong()
{
    auto dashboard = openDashboard();
    QVERIFY(dashboard);
    OrderForm *form = dashboard->form();
    QLineEdit *phone = form->phoneEdit();
    QLabel *hint = form->phoneHint();
    const auto typed = [&](const QString &text) {
        phone->clear();
        QTest::keyClicks(phone, text);
        return hint->isVisible() ? hint->text() : QString();
    };
    // Still typing: a quiet hint.
    QCOMPARE(typed(QStringLiteral("8 912")), QStringLiteral("Not a complete phone number yet"));
    // Definite mistakes: libphonenumber's verdict, each its own words.
    QCOMPARE(typed(QStringLiteral("8 912 345 67 890")), PhoneNumber::verdictText(PhoneVerdict::TooLong));
    QCOMPARE(typed(QStringLiteral("8 912 abc")), PhoneNumber::verdictText(PhoneVerdict::NotDigits));
    QCOMPARE(typed(QStringLiteral("+7 012 345-67-89")), PhoneNumber::verdictText(PhoneVerdict::NoSuchNumber));
    QVERIFY(typed(QStringLiteral("8 912 345 67 89")).contains(QStringLiteral("+7 912 345-67-89")));

    // Saved one digit short: the red error says so, and the grey hint is not shown beside it.
    QVERIFY(selectDistrict(form, m_location));
    QTest::keyClicks(form->nameEdit(), QStringLiteral("Short Number"));
    QTest::keyClicks(form->addressEdit(), QStringLiteral("Korotkaya st. 1"));
    typed(QStringLiteral("8 912 345 67 8"));
    QTest::keyClick(phone, Qt::Key_Return);
    QLabel *error = form->fieldError(QStringLiteral("phone"));
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), PhoneNumber::verdictText(PhoneVerdict::TooShort));
    QVERIFY2(!hint->isVisible(), qPrintable(hint->text()));
    QCOMPARE(QApplication::focusWidget(), phone);
    // The missing digit: the error goes, the tick comes.
    QTest::keyClick(phone, Qt::Key_9);
    QVERIFY(!error->isVisible());
    QVERIFY(hint->isVisible());
    QVERIFY2(hint->text().contains(QStringLiteral("+7 912 345-67-89")), qPrintable(hint->text()));
}

void TestOperatorDashboard::errorsGoWhenFieldsAreFixed()
{
    auto dashboard = openDashboard();
    QVERIFY(dashboard);
    OrderForm *form = dashboard->form();
    QTest::keyClick(form->nameEdit(), Qt::Key_Return);
    QLabel *nameError = form->fieldError(QStringLiteral("client_name"));
    QLabel *addressError = form->fieldError(QStringLiteral("address"));
    QVERIFY(nameError->isVisible());
    QVERIFY(addressError->isVisible());
    QCOMPARE(QApplication::focusWidget(), form->nameEdit());
    // Blanks are not a name: the error stays.
    QTest::keyClick(form->nameEdit(), Qt::Key_Space);
    QVERIFY(nameError->isVisible());
    QTest::keyClicks(form->nameEdit(), QStringLiteral("Olga"));
    QVERIFY(!nameError->isVisible());
    QVERIFY(addressError->isVisible()); // not fixed yet
    QTest::keyClicks(form->addressEdit(), QStringLiteral("Ispravlennaya st. 3"));
    QVERIFY(!addressError->isVisible());
}

QTEST_MAIN(TestOperatorDashboard)
#include "tst_operator_dashboard.moc"

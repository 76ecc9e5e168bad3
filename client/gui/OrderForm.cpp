#include "gui/OrderForm.h"

#include "core/ApiClient.h"
#include "core/OrdersModel.h"
#include "core/Retranslation.h"
#include "core/StatusPalette.h"
#include "domain/OrderPageSizes.h"
#include "gui/Prompts.h"
#include "gui/StatusDelegate.h"
#include "phone/PhoneNumber.h"
#include "json/BlacklistCheck.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace okna {

namespace {

void paintText(QLabel *label, const QColor &color)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, color);
    label->setPalette(palette);
}

} // namespace

OrderForm::OrderForm(ApiClient *api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_name(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_phoneHint(new QLabel(this))
    , m_address(new QLineEdit(this))
    , m_district(new QComboBox(this))
    , m_comment(new QLineEdit(this))
    , m_blacklist(new QLabel(this))
    , m_status(new QLabel(this))
    , m_save(new QPushButton(this))
    , m_new(new QPushButton(this))
    , m_formBox(new QGroupBox(this))
    , m_historyModel(new OrdersModel(api, this))
    , m_history(new QTableView(this))
    , m_historyTitle(new QLabel(this))
{
    m_name->setMaxLength(200);
    m_address->setMaxLength(300);
    m_comment->setMaxLength(2000);
    m_phoneHint->setVisible(false);
    m_historyTitle->setWordWrap(true);
    m_blacklist->setWordWrap(true);
    m_blacklist->setVisible(false);
    QFont bold = m_blacklist->font();
    bold.setBold(true);
    m_blacklist->setFont(bold);
    paintText(m_blacklist, StatusPalette::warning());

    auto *form = new QFormLayout;
    auto addField = [&](QWidget *field, const QString &wireName) {
        auto *column = new QVBoxLayout;
        column->setSpacing(1);
        column->addWidget(field);
        if (field == m_phone) {
            // The verdict on the number, then the blacklist warning right under it.
            column->addWidget(m_phoneHint);
            column->addWidget(m_blacklist);
        }
        column->addWidget(addErrorLabel(wireName));
        auto *caption = new QLabel(this);
        caption->setBuddy(field); // Alt+letter jumps to the field
        m_captions.insert(wireName, caption);
        form->addRow(caption, column);
        field->installEventFilter(this);
    };
    addField(m_name, QStringLiteral("client_name"));
    addField(m_phone, QStringLiteral("phone"));
    addField(m_address, QStringLiteral("address"));
    addField(m_district, QStringLiteral("location_id"));
    addField(m_comment, QStringLiteral("comment"));

    auto *formLayout = new QVBoxLayout(m_formBox);
    formLayout->addLayout(form);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_new);
    buttons->addWidget(m_save);
    formLayout->addLayout(buttons);
    m_status->setWordWrap(true);

    m_history->setModel(m_historyModel);
    m_history->setItemDelegateForColumn(OrdersModel::Status, new StatusDelegate(m_history));
    m_history->verticalHeader()->hide();
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setFocusPolicy(Qt::NoFocus);
    for (int column : {int(OrdersModel::ClientName), int(OrdersModel::Phone), int(OrdersModel::District),
                       int(OrdersModel::Master), int(OrdersModel::Comment)})
        m_history->hideColumn(column);
    m_history->horizontalHeader()->setStretchLastSection(true);
    auto *historyBox = new QWidget(this);
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(m_historyTitle);
    historyLayout->addWidget(m_history);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_formBox, 3);
    layout->addWidget(historyBox, 2);

    m_blacklistTimer.setSingleShot(true);
    m_blacklistTimer.setInterval(300);
    connect(&m_blacklistTimer, &QTimer::timeout, this, &OrderForm::checkBlacklist);
    connect(m_historyModel, &OrdersModel::loaded, this, &OrderForm::showHistoryTitle);
    connect(m_historyModel, &OrdersModel::loadFailed, this, &OrderForm::showHistoryTitle);
    connect(m_phone, &QLineEdit::textChanged, this, &OrderForm::onPhoneEdited);
    connect(m_save, &QPushButton::clicked, this, &OrderForm::save);
    connect(m_new, &QPushButton::clicked, this, &OrderForm::startNew);
    for (auto *edit : {m_name, m_address, m_comment})
        connect(edit, &QLineEdit::textChanged, this, &OrderForm::clearFixedErrors);
    connect(m_district, &QComboBox::currentIndexChanged, this, &OrderForm::clearFixedErrors);
    retranslateUi();
    setTabOrder(m_name, m_phone);
    setTabOrder(m_phone, m_address);
    setTabOrder(m_address, m_district);
    setTabOrder(m_district, m_comment);
    setTabOrder(m_comment, m_save);
}

void OrderForm::retranslateUi()
{
    m_captions.value(QStringLiteral("client_name"))->setText(tr("Client &name:"));
    m_captions.value(QStringLiteral("phone"))->setText(tr("&Phone:"));
    m_captions.value(QStringLiteral("address"))->setText(tr("&Address:"));
    m_captions.value(QStringLiteral("location_id"))->setText(tr("&District:"));
    m_captions.value(QStringLiteral("comment"))->setText(tr("&Comment:"));
    m_formBox->setTitle(tr("New order"));
    m_phone->setPlaceholderText(tr("+7 912 345-67-89"));
    m_district->setPlaceholderText(tr("— choose a district —"));
    m_save->setText(tr("Save order (Enter)"));
    m_new->setText(tr("New (Ctrl+N)"));
    showBlacklistWarning();
    showPhoneHint();
    showHistoryTitle();
    // The table of earlier orders: its headers and status labels.
    announceRetranslation(m_historyModel);
}

void OrderForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QLabel *OrderForm::addErrorLabel(const QString &field)
{
    auto *label = new QLabel(this);
    label->setWordWrap(true);
    label->setVisible(false);
    paintText(label, StatusPalette::warning());
    m_fieldErrors.insert(field, label);
    return label;
}

void OrderForm::setLocations(const QList<Location> &locations)
{
    const auto current = m_district->currentData();
    m_district->clear();
    for (const auto &location : locations) {
        if (location.active)
            m_district->addItem(location.name, location.id);
    }
    // No district is chosen for the operator (QComboBox would take the first): Enter must not save
    // an order in a district nobody picked. A choice already made survives a reload of the list.
    m_district->setCurrentIndex(m_district->findData(current));
}

void OrderForm::setLocationNames(const QHash<qint64, QString> &names)
{
    m_historyModel->setLocationNames(names);
}

bool OrderForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier) {
            save();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void OrderForm::onPhoneEdited()
{
    // The hint says what is wrong from now on; the error of the last save is stale.
    m_fieldErrors.value(QStringLiteral("phone"))->setVisible(false);
    showBlacklistWarning();
    showPhoneHint();
    const auto text = m_phone->text().trimmed();
    if (text.isEmpty()) {
        m_checkedPhone.clear();
        m_historyModel->clear();
        showHistoryTitle();
        return;
    }
    if (PhoneNumber::looksComplete(text))
        m_blacklistTimer.start();
}

void OrderForm::showPhoneHint()
{
    const auto text = m_phone->text().trimmed();
    // One message under the phone at a time: the red error of a save, the blacklist warning, or the hint.
    const bool other = !m_fieldErrors.value(QStringLiteral("phone"))->isHidden() || !m_blacklist->isHidden();
    m_phoneHint->setVisible(!text.isEmpty() && !other);
    if (m_phoneHint->isHidden()) {
        m_phoneHint->clear();
        return;
    }
    const auto verdict = PhoneNumber::verdict(text);
    if (verdict == PhoneVerdict::Valid) {
        const auto normalized = PhoneNumber::normalize(text);
        m_phoneHint->setText(tr("✓ %1").arg(formatPhoneForDisplay(normalized ? *normalized : text)));
        paintText(m_phoneHint, StatusPalette::background(OrderStatus::Done));
    } else if (verdict == PhoneVerdict::TooShort) {
        // Every number is too short while it is being typed: no alarm yet.
        m_phoneHint->setText(tr("Not a complete phone number yet"));
        paintText(m_phoneHint, palette().color(QPalette::PlaceholderText));
    } else {
        m_phoneHint->setText(PhoneNumber::verdictText(verdict));
        paintText(m_phoneHint, StatusPalette::warning());
    }
}

void OrderForm::showBlacklistWarning()
{
    const auto normalized = PhoneNumber::normalize(m_phone->text());
    const bool shown = !m_blacklistedPhone.isEmpty() && normalized && *normalized == m_blacklistedPhone;
    m_blacklist->setVisible(shown);
    if (!shown)
        return;
    if (!m_blacklistRefusal.isEmpty()) {
        // The server's sentence names the blacklist and the reason itself (and who may override it).
        m_blacklist->setText(QStringLiteral("⚠ ") + m_blacklistRefusal);
    } else {
        m_blacklist->setText(
            tr("⚠ This number is on the blacklist: %1").arg(m_blacklistReason.value_or(tr("no reason given"))));
    }
}

void OrderForm::checkBlacklist()
{
    const auto normalized = PhoneNumber::normalize(m_phone->text());
    if (!normalized || *normalized == m_checkedPhone)
        return;
    const QString phone = *normalized;
    m_checkedPhone = phone;
    m_api->get(QStringLiteral("/blacklist/check"), QUrlQuery{{QStringLiteral("phone"), phone}}, this,
               [this, phone](const Result<QJsonValue> &result) {
                   if (phone != m_checkedPhone)
                       return;
                   const auto check =
                       result ? BlacklistCheck::fromJson(result->toObject()) : Result<BlacklistCheck>(result.error());
                   if (check && check->blacklisted) {
                       m_blacklistedPhone = phone;
                       m_blacklistReason = check->reason;
                       m_blacklistRefusal.clear();
                   } else if (m_blacklistedPhone == phone) {
                       m_blacklistedPhone.clear();
                   }
                   showBlacklistWarning();
                   showPhoneHint();
               });
    m_historyModel->setQuery(QUrlQuery{{QStringLiteral("phone"), phone},
                                       {QStringLiteral("limit"), QString::number(OrderPageSizes::kCallerHistory)}});
    m_historyModel->reload();
    showHistoryTitle();
}

void OrderForm::showHistoryTitle()
{
    if (m_checkedPhone.isEmpty())
        m_historyTitle->setText(tr("Earlier orders of the client appear here once the phone number is typed."));
    else if (m_historyModel->isLoading())
        m_historyTitle->setText(tr("Earlier orders for %1: looking…").arg(formatPhoneForDisplay(m_checkedPhone)));
    else if (m_historyModel->rowCount() == 0)
        m_historyTitle->setText(tr("No earlier orders for %1.").arg(formatPhoneForDisplay(m_checkedPhone)));
    else
        m_historyTitle->setText(tr("Earlier orders for %1: %n", nullptr, m_historyModel->rowCount())
                                    .arg(formatPhoneForDisplay(m_checkedPhone)));
}

void OrderForm::save()
{
    if (m_saving)
        return;
    clearErrors();
    ApiError::FieldErrors local;
    if (m_name->text().trimmed().isEmpty())
        local.insert(QStringLiteral("client_name"), tr("Enter the client's name."));
    if (const auto verdict = PhoneNumber::verdict(m_phone->text()); verdict != PhoneVerdict::Valid)
        local.insert(QStringLiteral("phone"), PhoneNumber::verdictText(verdict));
    if (m_address->text().trimmed().isEmpty())
        local.insert(QStringLiteral("address"), tr("Enter the address."));
    if (m_district->currentIndex() < 0)
        local.insert(QStringLiteral("location_id"), tr("Choose a district."));
    if (!local.isEmpty()) {
        showErrors(ApiError::validation(local));
        return;
    }
    QJsonObject body{{QStringLiteral("client_name"), m_name->text().trimmed()},
                     {QStringLiteral("phone"), m_phone->text().trimmed()},
                     {QStringLiteral("address"), m_address->text().trimmed()},
                     {QStringLiteral("location_id"), m_district->currentData().toLongLong()},
                     {QStringLiteral("comment"), m_comment->text().trimmed()}};
    m_saving = true;
    m_save->setEnabled(false);
    m_status->setText(tr("Saving…"));
    m_api->post(QStringLiteral("/orders"), body, this, [this](const Result<QJsonValue> &result) {
        m_saving = false;
        m_save->setEnabled(true);
        auto order = result ? Order::fromJson(result->toObject()) : Result<Order>(result.error());
        if (!order) {
            m_status->clear();
            showErrors(order.error());
            return;
        }
        emit orderCreated(*order);
        clearForm();
        m_status->setText(tr("Order No. %1 saved.").arg(order->number));
    });
}

void OrderForm::showErrors(const ApiError &error)
{
    if (error.code() == ErrorCode::ClientBlacklisted) {
        const auto normalized = PhoneNumber::normalize(m_phone->text());
        m_blacklistedPhone = normalized ? *normalized : QString();
        m_blacklistRefusal = error.message();
        showBlacklistWarning();
        showPhoneHint();
        m_phone->setFocus();
        return;
    }
    QWidget *firstField = nullptr;
    for (auto it = error.fields().cbegin(); it != error.fields().cend(); ++it) {
        auto *label = m_fieldErrors.value(it.key());
        if (!label)
            continue;
        label->setText(it.value());
        label->setVisible(true);
        if (!firstField)
            firstField = label->parentWidget() ? static_cast<QWidget *>(label) : nullptr;
    }
    showPhoneHint();
    if (error.fields().isEmpty() || !firstField) {
        m_status->setText(error.message());
        paintText(m_status, StatusPalette::warning());
    }
    const QList<QPair<QString, QWidget *>> order{{QStringLiteral("client_name"), m_name},
                                                 {QStringLiteral("phone"), m_phone},
                                                 {QStringLiteral("address"), m_address},
                                                 {QStringLiteral("location_id"), m_district},
                                                 {QStringLiteral("comment"), m_comment}};
    for (const auto &[field, widget] : order) {
        if (error.fields().contains(field)) {
            widget->setFocus();
            break;
        }
    }
}

void OrderForm::clearErrors()
{
    for (auto *label : std::as_const(m_fieldErrors))
        label->setVisible(false);
    paintText(m_status, palette().color(QPalette::WindowText));
    m_status->clear();
    showPhoneHint();
}

void OrderForm::clearFixedErrors()
{
    const auto hideWhen = [this](const QString &field, bool fixed) {
        if (fixed)
            m_fieldErrors.value(field)->setVisible(false);
    };
    hideWhen(QStringLiteral("client_name"), !m_name->text().trimmed().isEmpty());
    hideWhen(QStringLiteral("address"), !m_address->text().trimmed().isEmpty());
    hideWhen(QStringLiteral("location_id"), m_district->currentIndex() >= 0 && sender() == m_district);
    // The comment's only errors come from the server (too long): any edit may have fixed it.
    hideWhen(QStringLiteral("comment"), sender() == m_comment);
}

bool OrderForm::hasDraft() const
{
    for (const auto *edit : {m_name, m_phone, m_address, m_comment}) {
        if (!edit->text().trimmed().isEmpty())
            return true;
    }
    return false;
}

void OrderForm::startNew()
{
    if (hasDraft() &&
        !Prompts::instance().confirm(this, tr("New order"), tr("Clear the form? The order typed so far is not saved.")))
        return;
    clearForm();
}

void OrderForm::clearForm()
{
    for (auto *edit : {m_name, m_phone, m_address, m_comment})
        edit->clear();
    m_district->setCurrentIndex(-1); // each order's district is picked for it
    clearErrors();
    m_name->setFocus();
}

} // namespace okna

#include "gui/admin/TelegramPage.h"

#include "core/ApiClient.h"
#include "core/BusinessTime.h"
#include "core/StatusPalette.h"
#include "core/admin/DisplayFormat.h"
#include "core/admin/RecordsModel.h"
#include "gui/StatusDelegate.h"
#include "gui/admin/FieldErrors.h"
#include "json/JsonList.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

namespace okna {

namespace {

enum Column
{
    Created,
    StatusColumn,
    Chat,
    Text,
    Attempts,
    LastError,
    Sent,
};

QString outboxLabel(Notification::Status status)
{
    switch (status) {
    case Notification::Status::Pending:
        //: Telegram outbox message state.
        return QCoreApplication::translate("okna::TelegramPage", "pending", "outbox");
    case Notification::Status::Sent:
        return QCoreApplication::translate("okna::TelegramPage", "sent", "outbox");
    case Notification::Status::Failed:
        return QCoreApplication::translate("okna::TelegramPage", "failed", "outbox");
    }
    return {};
}

// The product palette's meanings: waiting like an unassigned order, done green, failed red.
QColor outboxColor(Notification::Status status)
{
    switch (status) {
    case Notification::Status::Pending:
        return StatusPalette::background(OrderStatus::Assigned);
    case Notification::Status::Sent:
        return StatusPalette::background(OrderStatus::Done);
    case Notification::Status::Failed:
        return StatusPalette::warning();
    }
    return {};
}

} // namespace

TelegramPage::TelegramPage(ApiClient *api, QWidget *parent)
    : AdminPage(api, parent)
    , m_tokenState(new QLabel(this))
    , m_token(new QLineEdit(this))
    , m_clearToken(new QPushButton(this))
    , m_chatId(new QLineEdit(this))
    , m_timeZone(new QComboBox(this))
    , m_save(new QPushButton(this))
    , m_filter(new QComboBox(this))
    , m_model(new RecordsModel(QStringList(7, QString()), this))
    , m_table(makeTable(m_model, this))
    , m_retry(new QPushButton(this))
    , m_errors(new FieldErrors(this))
    , m_settingsBox(new QGroupBox(this))
    , m_outboxBox(new QGroupBox(this))
    , m_filterCaption(new QLabel(this))
    , m_refresh(new QPushButton(this))
{
    m_token->setEchoMode(QLineEdit::Password);
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    for (const auto &zone : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromLatin1(zone));

    auto *form = new QFormLayout;
    auto addField = [&](QWidget *input, const QString &field, QWidget *extra = nullptr) {
        auto *column = new QVBoxLayout;
        column->setSpacing(2);
        if (extra) {
            auto *row = new QHBoxLayout;
            row->addWidget(input, 1);
            row->addWidget(extra);
            column->addLayout(row);
        } else {
            column->addWidget(input);
        }
        column->addWidget(m_errors->add(field, input));
        auto *label = new QLabel(this);
        label->setBuddy(input);
        m_captions.insert(field, label);
        form->addRow(label, column);
    };
    auto *tokenStateCaption = new QLabel(this);
    m_captions.insert(QStringLiteral("token_state"), tokenStateCaption);
    form->addRow(tokenStateCaption, m_tokenState);
    addField(m_token, QStringLiteral("telegram_bot_token"), m_clearToken);
    addField(m_chatId, QStringLiteral("telegram_chat_id"));
    addField(m_timeZone, QStringLiteral("timezone"));
    auto *settingsLayout = new QVBoxLayout(m_settingsBox);
    settingsLayout->addLayout(form);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_save);
    settingsLayout->addLayout(saveRow);

    m_filter->addItem(QString(), QString());
    for (const auto status : {Notification::Status::Pending, Notification::Status::Sent, Notification::Status::Failed})
        m_filter->addItem(QString(), Notification::wireName(status));
    auto *outboxButtons = new QHBoxLayout;
    outboxButtons->addWidget(m_filterCaption);
    outboxButtons->addWidget(m_filter);
    outboxButtons->addWidget(m_refresh);
    outboxButtons->addStretch(1);
    outboxButtons->addWidget(m_retry);
    auto *outboxLayout = new QVBoxLayout(m_outboxBox);
    outboxLayout->addLayout(outboxButtons);
    outboxLayout->addWidget(m_table, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_settingsBox);
    layout->addWidget(m_outboxBox, 1);
    layout->addWidget(statusLabel());

    m_table->setItemDelegateForColumn(StatusColumn, new StatusDelegate(this));
    m_table->horizontalHeader()->resizeSection(Created, 130);
    m_table->horizontalHeader()->resizeSection(StatusColumn, 90);
    m_table->horizontalHeader()->resizeSection(Chat, 120);
    m_table->horizontalHeader()->resizeSection(Text, 300);
    m_table->horizontalHeader()->resizeSection(Attempts, 70);
    m_table->horizontalHeader()->resizeSection(LastError, 220);

    for (auto *widget : std::initializer_list<QWidget *>{m_save, m_clearToken, m_retry, m_refresh})
        addActionWidget(widget);
    connect(m_save, &QPushButton::clicked, this, &TelegramPage::saveSettings);
    connect(m_clearToken, &QPushButton::clicked, this, &TelegramPage::clearToken);
    connect(m_refresh, &QPushButton::clicked, this, &TelegramPage::reloadOutbox);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &TelegramPage::reloadOutbox);
    connect(m_retry, &QPushButton::clicked, this, &TelegramPage::retrySelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TelegramPage::updateActions);
    retranslateUi();
}

void TelegramPage::retranslateUi()
{
    m_model->setHeaders(
        {tr("Created"), tr("State"), tr("Chat"), tr("Text"), tr("Attempts"), tr("Last error"), tr("Sent")});
    m_settingsBox->setTitle(tr("Settings"));
    m_outboxBox->setTitle(tr("Outbox"));
    m_captions.value(QStringLiteral("token_state"))->setText(tr("Bot token:"));
    m_captions.value(QStringLiteral("telegram_bot_token"))->setText(tr("New &bot token:"));
    m_captions.value(QStringLiteral("telegram_chat_id"))->setText(tr("&Chat for new orders:"));
    m_captions.value(QStringLiteral("timezone"))->setText(tr("Business &time zone:"));
    m_token->setPlaceholderText(tr("New bot token (leave empty to keep the current one)"));
    m_chatId->setPlaceholderText(tr("e.g. -1001234567890"));
    m_clearToken->setText(tr("Remove &token"));
    m_save->setText(tr("&Save settings"));
    m_filterCaption->setText(tr("Show:"));
    m_filter->setItemText(0, tr("All messages"));
    for (const auto status : {Notification::Status::Pending, Notification::Status::Sent, Notification::Status::Failed})
        m_filter->setItemText(m_filter->findData(Notification::wireName(status)), outboxLabel(status));
    m_refresh->setText(tr("Re&fresh"));
    m_retry->setText(tr("&Retry"));
    showEmptyHint();
    showTokenState();
    showOutbox(); // states and dates in the new language
}

void TelegramPage::showEmptyHint()
{
    setEmptyText(m_table, m_outboxLoaded
                              ? tr("No messages here. New orders and assignments put their Telegram messages here.")
                              : QString());
}

void TelegramPage::showTokenState()
{
    if (m_tokenSet)
        m_tokenState->setText(*m_tokenSet ? tr("set (hidden)") : tr("not set: no Telegram messages are sent"));
}

QLabel *TelegramPage::fieldError(const QString &field) const
{
    return m_errors->label(field);
}

void TelegramPage::reload()
{
    beginRequest();
    api()->get(QStringLiteral("/settings"), {}, this, [this](const Result<QJsonValue> &result) {
        endRequest();
        if (!result) {
            showFailure(tr("Cannot load the settings"), result.error());
            return;
        }
        applySettings(result->toObject());
    });
    reloadOutbox();
}

void TelegramPage::applySettings(const QJsonObject &settings)
{
    const bool tokenSet = settings.value(QLatin1String("telegram_bot_token_set")).toBool();
    m_tokenSet = tokenSet;
    showTokenState();
    m_clearToken->setVisible(tokenSet);
    const auto chat = settings.value(QLatin1String("telegram_chat_id"));
    m_loadedChatId = chat.isDouble() ? QString::number(chat.toInteger()) : chat.toString();
    m_chatId->setText(m_loadedChatId);
    m_loadedTimeZone = settings.value(QLatin1String("timezone")).toString();
    m_timeZone->setCurrentText(m_loadedTimeZone);
    // This desk shows times in the zone just read or saved; other desks take it at their next login.
    if (const QTimeZone zone(m_loadedTimeZone.toLatin1()); zone.isValid())
        BusinessTime::setZone(zone);
    m_token->clear();
}

void TelegramPage::saveSettings()
{
    m_errors->clear();
    QJsonObject body;
    if (!m_token->text().trimmed().isEmpty())
        body.insert(QStringLiteral("telegram_bot_token"), m_token->text().trimmed());
    const auto chat = m_chatId->text().trimmed();
    if (chat != m_loadedChatId)
        body.insert(QStringLiteral("telegram_chat_id"), chat.isEmpty() ? QJsonValue(QJsonValue::Null) : chat);
    const auto zone = m_timeZone->currentText().trimmed();
    if (zone != m_loadedTimeZone)
        body.insert(QStringLiteral("timezone"), zone);
    if (body.isEmpty()) {
        showMessage(tr("Nothing changed."));
        return;
    }
    sendSettings(body, tr("Settings saved."));
}

void TelegramPage::clearToken()
{
    sendSettings({{QStringLiteral("telegram_bot_token"), QJsonValue::Null}}, tr("Bot token removed."));
}

void TelegramPage::sendSettings(const QJsonObject &body, const QString &done)
{
    beginRequest();
    api()->patch(QStringLiteral("/settings"), body, this, [this, done](const Result<QJsonValue> &result) {
        endRequest();
        if (!result) {
            m_errors->show(result.error());
            showFailure(tr("Cannot save the settings"), result.error());
            return;
        }
        applySettings(result->toObject());
        showMessage(done);
    });
}

void TelegramPage::reloadOutbox()
{
    QUrlQuery query;
    const auto status = m_filter->currentData().toString();
    if (!status.isEmpty())
        query.addQueryItem(QStringLiteral("status"), status);
    beginRequest();
    api()->get(QStringLiteral("/notifications"), query, this, [this](const Result<QJsonValue> &result) {
        endRequest();
        auto list = result ? listFromJson<Notification>(result->toArray(), QStringLiteral("notifications"))
                           : Result<QList<Notification>>(result.error());
        if (!list) {
            // Rows of another filter, or of an earlier load, would pass for the answer.
            m_outboxLoaded = false;
            m_notifications.clear();
            showOutbox();
            showFailure(tr("Cannot load the outbox"), list.error());
            m_outboxFailure = statusLabel()->text();
            return;
        }
        m_outboxLoaded = true;
        m_notifications = std::move(list).value();
        showOutbox();
        if (!m_outboxFailure.isEmpty() && statusLabel()->text() == m_outboxFailure)
            showMessage(QString());
        m_outboxFailure.clear();
    });
}

void TelegramPage::showOutbox()
{
    QList<RecordsModel::Row> rows;
    for (const auto &message : std::as_const(m_notifications)) {
        RecordsModel::Row row{message.id,
                              {{DisplayFormat::dateTime(message.createdAt), message.createdAt},
                               {outboxLabel(message.status)},
                               {message.chatId.isEmpty() ? tr("not set yet", "chat") : message.chatId},
                               {QString(message.text).replace(QLatin1Char('\n'), QLatin1String(" · "))},
                               {DisplayFormat::count(message.attempts), message.attempts},
                               {message.lastError.value_or(QString())},
                               {DisplayFormat::dateTime(message.sentAt)}}};
        row.cells[StatusColumn].background = outboxColor(message.status);
        row.cells[StatusColumn].foreground = StatusPalette::textOn(outboxColor(message.status));
        if (message.chatId.isEmpty())
            row.cells[Chat].toolTip = tr("Goes to the chat for new orders as soon as one is set.");
        row.cells[Text].toolTip = message.text;
        row.cells[LastError].toolTip = message.lastError.value_or(QString());
        rows.append(row);
    }
    m_model->setRows(rows);
    showEmptyHint();
    updateActions();
}

void TelegramPage::updateActions()
{
    if (isBusy())
        return;
    const auto id = selectedId(m_table);
    bool failed = false;
    for (const auto &message : std::as_const(m_notifications)) {
        if (message.id == id)
            failed = message.status == Notification::Status::Failed;
    }
    m_retry->setEnabled(failed);
}

void TelegramPage::retrySelected()
{
    const auto id = selectedId(m_table);
    if (id == 0)
        return;
    beginRequest();
    api()->post(QStringLiteral("/notifications/%1/retry").arg(id), {}, this, [this](const Result<QJsonValue> &result) {
        endRequest();
        if (!result) {
            showFailure(tr("Cannot retry the message"), result.error());
            return;
        }
        showMessage(tr("The message is queued again."));
        reloadOutbox();
    });
}

} // namespace okna

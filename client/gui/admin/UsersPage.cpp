#include "gui/admin/UsersPage.h"

#include "core/ApiClient.h"
#include "core/admin/RecordsModel.h"
#include "gui/admin/AdminPrompts.h"
#include "gui/admin/FieldErrors.h"
#include "json/JsonList.h"

#include <QComboBox>
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
#include <QVBoxLayout>

namespace okna {

namespace {

enum Column
{
    Login,
    FullName,
    RoleColumn,
    Phone,
    ChatId,
    TwoFactor,
    State,
};

// Empty text clears a nullable field on the server.
QJsonValue nullIfEmpty(const QString &text)
{
    const auto trimmed = text.trimmed();
    return trimmed.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(trimmed);
}

} // namespace

UsersPage::UsersPage(ApiClient *api, QWidget *parent)
    : AdminPage(api, parent)
    , m_model(new RecordsModel(QStringList(7, QString()), this))
    , m_table(makeTable(m_model, this))
    , m_formBox(new QGroupBox(this))
    , m_login(new QLineEdit(this))
    , m_fullName(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_phone(new QLineEdit(this))
    , m_chatId(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_passwordHint(new QLabel(this))
    , m_new(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_toggleActive(new QPushButton(this))
    , m_resetPassword(new QPushButton(this))
    , m_errors(new FieldErrors(this))
    , m_reload(new QPushButton(this))
{
    for (const Role role : allRoles())
        m_role->addItem(label(role), wireName(role));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordHint->setWordWrap(true);
    m_save->setDefault(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto addField = [&](QWidget *input, const QString &field, QWidget *hint = nullptr) {
        auto *column = new QVBoxLayout;
        column->setSpacing(2);
        column->addWidget(input);
        if (hint)
            column->addWidget(hint);
        column->addWidget(m_errors->add(field, input));
        auto *label = new QLabel(this);
        label->setBuddy(input);
        m_captions.insert(field, label);
        form->addRow(label, column);
    };
    addField(m_login, QStringLiteral("login"));
    addField(m_fullName, QStringLiteral("full_name"));
    addField(m_role, QStringLiteral("role"));
    addField(m_phone, QStringLiteral("phone"));
    addField(m_chatId, QStringLiteral("telegram_chat_id"));
    addField(m_password, QStringLiteral("password"), m_passwordHint);

    auto *formButtons = new QHBoxLayout;
    formButtons->addWidget(m_new);
    formButtons->addStretch(1);
    formButtons->addWidget(m_save);
    auto *formLayout = new QVBoxLayout(m_formBox);
    formLayout->addLayout(form);
    formLayout->addLayout(formButtons);
    formLayout->addStretch(1);

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_reload);
    listButtons->addStretch(1);
    listButtons->addWidget(m_resetPassword);
    listButtons->addWidget(m_toggleActive);

    auto *left = new QVBoxLayout;
    left->addWidget(m_table, 1);
    left->addLayout(listButtons);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addWidget(m_formBox, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(statusLabel());

    for (auto *widget : std::initializer_list<QWidget *>{m_save, m_new, m_toggleActive, m_resetPassword, m_reload})
        addActionWidget(widget);
    connect(m_reload, &QPushButton::clicked, this, &UsersPage::reload);
    connect(m_new, &QPushButton::clicked, this, &UsersPage::startNew);
    connect(m_save, &QPushButton::clicked, this, &UsersPage::save);
    connect(m_toggleActive, &QPushButton::clicked, this, &UsersPage::toggleActive);
    connect(m_resetPassword, &QPushButton::clicked, this, &UsersPage::resetPassword);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const auto id = selectedId(m_table);
        if (id != 0)
            edit(id);
        updateActions();
    });
    auto *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(FullName, QHeaderView::Stretch);
    header->resizeSection(Login, 110);
    header->resizeSection(RoleColumn, 120);
    header->resizeSection(Phone, 125);
    header->resizeSection(ChatId, 110);
    header->resizeSection(TwoFactor, 45);
    header->resizeSection(State, 95);
    retranslateUi();
    startNew();
}

QLabel *UsersPage::fieldError(const QString &field) const
{
    return m_errors->label(field);
}

void UsersPage::reload()
{
    beginRequest();
    api()->get(QStringLiteral("/users"), {}, this, [this](const Result<QJsonValue> &result) {
        endRequest();
        if (!result) {
            showFailure(tr("Cannot load the users"), result.error());
            return;
        }
        auto users = listFromJson<User>(result->toArray(), QStringLiteral("users"));
        if (!users) {
            showFailure(tr("Cannot load the users"), users.error());
            return;
        }
        m_users = std::move(users).value();
        showUsers();
        emit usersLoaded(m_users);
    });
}

void UsersPage::showUsers()
{
    const auto keep = m_editedId;
    QList<RecordsModel::Row> rows;
    const QColor inactive = palette().color(QPalette::Disabled, QPalette::Text);
    for (const auto &user : std::as_const(m_users)) {
        RecordsModel::Row row{user.id, {}};
        row.cells = {{user.login},
                     {user.fullName},
                     {label(user.role)},
                     {user.phone.value_or(QString())},
                     {user.telegramChatId.value_or(QString())},
                     {user.totpEnabled ? tr("on") : QString()},
                     {user.active ? tr("active") : tr("deactivated")}};
        if (!user.active) {
            for (auto &cell : row.cells)
                cell.foreground = inactive;
        }
        rows.append(row);
    }
    m_model->setRows(rows);
    if (keep != 0 && m_model->rowOfId(keep) >= 0) {
        const auto *proxy = m_table->model();
        for (int r = 0; r < proxy->rowCount(); ++r) {
            if (proxy->index(r, 0).data(RecordsModel::IdRole).toLongLong() == keep) {
                m_table->selectRow(r);
                break;
            }
        }
    }
    updateActions();
}

const User *UsersPage::userById(qint64 id) const
{
    for (const auto &user : m_users) {
        if (user.id == id)
            return &user;
    }
    return nullptr;
}

void UsersPage::startNew()
{
    m_table->clearSelection();
    m_editedId = 0;
    m_errors->clear();
    m_login->clear();
    m_login->setReadOnly(false);
    m_fullName->clear();
    m_role->setCurrentIndex(0);
    m_phone->clear();
    m_chatId->clear();
    m_password->clear();
    m_password->setEnabled(true);
    showFormTexts();
    m_login->setFocus();
    updateActions();
}

void UsersPage::edit(qint64 id)
{
    const auto *user = userById(id);
    if (!user)
        return;
    m_editedId = id;
    m_errors->clear();
    m_login->setText(user->login);
    m_login->setReadOnly(true);
    m_fullName->setText(user->fullName);
    m_role->setCurrentIndex(m_role->findData(wireName(user->role)));
    m_phone->setText(user->phone.value_or(QString()));
    m_chatId->setText(user->telegramChatId.value_or(QString()));
    m_password->clear();
    m_password->setEnabled(false);
    showFormTexts();
}

void UsersPage::showFormTexts()
{
    const auto *user = m_editedId != 0 ? userById(m_editedId) : nullptr;
    if (user) {
        m_formBox->setTitle(tr("User %1").arg(user->login));
        m_passwordHint->setText(tr("Use “Reset password…” to set a new one."));
        m_save->setText(tr("&Save"));
    } else {
        m_formBox->setTitle(tr("New user"));
        m_passwordHint->setText(tr("At least 8 characters."));
        m_save->setText(tr("&Create"));
    }
}

void UsersPage::retranslateUi()
{
    m_model->setHeaders(
        {tr("Login"), tr("Full name"), tr("Role"), tr("Phone"), tr("Telegram chat"), tr("2FA"), tr("State")});
    for (int i = 0; i < m_role->count(); ++i) {
        if (const auto role = parseRole(m_role->itemData(i).toString()))
            m_role->setItemText(i, label(*role));
    }
    m_captions.value(QStringLiteral("login"))->setText(tr("&Login:"));
    m_captions.value(QStringLiteral("full_name"))->setText(tr("&Full name:"));
    m_captions.value(QStringLiteral("role"))->setText(tr("R&ole:"));
    m_captions.value(QStringLiteral("phone"))->setText(tr("&Phone:"));
    m_captions.value(QStringLiteral("telegram_chat_id"))->setText(tr("&Telegram chat id:"));
    m_captions.value(QStringLiteral("password"))->setText(tr("Pass&word:"));
    m_phone->setPlaceholderText(tr("+7 912 345-67-89 (optional)"));
    m_chatId->setPlaceholderText(tr("e.g. 123456789 (optional)"));
    m_new->setText(tr("&New user"));
    m_resetPassword->setText(tr("&Reset password…"));
    m_reload->setText(tr("Re&fresh"));
    showFormTexts();
    showUsers(); // roles, states and dates in the new language
    updateActions();
}

void UsersPage::updateActions()
{
    if (isBusy())
        return;
    const auto *user = userById(selectedId(m_table));
    m_toggleActive->setEnabled(user != nullptr);
    m_resetPassword->setEnabled(user != nullptr);
    m_toggleActive->setText(user && !user->active ? tr("&Activate") : tr("&Deactivate"));
}

void UsersPage::save()
{
    m_errors->clear();
    ApiError::FieldErrors local;
    if (m_editedId == 0 && m_login->text().trimmed().isEmpty())
        local.insert(QStringLiteral("login"), tr("Enter a login."));
    if (m_fullName->text().trimmed().isEmpty())
        local.insert(QStringLiteral("full_name"), tr("Enter the full name."));
    if (!local.isEmpty()) {
        m_errors->show(ApiError::validation(local));
        return;
    }
    QJsonObject body{{QStringLiteral("full_name"), m_fullName->text().trimmed()},
                     {QStringLiteral("role"), m_role->currentData().toString()}};
    if (m_editedId != 0) {
        body.insert(QStringLiteral("phone"), nullIfEmpty(m_phone->text()));
        body.insert(QStringLiteral("telegram_chat_id"), nullIfEmpty(m_chatId->text()));
        patch(m_editedId, body, tr("Saved."));
        return;
    }
    body.insert(QStringLiteral("login"), m_login->text().trimmed());
    body.insert(QStringLiteral("password"), m_password->text());
    if (!m_phone->text().trimmed().isEmpty())
        body.insert(QStringLiteral("phone"), m_phone->text().trimmed());
    if (!m_chatId->text().trimmed().isEmpty())
        body.insert(QStringLiteral("telegram_chat_id"), m_chatId->text().trimmed());
    beginRequest();
    showMessage(tr("Creating the user…"));
    api()->post(QStringLiteral("/users"), body, this, [this](const Result<QJsonValue> &result) {
        endRequest();
        if (!result) {
            // A duplicate login is a 409 without fields: it still belongs next to the login.
            if (result.error().code() == ErrorCode::Conflict && result.error().fields().isEmpty())
                m_errors->show(QStringLiteral("login"), tr("This login is taken."));
            else
                m_errors->show(result.error());
            showFailure(tr("Cannot create the user"), result.error());
            return;
        }
        auto user = User::fromJson(result->toObject());
        if (user) {
            m_editedId = user->id;
            showMessage(tr("User %1 created.").arg(user->login));
        }
        reload();
    });
}

void UsersPage::patch(qint64 id, const QJsonObject &body, const QString &done)
{
    beginRequest();
    api()->patch(QStringLiteral("/users/%1").arg(id), body, this, [this, done](const Result<QJsonValue> &result) {
        endRequest();
        if (!result) {
            m_errors->show(result.error());
            showFailure(tr("Cannot change the user"), result.error());
            return;
        }
        showMessage(done);
        reload();
    });
}

void UsersPage::toggleActive()
{
    const auto *user = userById(selectedId(m_table));
    if (!user)
        return;
    if (user->active &&
        !AdminPrompts::instance().confirm(
            this, tr("Deactivate user"),
            tr("Deactivate %1 (%2)? The user is logged out at once and cannot log in until activated again.")
                .arg(user->fullName, user->login)))
        return;
    const bool activate = !user->active;
    patch(user->id, {{QStringLiteral("active"), activate}},
          activate ? tr("%1 activated.").arg(user->login) : tr("%1 deactivated.").arg(user->login));
}

void UsersPage::resetPassword()
{
    const auto *user = userById(selectedId(m_table));
    if (!user)
        return;
    const auto password = AdminPrompts::instance().newPassword(this, user->login);
    if (!password)
        return;
    patch(user->id, {{QStringLiteral("password"), *password}}, tr("New password set for %1.").arg(user->login));
}

} // namespace okna

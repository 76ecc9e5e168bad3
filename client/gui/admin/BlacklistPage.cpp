#include "gui/admin/BlacklistPage.h"

#include "core/ApiClient.h"
#include "core/admin/DisplayFormat.h"
#include "core/admin/RecordsModel.h"
#include "gui/admin/AdminPrompts.h"
#include "gui/admin/FieldErrors.h"
#include "json/JsonList.h"

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

BlacklistPage::BlacklistPage(ApiClient *api, QWidget *parent)
    : AdminPage(api, parent)
    , m_model(new RecordsModel({QString(), QString(), QString(), QString()}, this))
    , m_table(makeTable(m_model, this))
    , m_phone(new QLineEdit(this))
    , m_reason(new QLineEdit(this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_errors(new FieldErrors(this))
    , m_box(new QGroupBox(this))
    , m_phoneCaption(new QLabel(this))
    , m_reasonCaption(new QLabel(this))
    , m_reload(new QPushButton(this))
{
    auto *form = new QFormLayout;
    auto addField = [&](QLabel *label, QLineEdit *input, const QString &field) {
        auto *column = new QVBoxLayout;
        column->setSpacing(2);
        column->addWidget(input);
        column->addWidget(m_errors->add(field, input));
        label->setBuddy(input);
        form->addRow(label, column);
        connect(input, &QLineEdit::returnPressed, this, &BlacklistPage::add);
    };
    addField(m_phoneCaption, m_phone, QStringLiteral("phone"));
    addField(m_reasonCaption, m_reason, QStringLiteral("reason"));
    auto *boxLayout = new QHBoxLayout(m_box);
    boxLayout->addLayout(form, 1);
    boxLayout->addWidget(m_add, 0, Qt::AlignTop);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_reload);
    buttons->addStretch(1);
    buttons->addWidget(m_remove);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_box);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(statusLabel());

    for (auto *widget : std::initializer_list<QWidget *>{m_add, m_remove, m_reload})
        addActionWidget(widget);
    connect(m_reload, &QPushButton::clicked, this, &BlacklistPage::reload);
    connect(m_add, &QPushButton::clicked, this, &BlacklistPage::add);
    connect(m_remove, &QPushButton::clicked, this, &BlacklistPage::removeSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &BlacklistPage::updateActions);
    m_table->horizontalHeader()->resizeSection(0, 150);
    m_table->horizontalHeader()->resizeSection(1, 360);
    m_table->horizontalHeader()->resizeSection(2, 180);
    retranslateUi();
    updateActions();
}

void BlacklistPage::retranslateUi()
{
    m_model->setHeaders({tr("Phone"), tr("Reason"), tr("Added by"), tr("Added at")});
    m_box->setTitle(tr("Add a phone"));
    m_phoneCaption->setText(tr("&Phone:"));
    m_reasonCaption->setText(tr("R&eason:"));
    m_phone->setPlaceholderText(tr("+7 912 345-67-89"));
    m_reason->setPlaceholderText(tr("Why orders from this number need a second look"));
    m_add->setText(tr("&Add to blacklist"));
    m_remove->setText(tr("&Remove from blacklist"));
    m_reload->setText(tr("Re&fresh"));
    setEmptyText(m_table, tr("No phone is on the blacklist."));
    showEntries(); // "user #N" and dates in the new language
}

QLabel *BlacklistPage::fieldError(const QString &field) const
{
    return m_errors->label(field);
}

void BlacklistPage::setUsers(const QList<User> &users)
{
    m_userNames.clear();
    for (const auto &user : users)
        m_userNames.insert(user.id, user.fullName);
    showEntries();
}

void BlacklistPage::reload()
{
    beginRequest();
    api()->get(QStringLiteral("/blacklist"), {}, this, [this](const Result<QJsonValue> &result) {
        endRequest();
        auto entries = result ? listFromJson<BlacklistEntry>(result->toArray(), QStringLiteral("blacklist"))
                              : Result<QList<BlacklistEntry>>(result.error());
        if (!entries) {
            showFailure(tr("Cannot load the blacklist"), entries.error());
            return;
        }
        m_entries = std::move(entries).value();
        showEntries();
    });
}

void BlacklistPage::showEntries()
{
    QList<RecordsModel::Row> rows;
    for (const auto &entry : std::as_const(m_entries)) {
        const auto by = m_userNames.value(entry.createdBy, tr("user #%1").arg(entry.createdBy));
        RecordsModel::Row row{
            entry.id,
            {{entry.phone}, {entry.reason}, {by}, {DisplayFormat::dateTime(entry.createdAt), entry.createdAt}}};
        row.cells[1].toolTip = entry.reason;
        rows.append(row);
    }
    m_model->setRows(rows);
    updateActions();
}

void BlacklistPage::updateActions()
{
    if (!isBusy())
        m_remove->setEnabled(selectedId(m_table) != 0);
}

void BlacklistPage::add()
{
    m_errors->clear();
    ApiError::FieldErrors local;
    if (m_phone->text().trimmed().isEmpty())
        local.insert(QStringLiteral("phone"), tr("Enter the phone number."));
    if (m_reason->text().trimmed().isEmpty())
        local.insert(QStringLiteral("reason"), tr("Enter the reason."));
    if (!local.isEmpty()) {
        m_errors->show(ApiError::validation(local));
        return;
    }
    const QJsonObject body{{QStringLiteral("phone"), m_phone->text().trimmed()},
                           {QStringLiteral("reason"), m_reason->text().trimmed()}};
    beginRequest();
    api()->post(QStringLiteral("/blacklist"), body, this, [this](const Result<QJsonValue> &result) {
        endRequest();
        if (!result) {
            if (result.error().code() == ErrorCode::Conflict && result.error().fields().isEmpty())
                m_errors->show(QStringLiteral("phone"), result.error().message());
            else
                m_errors->show(result.error());
            showFailure(tr("Cannot add the phone"), result.error());
            return;
        }
        const auto phone = result->toObject().value(QLatin1String("phone")).toString();
        showMessage(tr("%1 added to the blacklist.").arg(phone));
        m_phone->clear();
        m_reason->clear();
        reload();
    });
}

void BlacklistPage::removeSelected()
{
    const auto id = selectedId(m_table);
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return;
    const auto phone = m_model->text(row, 0);
    if (!AdminPrompts::instance().confirm(this, tr("Remove from blacklist"),
                                          tr("Remove %1 from the blacklist?").arg(phone)))
        return;
    beginRequest();
    api()->remove(QStringLiteral("/blacklist/%1").arg(id), this, [this, phone](const Result<QJsonValue> &result) {
        endRequest();
        if (!result) {
            showFailure(tr("Cannot remove the phone"), result.error());
            return;
        }
        showMessage(tr("%1 removed from the blacklist.").arg(phone));
        reload();
    });
}

} // namespace okna

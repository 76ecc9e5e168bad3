#include "gui/admin/AuditPage.h"

#include "core/ApiClient.h"
#include "core/admin/AuditActions.h"
#include "core/admin/DisplayFormat.h"
#include "json/Page.h"
#include "json/Timestamp.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace okna {

namespace {

enum Column
{
    At,
    UserColumn,
    Action,
    Target,
    Details,
    Ip,
};

} // namespace

AuditPage::AuditPage(ApiClient *api, QWidget *parent)
    : AdminPage(api, parent)
    , m_user(new QComboBox(this))
    , m_action(new QComboBox(this))
    , m_useFrom(new QCheckBox(this))
    , m_from(new QDateTimeEdit(this))
    , m_useTo(new QCheckBox(this))
    , m_to(new QDateTimeEdit(this))
    , m_model(new RecordsModel(QStringList(6, QString()), this))
    , m_table(makeTable(m_model, this))
    , m_more(new QPushButton(this))
    , m_apply(new QPushButton(this))
    , m_filters(new QGroupBox(this))
    , m_userCaption(new QLabel(this))
    , m_actionCaption(new QLabel(this))
{
    m_user->addItem(QString(), 0);
    m_action->setEditable(true);
    m_action->setInsertPolicy(QComboBox::NoInsert);
    // Labels shown, codes sent; a newer server may log more, so a code can also be typed.
    m_action->addItem(QString());
    for (const QString &code : AuditActions::known())
        m_action->addItem(AuditActions::label(code), code);
    const auto now = QDateTime::currentDateTime();
    m_from->setDateTime(QDateTime(now.date().addDays(-7), QTime(0, 0)));
    m_to->setDateTime(QDateTime(now.date().addDays(1), QTime(0, 0)));
    for (auto *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
    }
    connect(m_useFrom, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useTo, &QCheckBox::toggled, m_to, &QWidget::setEnabled);

    m_apply->setDefault(true);
    auto *grid = new QGridLayout(m_filters);
    grid->addWidget(m_userCaption, 0, 0);
    grid->addWidget(m_user, 0, 1);
    grid->addWidget(m_actionCaption, 0, 2);
    grid->addWidget(m_action, 0, 3);
    grid->addWidget(m_useFrom, 1, 0);
    grid->addWidget(m_from, 1, 1);
    grid->addWidget(m_useTo, 1, 2);
    grid->addWidget(m_to, 1, 3);
    grid->addWidget(m_apply, 0, 4, 2, 1);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(statusLabel(), 1);
    bottom->addWidget(m_more);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    m_table->setSortingEnabled(false);
    m_table->horizontalHeader()->resizeSection(At, 140);
    m_table->horizontalHeader()->resizeSection(UserColumn, 170);
    m_table->horizontalHeader()->resizeSection(Action, 150);
    m_table->horizontalHeader()->resizeSection(Target, 110);
    m_table->horizontalHeader()->resizeSection(Details, 330);
    m_more->setEnabled(false);
    addActionWidget(m_apply);
    connect(m_apply, &QPushButton::clicked, this, &AuditPage::reload);
    connect(m_more, &QPushButton::clicked, this, &AuditPage::loadMore);
    connect(this, &AdminPage::busyChanged, this,
            [this](bool busy) { m_more->setEnabled(!busy && !m_nextCursor.isEmpty()); });
    retranslateUi();
}

void AuditPage::retranslateUi()
{
    m_model->setHeaders({tr("Time"), tr("User"), tr("Action"), tr("Target"), tr("Details"), tr("IP address")});
    m_filters->setTitle(tr("Filter"));
    m_userCaption->setText(tr("User:"));
    m_actionCaption->setText(tr("Action:"));
    m_user->setItemText(0, tr("All users"));
    m_action->lineEdit()->setPlaceholderText(tr("All actions"));
    for (int i = 1; i < m_action->count(); ++i)
        m_action->setItemText(i, AuditActions::label(m_action->itemData(i).toString()));
    m_useFrom->setText(tr("&From:"));
    m_useTo->setText(tr("&To:"));
    for (auto *edit : {m_from, m_to})
        edit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_apply->setText(tr("&Apply"));
    m_more->setText(tr("Load &more"));
    setEmptyText(m_table, tr("No entries match the filter."));
    showEntries(); // dates in the new language
}

void AuditPage::setUsers(const QList<User> &users)
{
    const auto current = m_user->currentData().toLongLong();
    m_userNames.clear();
    m_user->clear();
    m_user->addItem(tr("All users"), 0);
    for (const auto &user : users) {
        m_userNames.insert(user.id, user.fullName);
        m_user->addItem(tr("%1 (%2)").arg(user.fullName, user.login), user.id);
    }
    m_user->setCurrentIndex(std::max(0, m_user->findData(current)));
    // Names may have arrived after the entries.
    showEntries();
}

void AuditPage::showEntries()
{
    QList<RecordsModel::Row> rows;
    for (const auto &entry : std::as_const(m_entries))
        rows.append(rowOf(entry));
    m_model->setRows(rows);
}

QUrlQuery AuditPage::filterQuery() const
{
    QUrlQuery query;
    if (const auto id = m_user->currentData().toLongLong(); id > 0)
        query.addQueryItem(QStringLiteral("user_id"), QString::number(id));
    if (const auto action = actionCode(); !action.isEmpty())
        query.addQueryItem(QStringLiteral("action"), action);
    // Plain values: ApiClient escapes them by the form rule ("+03:00" goes as "%2B03%3A00").
    auto addTime = [&query](const QString &name, const QDateTime &time) {
        query.addQueryItem(name, Timestamp::toString(time));
    };
    if (m_useFrom->isChecked())
        addTime(QStringLiteral("from"), m_from->dateTime());
    if (m_useTo->isChecked())
        addTime(QStringLiteral("to"), m_to->dateTime());
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
    return query;
}

QString AuditPage::actionCode() const
{
    // A label picked from the list stands for its code; anything else was typed as a code.
    const QString text = m_action->currentText().trimmed();
    const int index = m_action->findText(text);
    if (index > 0 && m_action->itemData(index).isValid())
        return m_action->itemData(index).toString();
    return text;
}

void AuditPage::reload()
{
    m_entries.clear();
    m_model->setRows({});
    m_nextCursor.clear();
    fetch({});
}

void AuditPage::loadMore()
{
    if (!m_nextCursor.isEmpty())
        fetch(m_nextCursor);
}

void AuditPage::fetch(const QString &cursor)
{
    auto query = filterQuery();
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), cursor);
    beginRequest();
    api()->get(QStringLiteral("/audit"), query, this, [this](const Result<QJsonValue> &result) {
        auto page = result ? Page<AuditEntry>::fromJson(result->toObject()) : Result<Page<AuditEntry>>(result.error());
        m_nextCursor = page ? page->nextCursor.value_or(QString()) : QString();
        endRequest();
        if (!page) {
            showFailure(tr("Cannot load the audit log"), page.error());
            return;
        }
        QList<RecordsModel::Row> rows;
        for (const auto &entry : page->items)
            rows.append(rowOf(entry));
        m_entries.append(page->items);
        m_model->appendRows(rows);
        showMessage(m_nextCursor.isEmpty()
                        ? tr("%n entries.", nullptr, int(m_entries.size()))
                        : tr("%n entries shown; more are available.", nullptr, int(m_entries.size())));
    });
}

RecordsModel::Row AuditPage::rowOf(const AuditEntry &entry) const
{
    // No user: e.g. the command line (create-user, seed-demo) or a failed login of an unknown name.
    QString user = QStringLiteral("—");
    if (entry.userId)
        user = m_userNames.value(*entry.userId, tr("user #%1").arg(*entry.userId));
    QString details;
    if (entry.details.isObject())
        details = QString::fromUtf8(QJsonDocument(entry.details.toObject()).toJson(QJsonDocument::Compact));
    else if (entry.details.isArray())
        details = QString::fromUtf8(QJsonDocument(entry.details.toArray()).toJson(QJsonDocument::Compact));
    else if (!entry.details.isNull() && !entry.details.isUndefined())
        details = entry.details.toVariant().toString();
    RecordsModel::Row row{0,
                          {{DisplayFormat::dateTime(entry.at), entry.at},
                           {user},
                           {AuditActions::label(entry.action)},
                           {entry.target.value_or(QString())},
                           {details},
                           {entry.ip.value_or(QString())}}};
    row.cells[Details].toolTip = details;
    row.cells[Action].toolTip = entry.action;
    return row;
}

} // namespace okna

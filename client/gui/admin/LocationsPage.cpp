#include "gui/admin/LocationsPage.h"

#include "core/ApiClient.h"
#include "core/admin/RecordsModel.h"
#include "gui/admin/AdminPrompts.h"
#include "gui/admin/FieldErrors.h"
#include "json/JsonList.h"

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

LocationsPage::LocationsPage(ApiClient *api, QWidget *parent)
    : AdminPage(api, parent)
    , m_model(new RecordsModel({QString(), QString()}, this))
    , m_table(makeTable(m_model, this))
    , m_name(new QLineEdit(this))
    , m_add(new QPushButton(this))
    , m_rename(new QPushButton(this))
    , m_toggleActive(new QPushButton(this))
    , m_errors(new FieldErrors(this))
    , m_addBox(new QGroupBox(this))
    , m_reload(new QPushButton(this))
{
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_name, 1);
    addRow->addWidget(m_add);
    auto *addLayout = new QVBoxLayout(m_addBox);
    addLayout->addLayout(addRow);
    addLayout->addWidget(m_errors->add(QStringLiteral("name"), m_name));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_reload);
    buttons->addStretch(1);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_toggleActive);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_addBox);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(statusLabel());

    for (auto *widget : std::initializer_list<QWidget *>{m_add, m_rename, m_toggleActive, m_reload})
        addActionWidget(widget);
    connect(m_reload, &QPushButton::clicked, this, &LocationsPage::reload);
    connect(m_add, &QPushButton::clicked, this, &LocationsPage::add);
    connect(m_name, &QLineEdit::returnPressed, this, &LocationsPage::add);
    connect(m_rename, &QPushButton::clicked, this, &LocationsPage::renameSelected);
    connect(m_toggleActive, &QPushButton::clicked, this, &LocationsPage::toggleActive);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LocationsPage::updateActions);
    m_table->horizontalHeader()->resizeSection(0, 320);
    retranslateUi();
}

void LocationsPage::retranslateUi()
{
    m_model->setHeaders({tr("District"), tr("State")});
    m_name->setPlaceholderText(tr("Name of the new district"));
    m_addBox->setTitle(tr("New district"));
    m_add->setText(tr("&Add district"));
    m_rename->setText(tr("Re&name…"));
    m_reload->setText(tr("Re&fresh"));
    showLocations(); // "active" / "deactivated"
    updateActions(); // the text of the activate / deactivate button
}

QLabel *LocationsPage::fieldError(const QString &field) const
{
    return m_errors->label(field);
}

void LocationsPage::reload()
{
    beginRequest();
    api()->get(QStringLiteral("/locations"), {}, this, [this](const Result<QJsonValue> &result) {
        endRequest();
        auto locations = result ? listFromJson<Location>(result->toArray(), QStringLiteral("locations"))
                                : Result<QList<Location>>(result.error());
        if (!locations) {
            showFailure(tr("Cannot load the districts"), locations.error());
            return;
        }
        m_locations = std::move(locations).value();
        showLocations();
        m_table->sortByColumn(0, Qt::AscendingOrder);
        updateActions();
    });
}

void LocationsPage::showLocations()
{
    const QColor inactive = palette().color(QPalette::Disabled, QPalette::Text);
    QList<RecordsModel::Row> rows;
    for (const auto &location : std::as_const(m_locations)) {
        RecordsModel::Row row{location.id, {{location.name}, {location.active ? tr("active") : tr("deactivated")}}};
        if (!location.active) {
            for (auto &cell : row.cells)
                cell.foreground = inactive;
        }
        rows.append(row);
    }
    m_model->setRows(rows);
}

const Location *LocationsPage::selected() const
{
    const auto id = selectedId(m_table);
    for (const auto &location : m_locations) {
        if (location.id == id)
            return &location;
    }
    return nullptr;
}

void LocationsPage::updateActions()
{
    if (isBusy())
        return;
    const auto *location = selected();
    m_rename->setEnabled(location != nullptr);
    m_toggleActive->setEnabled(location != nullptr);
    m_toggleActive->setText(location && !location->active ? tr("&Activate") : tr("&Deactivate"));
}

void LocationsPage::add()
{
    m_errors->clear();
    const auto name = m_name->text().trimmed();
    if (name.isEmpty()) {
        m_errors->show(QStringLiteral("name"), tr("Enter the district's name."));
        return;
    }
    beginRequest();
    api()->post(QStringLiteral("/locations"), {{QStringLiteral("name"), name}}, this,
                [this, name](const Result<QJsonValue> &result) {
                    endRequest();
                    if (!result) {
                        if (result.error().code() == ErrorCode::Conflict && result.error().fields().isEmpty())
                            m_errors->show(QStringLiteral("name"), result.error().message());
                        else
                            m_errors->show(result.error());
                        showFailure(tr("Cannot add the district"), result.error());
                        return;
                    }
                    m_name->clear();
                    showMessage(tr("District “%1” added.").arg(name));
                    reload();
                    emit locationsChanged();
                });
}

void LocationsPage::renameSelected()
{
    const auto *location = selected();
    if (!location)
        return;
    const auto name = AdminPrompts::instance().text(this, tr("Rename district"), tr("New name:"), location->name);
    if (!name || name->trimmed().isEmpty() || name->trimmed() == location->name)
        return;
    patch(location->id, {{QStringLiteral("name"), name->trimmed()}}, tr("District renamed."));
}

void LocationsPage::toggleActive()
{
    const auto *location = selected();
    if (!location)
        return;
    if (location->active &&
        !AdminPrompts::instance().confirm(
            this, tr("Deactivate district"),
            tr("Deactivate “%1”? It takes no new orders; old orders and reports keep it.").arg(location->name)))
        return;
    const bool activate = !location->active;
    patch(location->id, {{QStringLiteral("active"), activate}},
          activate ? tr("District activated.") : tr("District deactivated."));
}

void LocationsPage::patch(qint64 id, const QJsonObject &body, const QString &done)
{
    beginRequest();
    api()->patch(QStringLiteral("/locations/%1").arg(id), body, this, [this, done](const Result<QJsonValue> &result) {
        endRequest();
        if (!result) {
            showFailure(tr("Cannot change the district"), result.error());
            return;
        }
        showMessage(done);
        reload();
        emit locationsChanged();
    });
}

} // namespace okna

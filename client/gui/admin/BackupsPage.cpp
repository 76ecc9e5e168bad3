#include "gui/admin/BackupsPage.h"

#include "core/ApiClient.h"
#include "core/StatusPalette.h"
#include "core/admin/DisplayFormat.h"
#include "core/admin/RecordsModel.h"
#include "gui/StatusDelegate.h"
#include "json/JsonList.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace okna {

namespace {

enum Column
{
    Created,
    StatusColumn,
    Size,
    Orders,
    Verified,
    File,
    Error,
};

QColor backupColor(Backup::Status status)
{
    switch (status) {
    case Backup::Status::Running:
        return StatusPalette::background(OrderStatus::InProgress);
    case Backup::Status::Verified:
        return StatusPalette::background(OrderStatus::Done);
    case Backup::Status::Failed:
        return StatusPalette::warning();
    }
    return {};
}

constexpr int kPollMs = 2000;

} // namespace

QString BackupsPage::stateLabel(Backup::Status status)
{
    switch (status) {
    case Backup::Status::Running:
        //: Backup state: being written and test-restored.
        return tr("running", "backup");
    case Backup::Status::Verified:
        //: Backup state: a test restore matched the database.
        return tr("verified", "backup");
    case Backup::Status::Failed:
        return tr("failed", "backup");
    }
    return {};
}

BackupsPage::BackupsPage(ApiClient *api, QWidget *parent)
    : AdminPage(api, parent)
    , m_model(new RecordsModel(QStringList(7, QString()), this))
    , m_table(makeTable(m_model, this))
    , m_create(new QPushButton(this))
    , m_hint(new QLabel(this))
    , m_refresh(new QPushButton(this))
{
    m_hint->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_create);
    buttons->addWidget(m_refresh);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(statusLabel());

    m_table->setItemDelegateForColumn(StatusColumn, new StatusDelegate(this));
    m_table->horizontalHeader()->resizeSection(Created, 140);
    m_table->horizontalHeader()->resizeSection(StatusColumn, 100);
    m_table->horizontalHeader()->resizeSection(Size, 90);
    m_table->horizontalHeader()->resizeSection(Orders, 80);
    m_table->horizontalHeader()->resizeSection(Verified, 140);
    m_table->horizontalHeader()->resizeSection(File, 260);

    m_poll.setInterval(kPollMs);
    m_poll.setSingleShot(true);
    connect(&m_poll, &QTimer::timeout, this, &BackupsPage::reload);
    addActionWidget(m_create);
    addActionWidget(m_refresh);
    connect(m_create, &QPushButton::clicked, this, &BackupsPage::createBackup);
    connect(m_refresh, &QPushButton::clicked, this, &BackupsPage::reload);
    retranslateUi();
}

void BackupsPage::retranslateUi()
{
    m_model->setHeaders(
        {tr("Created"), tr("State"), tr("Size"), tr("Orders"), tr("Verified at"), tr("File"), tr("Error")});
    m_hint->setText(tr("A backup counts as verified only after it was restored into a scratch database and "
                       "its row counts matched the database at the time of the dump."));
    m_create->setText(tr("&Create backup now"));
    m_refresh->setText(tr("Re&fresh"));
    setEmptyText(m_table, tr("No backups yet. “Create backup now” makes one and checks it by restoring it."));
    showBackups(); // states, sizes and dates in the new language
}

void BackupsPage::reload()
{
    beginRequest();
    api()->get(QStringLiteral("/backups"), {}, this, [this](const Result<QJsonValue> &result) {
        endRequest();
        auto list = result ? listFromJson<Backup>(result->toArray(), QStringLiteral("backups"))
                           : Result<QList<Backup>>(result.error());
        if (!list) {
            showFailure(tr("Cannot load the backups"), list.error());
            // One lost answer must not leave a running backup on screen for good: keep asking.
            if (!m_watched.isEmpty())
                m_poll.start();
            return;
        }
        m_backups = std::move(list).value();
        if (showBackups()) {
            for (const auto &backup : std::as_const(m_backups)) {
                if (backup.status == Backup::Status::Running && !m_watched.contains(backup.id))
                    m_watched.append(backup.id);
            }
            m_poll.start();
            showMessage(tr("A backup is running; the list refreshes by itself."));
        } else {
            m_poll.stop();
            reportOutcome();
        }
    });
}

void BackupsPage::reportOutcome()
{
    if (m_watched.isEmpty())
        return;
    const qint64 newest = *std::max_element(m_watched.cbegin(), m_watched.cend());
    m_watched.clear();
    const auto found = std::find_if(m_backups.cbegin(), m_backups.cend(),
                                    [newest](const Backup &backup) { return backup.id == newest; });
    if (found == m_backups.cend()) {
        showMessage(QString()); // gone from the list (kept backups are limited): nothing true to say
        return;
    }
    if (found->status == Backup::Status::Failed) {
        showFailure(tr("The backup failed"), ApiError(ErrorCode::Internal, found->error.value_or(QString())));
        return;
    }
    showMessage(found->ordersCount
                    ? tr("The backup is verified; orders in it: %1.").arg(DisplayFormat::count(*found->ordersCount))
                    : tr("The backup is verified."));
}

bool BackupsPage::showBackups()
{
    bool running = false;
    QList<RecordsModel::Row> rows;
    for (const auto &backup : std::as_const(m_backups)) {
        running = running || backup.status == Backup::Status::Running;
        const auto file = backup.file.value_or(QString());
        RecordsModel::Row row{backup.id,
                              {{DisplayFormat::dateTime(backup.createdAt), backup.createdAt.value_or(QDateTime())},
                               {stateLabel(backup.status)},
                               {DisplayFormat::bytes(backup.sizeBytes), backup.sizeBytes.value_or(-1)},
                               {backup.ordersCount ? DisplayFormat::count(*backup.ordersCount) : QString(),
                                backup.ordersCount.value_or(-1)},
                               {DisplayFormat::dateTime(backup.verifiedAt), backup.verifiedAt.value_or(QDateTime())},
                               {QFileInfo(file).fileName()},
                               {backup.error.value_or(QString())}}};
        row.cells[StatusColumn].background = backupColor(backup.status);
        row.cells[StatusColumn].foreground = StatusPalette::textOn(backupColor(backup.status));
        row.cells[File].toolTip = file;
        row.cells[Error].toolTip = backup.error.value_or(QString());
        if (backup.status == Backup::Status::Failed)
            row.cells[Error].foreground = StatusPalette::warning();
        rows.append(row);
    }
    m_model->setRows(rows);
    return running;
}

void BackupsPage::createBackup()
{
    beginRequest();
    api()->post(QStringLiteral("/backups"), {}, this, [this](const Result<QJsonValue> &result) {
        endRequest();
        if (!result) {
            showFailure(tr("Cannot start a backup"), result.error());
            return;
        }
        if (const auto started = Backup::fromJson(result->toObject()); started && !m_watched.contains(started->id))
            m_watched.append(started->id);
        showMessage(tr("Backup started."));
        reload();
    });
}

} // namespace okna

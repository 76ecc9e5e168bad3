#include "gui/admin/AdminPage.h"

#include "core/StatusPalette.h"
#include "core/admin/RecordsModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>

#include <functional>

namespace okna {

namespace {

// Calls back when the watched widget is resized (the empty-table hint follows the viewport).
class ResizeFollower : public QObject
{
public:
    ResizeFollower(QObject *parent, std::function<void()> callback)
        : QObject(parent)
        , m_callback(std::move(callback))
    {}

    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Resize)
            m_callback();
        return false;
    }

private:
    std::function<void()> m_callback;
};

} // namespace

AdminPage::AdminPage(ApiClient *api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_status(new QLabel(this))
{
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(QStringLiteral("statusLabel"));
}

void AdminPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AdminPage::beginRequest()
{
    if (m_pending++ == 0) {
        for (auto *widget : std::as_const(m_actionWidgets))
            widget->setEnabled(false);
        setCursor(Qt::BusyCursor);
        emit busyChanged(true);
    }
}

void AdminPage::endRequest()
{
    if (m_pending == 0 || --m_pending > 0)
        return;
    for (auto *widget : std::as_const(m_actionWidgets))
        widget->setEnabled(true);
    unsetCursor();
    updateActions();
    emit busyChanged(false);
}

void AdminPage::addActionWidget(QWidget *widget)
{
    m_actionWidgets.append(widget);
}

void AdminPage::showMessage(const QString &text)
{
    m_status->setPalette(palette());
    m_status->setText(text);
}

void AdminPage::showFailure(const QString &what, const ApiError &error)
{
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText, StatusPalette::warning());
    m_status->setPalette(palette);
    // Field problems name their field, also when the page has no input for it (e.g. a query parameter).
    QStringList fields;
    for (auto it = error.fields().cbegin(); it != error.fields().cend(); ++it) {
        if (!error.message().contains(it.value()))
            fields.append(tr("%1: %2", "field: problem").arg(it.key(), it.value()));
    }
    const QString text =
        fields.isEmpty() ? error.message() : tr("%1 (%2)").arg(error.message(), fields.join(QStringLiteral("; ")));
    m_status->setText(tr("%1: %2").arg(what, text));
}

QTableView *AdminPage::makeTable(RecordsModel *model, QWidget *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(RecordsModel::SortRole);
    auto *table = new QTableView(parent);
    table->setModel(proxy);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setSortingEnabled(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setHighlightSections(false);
    // The server's order (e.g. newest first) until the user clicks a header.
    table->sortByColumn(-1, Qt::AscendingOrder);
    return table;
}

void AdminPage::setEmptyText(QTableView *table, const QString &text)
{
    if (auto *existing = table->viewport()->findChild<QLabel *>(QStringLiteral("emptyTableHint"))) {
        existing->setText(text);
        return;
    }
    auto *hint = new QLabel(text, table->viewport());
    hint->setObjectName(QStringLiteral("emptyTableHint"));
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    hint->setAttribute(Qt::WA_TransparentForMouseEvents);
    QPalette palette = hint->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::Disabled, QPalette::Text));
    hint->setPalette(palette);
    auto *model = table->model();
    auto update = [hint, model, table] {
        hint->setGeometry(table->viewport()->rect().adjusted(20, 20, -20, -20));
        hint->setVisible(model->rowCount() == 0);
    };
    QObject::connect(model, &QAbstractItemModel::modelReset, hint, update);
    QObject::connect(model, &QAbstractItemModel::rowsInserted, hint, update);
    QObject::connect(model, &QAbstractItemModel::rowsRemoved, hint, update);
    QObject::connect(model, &QAbstractItemModel::layoutChanged, hint, update);
    table->viewport()->installEventFilter(new ResizeFollower(hint, update));
    update();
}

qint64 AdminPage::selectedId(QTableView *table)
{
    const auto rows = table->selectionModel() ? table->selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty())
        return 0;
    return rows.first().data(RecordsModel::IdRole).toLongLong();
}

} // namespace okna

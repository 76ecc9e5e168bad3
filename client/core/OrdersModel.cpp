#include "core/OrdersModel.h"

#include "core/ApiClient.h"
#include "core/BusinessTime.h"
#include "core/StatusPalette.h"
#include "phone/PhoneNumber.h"
#include "json/Page.h"

#include <QLocale>
#include <QMimeData>
#include <QSet>

namespace okna {

OrdersModel::OrdersModel(ApiClient *api, QObject *parent)
    : QAbstractTableModel(parent)
    , m_api(api)
{}

int OrdersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_orders.size());
}

int OrdersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrdersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Order &order = m_orders.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(order, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Status && order.refuseReason)
            return tr("Refused: %1").arg(*order.refuseReason);
        if (index.column() == CreatedAt)
            return BusinessTime::toolTip();
        return index.column() == Comment || index.column() == Address ? display(order, index.column()) : QVariant();
    case Qt::BackgroundRole:
        if (index.column() == Status)
            return StatusPalette::background(order.status);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Status)
            return StatusPalette::textOn(StatusPalette::background(order.status));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Number)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return sortValue(order, index.column());
    case OrderIdRole:
        return order.id;
    default:
        return {};
    }
}

QVariant OrdersModel::display(const Order &order, int column) const
{
    switch (column) {
    case Number:
        return QString::number(order.number);
    case Status:
        return label(order.status);
    case CreatedAt:
        return BusinessTime::format(order.createdAt, QStringLiteral("dd.MM HH:mm"));
    case ClientName:
        return order.clientName;
    case Phone:
        return formatPhoneForDisplay(order.phone);
    case Address:
        return order.address;
    case District:
        return m_locationNames.value(order.locationId, QString::number(order.locationId));
    case Master:
        return order.masterId ? m_masterNames.value(*order.masterId, QString::number(*order.masterId)) : QString();
    case Comment:
        return order.comment;
    default:
        return {};
    }
}

QVariant OrdersModel::sortValue(const Order &order, int column) const
{
    switch (column) {
    case Number:
        return order.number;
    case Status:
        return int(order.status);
    case CreatedAt:
        return order.createdAt;
    case Phone:
        return order.phone;
    case District:
        return order.locationId;
    case Master:
        return order.masterId.value_or(0);
    default:
        return display(order, column);
    }
}

QVariant OrdersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == CreatedAt)
        return BusinessTime::toolTip();
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        //: Column header: the order number.
        return tr("No.");
    case Status:
        return tr("Status");
    case CreatedAt:
        return tr("Created");
    case ClientName:
        return tr("Client");
    case Phone:
        return tr("Phone");
    case Address:
        return tr("Address");
    case District:
        return tr("District");
    case Master:
        return tr("Master");
    case Comment:
        return tr("Comment");
    default:
        return {};
    }
}

Qt::ItemFlags OrdersModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
}

QStringList OrdersModel::mimeTypes() const
{
    return {mimeType};
}

QMimeData *OrdersModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const auto &index : indexes) {
        if (!index.isValid())
            continue;
        const auto id = QString::number(m_orders.at(index.row()).id);
        if (!ids.contains(id))
            ids.append(id);
    }
    if (ids.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(mimeType, ids.join(QLatin1Char(',')).toLatin1());
    return mime;
}

QList<qint64> OrdersModel::orderIdsFrom(const QMimeData *mime)
{
    QList<qint64> ids;
    if (!mime || !mime->hasFormat(mimeType))
        return ids;
    for (const auto &part : mime->data(mimeType).split(',')) {
        bool ok = false;
        const auto id = part.toLongLong(&ok);
        if (ok && id > 0)
            ids.append(id);
    }
    return ids;
}

Qt::DropActions OrdersModel::supportedDragActions() const
{
    return Qt::CopyAction;
}

bool OrdersModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_nextCursor.has_value() && !m_fetching;
}

void OrdersModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        fetchPage(m_nextCursor);
}

void OrdersModel::reload()
{
    ++m_generation;
    m_fetching = false;
    m_nextCursor.reset();
    fetchPage(std::nullopt);
}

void OrdersModel::refresh()
{
    if (m_orders.isEmpty()) {
        reload();
        return;
    }
    ++m_generation;
    m_fetching = true;
    // At least what was shown before, so that rows below the first page are checked too.
    fetchRefreshPage(std::nullopt, std::max(1, int(m_orders.size())), {});
}

void OrdersModel::clear()
{
    ++m_generation;
    beginResetModel();
    m_orders.clear();
    m_rowById.clear();
    m_nextCursor.reset();
    endResetModel();
}

Result<int> OrdersModel::applyPage(const QJsonObject &json, bool first)
{
    auto page = Page<Order>::fromJson(json);
    if (!page)
        return page.error();
    m_nextCursor = page->nextCursor;
    if (first) {
        // A whole new listing: one reset, not one signal per row.
        beginResetModel();
        m_orders = std::move(page->items);
        reindexFrom(0);
        endResetModel();
        return int(m_orders.size());
    }
    // Later pages are older than what is shown: append the unknown ones in one go; a row that a
    // live event brought in already is updated in place.
    QList<Order> fresh;
    fresh.reserve(page->items.size());
    for (auto &order : page->items) {
        if (m_rowById.contains(order.id))
            upsert(order);
        else
            fresh.append(std::move(order));
    }
    if (!fresh.isEmpty()) {
        const int first = int(m_orders.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        m_orders.append(std::move(fresh));
        reindexFrom(first);
        endInsertRows();
    }
    return int(page->items.size());
}

void OrdersModel::fetchPage(const std::optional<QString> &cursor)
{
    QUrlQuery query = m_query;
    if (cursor)
        query.addQueryItem(QStringLiteral("cursor"), *cursor);
    m_fetching = true;
    const int generation = m_generation;
    m_api->get(QStringLiteral("/orders"), query, this,
               [this, generation, first = !cursor](const Result<QJsonValue> &result) {
                   if (generation != m_generation)
                       return;
                   m_fetching = false;
                   if (!result) {
                       emit loadFailed(result.error());
                       return;
                   }
                   const auto applied = applyPage(result->toObject(), first);
                   if (!applied) {
                       emit loadFailed(applied.error());
                       return;
                   }
                   emit loaded();
               });
}

void OrdersModel::fetchRefreshPage(const std::optional<QString> &cursor, int wanted, QList<Order> collected)
{
    QUrlQuery query = m_query;
    if (cursor)
        query.addQueryItem(QStringLiteral("cursor"), *cursor);
    const int generation = m_generation;
    m_api->get(QStringLiteral("/orders"), query, this,
               [this, generation, wanted, collected = std::move(collected)](const Result<QJsonValue> &result) mutable {
                   if (generation != m_generation)
                       return;
                   auto page = result ? Page<Order>::fromJson(result->toObject()) : Result<Page<Order>>(result.error());
                   if (!page) {
                       m_fetching = false;
                       emit loadFailed(page.error());
                       return;
                   }
                   collected.append(page->items);
                   if (page->nextCursor && collected.size() < wanted) {
                       fetchRefreshPage(page->nextCursor, wanted, std::move(collected));
                       return;
                   }
                   m_fetching = false;
                   m_nextCursor = page->nextCursor;
                   merge(collected, !page->nextCursor.has_value());
                   emit loaded();
               });
}

void OrdersModel::merge(const QList<Order> &fresh, bool complete)
{
    QSet<qint64> seen;
    seen.reserve(fresh.size());
    QDateTime oldest;
    for (const auto &order : fresh) {
        seen.insert(order.id);
        if (!oldest.isValid() || order.createdAt < oldest)
            oldest = order.createdAt;
    }
    // Rows the listing no longer has (another status now, ...) go, but only within the range the
    // fetched pages covered: older rows were simply not asked for.
    for (int row = int(m_orders.size()) - 1; row >= 0; --row) {
        const auto &order = m_orders.at(row);
        if (seen.contains(order.id) || (!complete && (!oldest.isValid() || order.createdAt < oldest)))
            continue;
        beginRemoveRows({}, row, row);
        m_orders.removeAt(row);
        endRemoveRows();
        m_rowById.remove(order.id);
        reindexFrom(row);
    }
    for (const auto &order : fresh)
        upsert(order);
}

void OrdersModel::setLocationNames(const QHash<qint64, QString> &names)
{
    m_locationNames = names;
    if (!m_orders.isEmpty())
        emit dataChanged(index(0, District), index(rowCount() - 1, District), {Qt::DisplayRole});
}

void OrdersModel::setMasterNames(const QHash<qint64, QString> &names)
{
    m_masterNames = names;
    if (!m_orders.isEmpty())
        emit dataChanged(index(0, Master), index(rowCount() - 1, Master), {Qt::DisplayRole});
}

void OrdersModel::applyCreated(const Order &order)
{
    upsert(order);
}

void OrdersModel::applyUpdated(const Order &order)
{
    upsert(order);
}

void OrdersModel::upsert(const Order &order)
{
    const int row = rowOf(order.id);
    if (row >= 0) {
        // An event older than what we show (e.g. a page fetched after it) must not win.
        if (m_orders.at(row).version > order.version || m_orders.at(row) == order)
            return;
        m_orders[row] = order;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int position = insertPositionFor(order);
    beginInsertRows({}, position, position);
    m_orders.insert(position, order);
    reindexFrom(position);
    endInsertRows();
}

void OrdersModel::reindexFrom(int row)
{
    if (row == 0)
        m_rowById.clear();
    m_rowById.reserve(m_orders.size());
    for (int i = row; i < m_orders.size(); ++i)
        m_rowById.insert(m_orders.at(i).id, i);
}

int OrdersModel::insertPositionFor(const Order &order) const
{
    // Newest first, like GET /orders: created_at descending, then id descending.
    for (int row = 0; row < m_orders.size(); ++row) {
        const auto &other = m_orders.at(row);
        if (other.createdAt < order.createdAt || (other.createdAt == order.createdAt && other.id < order.id))
            return row;
    }
    return int(m_orders.size());
}

std::optional<Order> OrdersModel::orderById(qint64 id) const
{
    const int row = rowOf(id);
    if (row < 0)
        return std::nullopt;
    return m_orders.at(row);
}

int OrdersModel::rowOf(qint64 id) const
{
    return m_rowById.value(id, -1);
}

} // namespace okna

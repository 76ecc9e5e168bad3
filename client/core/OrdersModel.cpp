#include "core/OrdersModel.h"

#include "core/ApiClient.h"
#include "core/StatusPalette.h"
#include "phone/PhoneNumber.h"
#include "json/Page.h"

#include <QLocale>
#include <QMimeData>

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
        return QLocale().toString(order.createdAt.toLocalTime(), QStringLiteral("dd.MM HH:mm"));
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

void OrdersModel::clear()
{
    ++m_generation;
    beginResetModel();
    m_orders.clear();
    m_nextCursor.reset();
    endResetModel();
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
                   auto page = Page<Order>::fromJson(result->toObject());
                   if (!page) {
                       emit loadFailed(page.error());
                       return;
                   }
                   m_nextCursor = page->nextCursor;
                   if (first) {
                       // A whole new listing (first load, or resync after a reconnect): one reset, not one per row.
                       beginResetModel();
                       m_orders = page->items;
                       endResetModel();
                   } else {
                       for (const auto &order : std::as_const(page->items))
                           upsert(order);
                   }
                   emit loaded();
               });
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
        if (m_orders.at(row).version > order.version)
            return;
        m_orders[row] = order;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int position = insertPositionFor(order);
    beginInsertRows({}, position, position);
    m_orders.insert(position, order);
    endInsertRows();
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
    for (int row = 0; row < m_orders.size(); ++row) {
        if (m_orders.at(row).id == id)
            return row;
    }
    return -1;
}

} // namespace okna

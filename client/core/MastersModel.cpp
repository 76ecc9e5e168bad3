#include "core/MastersModel.h"

#include "core/ApiClient.h"
#include "core/BusinessTime.h"
#include "core/OrdersModel.h"
#include "core/StatusPalette.h"
#include "phone/PhoneNumber.h"
#include "json/JsonList.h"

#include <QJsonArray>
#include <QLocale>
#include <QMimeData>
#include <QSet>

namespace okna {

MastersModel::MastersModel(ApiClient *api, QObject *parent)
    : QAbstractTableModel(parent)
    , m_api(api)
{}

int MastersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_masters.size());
}

int MastersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MastersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MasterRow &master = m_masters.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return master.fullName;
        case Status:
            return label(master.status);
        case CurrentOrder:
            if (!master.currentOrderId)
                return QString();
            return m_orderNumbers.contains(*master.currentOrderId)
                       ? tr("No. %1").arg(m_orderNumbers.value(*master.currentOrderId))
                       : tr("id %1").arg(*master.currentOrderId);
        case ShiftStarted:
            return master.shiftStartedAt ? BusinessTime::format(*master.shiftStartedAt, QStringLiteral("dd.MM HH:mm"))
                                         : QString();
        case Phone:
            return master.phone ? formatPhoneForDisplay(*master.phone) : QString();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return index.column() == ShiftStarted && master.shiftStartedAt ? BusinessTime::toolTip() : QVariant();
    case Qt::BackgroundRole:
        if (index.column() == Status)
            return StatusPalette::background(master.status);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Status)
            return StatusPalette::textOn(StatusPalette::background(master.status));
        return {};
    case SortRole:
        switch (index.column()) {
        case Status:
            return int(master.status);
        case ShiftStarted:
            return master.shiftStartedAt.value_or(QDateTime());
        case CurrentOrder:
            return master.currentOrderId.value_or(0);
        default:
            return data(index, Qt::DisplayRole);
        }
    case MasterIdRole:
        return master.id;
    default:
        return {};
    }
}

QVariant MastersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == ShiftStarted)
        return BusinessTime::toolTip();
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Master");
    case Status:
        return tr("Status");
    case CurrentOrder:
        return tr("Current order");
    case ShiftStarted:
        return tr("Shift since");
    case Phone:
        return tr("Phone");
    default:
        return {};
    }
}

Qt::ItemFlags MastersModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled | Qt::ItemNeverHasChildren;
}

QStringList MastersModel::mimeTypes() const
{
    return {OrdersModel::mimeType};
}

Qt::DropActions MastersModel::supportedDropActions() const
{
    return Qt::CopyAction | Qt::MoveAction;
}

int MastersModel::targetRow(int row, const QModelIndex &parent) const
{
    if (parent.isValid())
        return parent.row();
    if (row >= 0 && row < m_masters.size())
        return row;
    return -1;
}

bool MastersModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int row, int, const QModelIndex &parent) const
{
    return data && data->hasFormat(OrdersModel::mimeType) && targetRow(row, parent) >= 0;
}

bool MastersModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const auto ids = OrdersModel::orderIdsFrom(data);
    if (ids.size() != 1)
        return false; // one master holds one order: a multi-order drop cannot be right
    const MasterRow &master = m_masters.at(targetRow(row, parent));
    if (master.status == MasterStatus::Busy && master.currentOrderId != ids.first()) {
        emit dropRefused(master.fullName, master.currentOrderId.value_or(0));
        return false;
    }
    emit assignRequested(ids.first(), master.id);
    return true;
}

void MastersModel::reload()
{
    const int generation = ++m_generation;
    m_api->get(QStringLiteral("/masters"), {}, this, [this, generation](const Result<QJsonValue> &result) {
        if (generation != m_generation)
            return;
        if (!result) {
            emit loadFailed(result.error());
            return;
        }
        auto masters = listFromJson<MasterRow>(result->toArray(), QStringLiteral("masters"));
        if (!masters) {
            emit loadFailed(masters.error());
            return;
        }
        setMasters(std::move(masters).value());
        emit loaded();
    });
}

void MastersModel::setMasters(const QList<MasterRow> &masters)
{
    if (m_masters.isEmpty()) {
        if (masters.isEmpty())
            return;
        beginInsertRows({}, 0, int(masters.size()) - 1);
        m_masters = masters;
        endInsertRows();
        return;
    }
    // Again after a reconnect: row by row, so that views keep their selection and scroll position.
    QSet<qint64> ids;
    for (const auto &master : masters)
        ids.insert(master.id);
    for (int row = int(m_masters.size()) - 1; row >= 0; --row) {
        if (ids.contains(m_masters.at(row).id))
            continue;
        beginRemoveRows({}, row, row);
        m_masters.removeAt(row);
        endRemoveRows();
    }
    for (const auto &master : masters)
        applyUpdated(master);
}

void MastersModel::applyUpdated(const MasterRow &master)
{
    const int row = rowOf(master.id);
    if (row >= 0) {
        if (m_masters.at(row) == master)
            return;
        m_masters[row] = master;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int position = int(m_masters.size());
    beginInsertRows({}, position, position);
    m_masters.append(master);
    endInsertRows();
}

int MastersModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_masters.size(); ++row) {
        if (m_masters.at(row).id == id)
            return row;
    }
    return -1;
}

void MastersModel::setOrderNumbers(const QHash<qint64, qint64> &numbers)
{
    m_orderNumbers = numbers;
    if (!m_masters.isEmpty())
        emit dataChanged(index(0, CurrentOrder), index(rowCount() - 1, CurrentOrder), {Qt::DisplayRole});
}

QHash<qint64, QString> MastersModel::names() const
{
    QHash<qint64, QString> names;
    for (const auto &master : m_masters)
        names.insert(master.id, master.fullName);
    return names;
}

} // namespace okna

// The orders table: pages of GET /orders plus live order.created / order.updated, row by row.
#pragma once

#include "core/Result.h"
#include "json/Order.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonObject>
#include <QUrlQuery>

#include <optional>

namespace okna {

class ApiClient;
class ApiError;

class OrdersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Number,
        Status,
        CreatedAt,
        ClientName,
        Phone,
        Address,
        District,
        Master,
        Comment,
        ColumnCount
    };
    Q_ENUM(Column)

    enum DataRole
    {
        SortRole = Qt::UserRole + 1, // the raw value: numbers, QDateTime, wire names
        OrderIdRole,
    };

    static inline const QString mimeType = QStringLiteral("application/x-okna-order-id");

    explicit OrdersModel(ApiClient *api, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // The filters of GET /orders this model shows (status, from, phone, ...). reload() applies them.
    void setQuery(const QUrlQuery &query) { m_query = query; }
    QUrlQuery query() const { return m_query; }
    // A new listing (first load, another query): one model reset.
    void reload();
    // The same listing fetched again (after a reconnect), merged row by row: changed rows get
    // dataChanged, new ones rowsInserted, vanished ones rowsRemoved; no reset.
    void refresh();
    void clear();
    // One page of GET /orders as the server sends it ({"items","next_cursor"}), appended (or
    // replacing everything when `first`). fetchPage() uses it; so does the benchmark.
    Result<int> applyPage(const QJsonObject &page, bool first);
    bool isLoading() const { return m_fetching; }

    // Names for the id columns; a change repaints those columns.
    void setLocationNames(const QHash<qint64, QString> &names);
    void setMasterNames(const QHash<qint64, QString> &names);

    // Live updates: insert a new row, or change one row in place.
    void applyCreated(const Order &order);
    void applyUpdated(const Order &order);

    const Order &orderAt(int row) const { return m_orders.at(row); }
    std::optional<Order> orderById(qint64 id) const;
    int rowOf(qint64 id) const;
    // For a MIME payload from mimeData(): the order ids it carries.
    static QList<qint64> orderIdsFrom(const QMimeData *mime);

signals:
    void loaded();
    void loadFailed(const okna::ApiError &error);

private:
    void fetchPage(const std::optional<QString> &cursor);
    void fetchRefreshPage(const std::optional<QString> &cursor, int wanted, QList<Order> collected);
    void merge(const QList<Order> &fresh, bool complete);
    void upsert(const Order &order);
    void reindexFrom(int row);
    int insertPositionFor(const Order &order) const;
    QVariant display(const Order &order, int column) const;
    QVariant sortValue(const Order &order, int column) const;

    ApiClient *m_api;
    QUrlQuery m_query;
    QList<Order> m_orders;
    QHash<qint64, int> m_rowById; // id -> row in m_orders, kept in step with every change
    QHash<qint64, QString> m_locationNames;
    QHash<qint64, QString> m_masterNames;
    std::optional<QString> m_nextCursor;
    bool m_fetching = false;
    int m_generation = 0; // drops answers to a request that reload() superseded
};

} // namespace okna

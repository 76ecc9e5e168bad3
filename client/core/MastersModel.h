// The masters list of GET /masters with master.updated applied in place. Orders dropped on a master
// ask for an assignment; a busy master refuses the drop.
#pragma once

#include "json/MasterRow.h"

#include <QAbstractTableModel>
#include <QHash>

namespace okna {

class ApiClient;
class ApiError;

class MastersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Status,
        CurrentOrder,
        ShiftStarted,
        Phone,
        ColumnCount
    };
    Q_ENUM(Column)

    enum DataRole
    {
        SortRole = Qt::UserRole + 1,
        MasterIdRole,
    };

    explicit MastersModel(ApiClient *api, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    void reload();
    void applyUpdated(const MasterRow &master);

    const MasterRow &masterAt(int row) const { return m_masters.at(row); }
    int rowOf(qint64 id) const;
    // The whole list (GET /masters): inserted the first time, merged row by row afterwards.
    void setMasters(const QList<MasterRow> &masters);
    // Order numbers shown in the "current order" column (id -> number).
    void setOrderNumbers(const QHash<qint64, qint64> &numbers);
    QHash<qint64, QString> names() const;

signals:
    void loaded();
    void loadFailed(const okna::ApiError &error);
    // An order was dropped on a master who may take it.
    void assignRequested(qint64 orderId, qint64 masterId);
    // An order was dropped on a busy master: nothing is sent.
    void dropRefused(const QString &masterName, qint64 currentOrderId);

private:
    int targetRow(int row, const QModelIndex &parent) const;

    ApiClient *m_api;
    QList<MasterRow> m_masters;
    QHash<qint64, qint64> m_orderNumbers;
    int m_generation = 0;
};

} // namespace okna

// A read-only table for the administrator's lists (users, districts, blacklist, outbox, backups,
// audit, reports): each page turns its contract objects into rows of cells once, the model only
// serves them with a display value, a raw sort value, optional status colours and the row's id.
#pragma once

#include <QAbstractTableModel>
#include <QColor>
#include <QList>
#include <QStringList>
#include <QVariant>

namespace okna {

class RecordsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum DataRole
    {
        SortRole = Qt::UserRole + 1, // the raw value (number, date) a proxy sorts by
        IdRole,                      // the id of the row's object, on every cell
    };

    struct Cell
    {
        Cell() = default;
        // sort invalid: sort by display.
        Cell(QVariant displayValue, QVariant sortValue = {})
            : display(std::move(displayValue))
            , sort(std::move(sortValue))
        {}

        QVariant display;
        QVariant sort;
        QColor background;
        QColor foreground;
        QString toolTip;
        bool bold = false;
    };

    struct Row
    {
        qint64 id = 0;
        QList<Cell> cells;
    };

    explicit RecordsModel(QStringList headers, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // A whole list fetched again replaces the rows (these lists are small and never live-updated):
    // a reset, unless the rows are the same objects (ids, in order), which only get dataChanged.
    void setRows(QList<Row> rows);
    void appendRows(const QList<Row> &rows);
    // The same number of columns (e.g. after a language change) keeps the rows: headerDataChanged only.
    void setHeaders(const QStringList &headers);
    const QList<Row> &rows() const { return m_rows; }
    int rowOfId(qint64 id) const;
    qint64 idAt(int row) const;
    // The display text of a cell, e.g. for printing.
    QString text(int row, int column) const;

private:
    QStringList m_headers;
    QList<Row> m_rows;
};

} // namespace okna

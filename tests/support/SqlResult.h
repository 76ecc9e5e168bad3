// Rows a test read straight from PostgreSQL, as text (NULL is a null QString).
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace okna::test {

struct SqlResult
{
    bool ok = false;
    QString error;
    QStringList columns;
    QList<QStringList> rows;

    qsizetype rowCount() const { return rows.size(); }
    // The cell, or a null QString when it is NULL or out of range.
    QString value(qsizetype row, qsizetype column) const;
    QString value(qsizetype row, const QString &column) const;
    // The first cell of the first row: for "SELECT count(*) ...".
    QString scalar() const { return value(0, 0); }
};

} // namespace okna::test

#include "SqlResult.h"

namespace okna::test {

QString SqlResult::value(qsizetype row, qsizetype column) const
{
    if (row < 0 || row >= rows.size() || column < 0 || column >= rows.at(row).size())
        return {};
    return rows.at(row).at(column);
}

QString SqlResult::value(qsizetype row, const QString &column) const
{
    return value(row, columns.indexOf(column));
}

} // namespace okna::test

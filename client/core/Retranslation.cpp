#include "core/Retranslation.h"

#include <QAbstractItemModel>

namespace okna {

void announceRetranslation(QAbstractItemModel *model)
{
    const int columns = model->columnCount();
    const int rows = model->rowCount();
    if (columns > 0)
        emit model->headerDataChanged(Qt::Horizontal, 0, columns - 1);
    if (columns > 0 && rows > 0)
        emit model->dataChanged(model->index(0, 0), model->index(rows - 1, columns - 1),
                                {Qt::DisplayRole, Qt::ToolTipRole});
}

} // namespace okna

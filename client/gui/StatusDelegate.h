// Paints a status cell as a coloured badge WITH its label (never colour alone), for any model that
// gives the colour in BackgroundRole, the text colour in ForegroundRole and the label in DisplayRole.
#pragma once

#include <QStyledItemDelegate>

namespace okna {

class StatusDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace okna

#include "gui/StatusDelegate.h"

#include <QApplication>
#include <QPainter>

namespace okna {

void StatusDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QColor badge = index.data(Qt::BackgroundRole).value<QColor>();
    const QColor textColor = index.data(Qt::ForegroundRole).value<QColor>();
    const QString text = opt.text;
    // The cell itself (selection, focus) without the text and without the status colour.
    opt.text.clear();
    opt.backgroundBrush = Qt::NoBrush;
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (text.isEmpty())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics(opt.font);
    const int width = std::min(metrics.horizontalAdvance(text) + 16, option.rect.width() - 4);
    QRect pill(option.rect.left() + 2, option.rect.top() + 3, width, option.rect.height() - 6);
    painter->setPen(Qt::NoPen);
    painter->setBrush(badge.isValid() ? badge : option.palette.mid().color());
    painter->drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
    painter->setPen(textColor.isValid() ? textColor : option.palette.text().color());
    painter->setFont(opt.font);
    painter->drawText(pill, Qt::AlignCenter, metrics.elidedText(text, Qt::ElideRight, pill.width() - 8));
    painter->restore();
}

QSize StatusDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += 20;
    size.rheight() = std::max(size.height(), option.fontMetrics.height() + 10);
    return size;
}

} // namespace okna

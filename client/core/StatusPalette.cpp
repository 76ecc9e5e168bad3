#include "core/StatusPalette.h"

namespace okna {

QColor StatusPalette::background(OrderStatus status)
{
    return QColor::fromRgba(colorRgb(status));
}

QColor StatusPalette::background(MasterStatus status)
{
    return QColor::fromRgba(colorRgb(status));
}

QColor StatusPalette::textOn(const QColor &background)
{
    // Relative luminance after ITU-R BT.709; amber and light grey get black text.
    const double luminance = 0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return luminance > 0.55 ? QColor(Qt::black) : QColor(Qt::white);
}

QColor StatusPalette::rowTint(const QColor &statusColor)
{
    QColor tint = statusColor;
    tint.setAlpha(40);
    return tint;
}

QColor StatusPalette::warning()
{
    return QColor::fromRgba(colorRgb(OrderStatus::New));
}

} // namespace okna

// The one place where status colours become QColors (background badge and a readable text colour).
#pragma once

#include "domain/MasterStatus.h"
#include "domain/OrderStatus.h"

#include <QColor>

namespace okna {

class StatusPalette
{
public:
    static QColor background(OrderStatus status);
    static QColor background(MasterStatus status);
    // Black or white, whichever reads better on the background.
    static QColor textOn(const QColor &background);
    // A pale tint of the status colour for whole table rows.
    static QColor rowTint(const QColor &statusColor);
    // The blacklist warning and field errors.
    static QColor warning();
};

} // namespace okna

// Whether a master can take an order now, as GET /masters reports it; labels and palette colours.
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace okna {

enum class MasterStatus
{
    Free,     // "free": checked in, no active order
    Busy,     // "busy": has an active order, checked in or not
    OffShift, // "off_shift": not checked in, no active order
};

QList<MasterStatus> allMasterStatuses();

QString wireName(MasterStatus status);
std::optional<MasterStatus> parseMasterStatus(const QString &wireName);

// Translated label for the UI (Russian: Свободен, Занят, Не на смене).
QString label(MasterStatus status);

// "#RRGGBB" and 0xAARRGGBB (QRgb layout), from the product palette.
QString colorName(MasterStatus status);
quint32 colorRgb(MasterStatus status);

// The rule of GET /masters, in one place for server and tests.
MasterStatus masterStatusOf(bool hasActiveOrder, bool checkedIn);

} // namespace okna

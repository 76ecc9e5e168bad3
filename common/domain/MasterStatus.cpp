#include "domain/MasterStatus.h"

#include <QCoreApplication>

#include <array>

namespace okna {

namespace {

struct StatusInfo
{
    MasterStatus status;
    const char *wire;
    quint32 rgb;
};

constexpr std::array statuses{
    StatusInfo{MasterStatus::Free, "free", 0xFF43A047},
    StatusInfo{MasterStatus::Busy, "busy", 0xFFFB8C00},
    StatusInfo{MasterStatus::OffShift, "off_shift", 0xFF9E9E9E},
};

const StatusInfo &infoOf(MasterStatus status)
{
    for (const auto &info : statuses) {
        if (info.status == status)
            return info;
    }
    return statuses.front();
}

} // namespace

QList<MasterStatus> allMasterStatuses()
{
    QList<MasterStatus> result;
    for (const auto &info : statuses)
        result.append(info.status);
    return result;
}

QString wireName(MasterStatus status)
{
    return QString::fromLatin1(infoOf(status).wire);
}

std::optional<MasterStatus> parseMasterStatus(const QString &wireName)
{
    for (const auto &info : statuses) {
        if (wireName == QLatin1String(info.wire))
            return info.status;
    }
    return std::nullopt;
}

QString label(MasterStatus status)
{
    // The labels describe a master (a man in Russian: "Свободен", not "Свободна").
    switch (status) {
    case MasterStatus::Free:
        //: Master status: on shift, no order. Russian: "Свободен".
        return QCoreApplication::translate("okna::MasterStatus", "Free", "master status");
    case MasterStatus::Busy:
        //: Master status: holds an order. Russian: "Занят".
        return QCoreApplication::translate("okna::MasterStatus", "Busy", "master status");
    case MasterStatus::OffShift:
        //: Master status: not checked in. Russian: "Не на смене".
        return QCoreApplication::translate("okna::MasterStatus", "Off shift", "master status");
    }
    return {};
}

QString colorName(MasterStatus status)
{
    return QStringLiteral("#%1").arg(infoOf(status).rgb & 0xFFFFFF, 6, 16, QLatin1Char('0')).toUpper();
}

quint32 colorRgb(MasterStatus status)
{
    return infoOf(status).rgb;
}

MasterStatus masterStatusOf(bool hasActiveOrder, bool checkedIn)
{
    // Busy wins over the shift: an assigned master stays unavailable even before checking in.
    if (hasActiveOrder)
        return MasterStatus::Busy;
    return checkedIn ? MasterStatus::Free : MasterStatus::OffShift;
}

} // namespace okna

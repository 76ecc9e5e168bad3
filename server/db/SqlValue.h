// Conversions between libpqxx fields/parameters and Qt types, in one place.
#pragma once

#include "json/Timestamp.h"

#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <pqxx/pqxx>

#include <optional>
#include <string>

namespace okna::server::sql {

inline QString text(const pqxx::field &field)
{
    return field.is_null() ? QString() : QString::fromStdString(field.as<std::string>());
}

inline std::optional<QString> optionalText(const pqxx::field &field)
{
    if (field.is_null())
        return std::nullopt;
    return QString::fromStdString(field.as<std::string>());
}

inline std::optional<qint64> optionalInt(const pqxx::field &field)
{
    if (field.is_null())
        return std::nullopt;
    return field.as<qint64>();
}

inline std::optional<std::string> param(const std::optional<QString> &value)
{
    if (!value)
        return std::nullopt;
    return value->toStdString();
}

// Timestamps are selected as epoch milliseconds (see kEpochMs) and shown in the business zone.
inline std::optional<QDateTime> optionalTime(const pqxx::field &field, const QTimeZone &zone)
{
    if (field.is_null())
        return std::nullopt;
    return Timestamp::atInstant(field.as<qint64>(), zone);
}

inline QDateTime time(const pqxx::field &field, const QTimeZone &zone)
{
    return optionalTime(field, zone).value_or(QDateTime());
}

} // namespace okna::server::sql

// SQL fragment: a timestamptz column as epoch milliseconds, e.g. EPOCH_MS("created_at").
#define OKNA_EPOCH_MS(column) "(floor(extract(epoch from " column ") * 1000))::int8"

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

// SQL fragments: a timestamptz column (an instant after 1970) as epoch microseconds or
// milliseconds, e.g. OKNA_EPOCH_MS("created_at"). Through date_part, which computes in double
// precision, not extract, which since PostgreSQL 14 computes in numeric: 0.5 µs a value, a
// quarter of the statement that reads a page of 50 orders. The double is within 0.5 µs of the exact
// value until about 2100 (checked against extract for every microsecond of ten seconds in
// 1970, 2026 and 2099), so rounding it gives the exact microsecond.
#define OKNA_EPOCH_US(column) "round(date_part('epoch', " column ") * 1000000)::int8"
#define OKNA_EPOCH_MS(column) "(" OKNA_EPOCH_US(column) " / 1000)"

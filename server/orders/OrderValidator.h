// The client fields of POST /orders and PATCH /orders/{id}: types, lengths and the phone rule,
// with every problem named by its field.
#pragma once

#include "http/FieldReader.h"

#include <QString>

#include <optional>

namespace okna::server {

// The fields a request sent, validated: trimmed texts, the phone in E.164.
struct OrderInput
{
    std::optional<QString> clientName;
    std::optional<QString> phone;
    std::optional<QString> address;
    std::optional<qint64> locationId;
    std::optional<QString> comment;

    bool isEmpty() const { return !clientName && !phone && !address && !locationId && !comment; }
};

class OrderValidator
{
public:
    static constexpr int kMaxClientName = 200;
    static constexpr int kMaxAddress = 300;
    static constexpr int kMaxComment = 2000;
    static constexpr int kMaxRefuseReason = 1000;

    // For a create every field but comment is required; for a PATCH each is optional but none
    // may be null. Problems are recorded in body (check body.error()).
    static OrderInput read(FieldReader &body, bool forCreate);
};

} // namespace okna::server

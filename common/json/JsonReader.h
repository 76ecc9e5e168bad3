// Reads the fields of one JSON object with the contract's type checks. The first problem wins and
// becomes a 400 bad_request naming the field ("location_id must be an integer").
#pragma once

#include "core/ApiError.h"
#include "domain/MasterStatus.h"
#include "domain/OrderStatus.h"
#include "domain/Role.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>
#include <utility>

namespace okna {

// A PATCH field: nullopt = not sent (leave unchanged); holds nullopt = sent as null (clear it).
template <typename T> using PatchField = std::optional<std::optional<T>>;

class JsonReader
{
public:
    explicit JsonReader(const QJsonObject &object);

    // Present and not null.
    template <typename T> void required(const QString &field, T &out)
    {
        const QJsonValue value = m_object.value(field);
        if (m_failed)
            return;
        if (value.isUndefined() || value.isNull()) {
            failMissing(field);
            return;
        }
        convert(field, value, out);
    }

    // Missing or null both mean "no value": for the nullable fields of a full object.
    template <typename T> void nullable(const QString &field, std::optional<T> &out)
    {
        const QJsonValue value = m_object.value(field);
        out.reset();
        if (m_failed || value.isUndefined() || value.isNull())
            return;
        T converted{};
        if (convert(field, value, converted))
            out = std::move(converted);
    }

    // Missing keeps the default already in out; null is a type error (the field is not nullable).
    template <typename T> void optional(const QString &field, T &out)
    {
        const QJsonValue value = m_object.value(field);
        if (m_failed || value.isUndefined())
            return;
        convert(field, value, out);
    }

    // Missing, null and a value are three different things in a PATCH body.
    template <typename T> void patch(const QString &field, PatchField<T> &out)
    {
        const QJsonValue value = m_object.value(field);
        out.reset();
        if (m_failed || value.isUndefined())
            return;
        if (value.isNull()) {
            out.emplace(std::nullopt);
            return;
        }
        T converted{};
        if (convert(field, value, converted))
            out.emplace(std::move(converted));
    }

    // Telegram chat ids are strings on output, but a JSON integer is accepted on input.
    void nullableChatId(const QString &field, std::optional<QString> &out);
    void requiredChatId(const QString &field, QString &out);
    void patchChatId(const QString &field, PatchField<QString> &out);

    // For checks beyond types, so they share the first-problem-wins rule.
    void fail(const ApiError &error);

    bool ok() const { return !m_failed; }
    const ApiError &error() const { return m_error; }

    // Wraps the error of a nested object or array element: "rows[2]: location_id must be an integer".
    static ApiError nested(const QString &path, const ApiError &inner);

private:
    bool convert(const QString &field, const QJsonValue &value, qint64 &out);
    bool convert(const QString &field, const QJsonValue &value, int &out);
    bool convert(const QString &field, const QJsonValue &value, double &out);
    bool convert(const QString &field, const QJsonValue &value, bool &out);
    bool convert(const QString &field, const QJsonValue &value, QString &out);
    bool convert(const QString &field, const QJsonValue &value, QDateTime &out);
    bool convert(const QString &field, const QJsonValue &value, OrderStatus &out);
    bool convert(const QString &field, const QJsonValue &value, Role &out);
    bool convert(const QString &field, const QJsonValue &value, MasterStatus &out);
    bool convert(const QString &field, const QJsonValue &value, QJsonObject &out);
    bool convert(const QString &field, const QJsonValue &value, QJsonArray &out);
    bool convert(const QString &field, const QJsonValue &value, QJsonValue &out);
    bool convertChatId(const QString &field, const QJsonValue &value, QString &out);

    void failMissing(const QString &field);
    bool failType(const QString &field, const QString &message);

    QJsonObject m_object;
    ApiError m_error;
    bool m_failed = false;
};

} // namespace okna

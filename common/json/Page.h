// One page of a cursor-paginated list: {"items": [...], "next_cursor": "..."|null} (orders, audit).
#pragma once

#include "core/Result.h"
#include "json/JsonList.h"
#include "json/JsonReader.h"
#include "json/JsonText.h"
#include "json/JsonWriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace okna {

template <typename T> struct Page
{
    QList<T> items;
    std::optional<QString> nextCursor; // opaque; null on the last page

    QJsonObject toJson() const
    {
        return {{QStringLiteral("items"), listToJson(items)},
                {QStringLiteral("next_cursor"), JsonWriter::value(nextCursor)}};
    }

    // For item types with writeJson (orders): the page as JSON text, without QJsonObjects.
    QByteArray toJsonText() const requires requires(const T &item, JsonText &json) { item.writeJson(json); }
    {
        JsonText json;
        json.beginObject();
        json.key("items").beginArray();
        for (const T &item : items)
            item.writeJson(json);
        json.endArray();
        json.member("next_cursor", nextCursor);
        json.endObject();
        return json.take();
    }

    static Result<Page> fromJson(const QJsonObject &json)
    {
        Page page;
        QJsonArray items;
        JsonReader reader(json);
        reader.required(QStringLiteral("items"), items);
        reader.nullable(QStringLiteral("next_cursor"), page.nextCursor);
        if (!reader.ok())
            return reader.error();
        auto parsed = listFromJson<T>(items, QStringLiteral("items"));
        if (!parsed)
            return parsed.error();
        page.items = std::move(parsed).value();
        return page;
    }

    bool operator==(const Page &) const = default;
};

} // namespace okna

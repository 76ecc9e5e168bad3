// JSON arrays of contract objects ([user], "rows", "items"), for any struct with toJson()/fromJson().
#pragma once

#include "core/Result.h"
#include "json/JsonReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace okna {

template <typename T> QJsonArray listToJson(const QList<T> &items)
{
    QJsonArray array;
    for (const T &item : items)
        array.append(item.toJson());
    return array;
}

// path names the array in errors: "items[3]: id must be an integer".
template <typename T> Result<QList<T>> listFromJson(const QJsonArray &array, const QString &path)
{
    QList<T> items;
    items.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemPath = QStringLiteral("%1[%2]").arg(path).arg(i);
        if (!array.at(i).isObject()) {
            return ApiError::badRequest(
                QCoreApplication::translate("okna::JsonReader", "%1 must be an object").arg(itemPath));
        }
        auto item = T::fromJson(array.at(i).toObject());
        if (!item)
            return JsonReader::nested(itemPath, item.error());
        items.append(std::move(item).value());
    }
    return items;
}

} // namespace okna

// Compact JSON text written straight into bytes, for the objects a server sends by the page
// (orders): building a QJsonObject per row and serialising it again costs more than the rest of
// such a request. The object's writeJson() is then its one definition; toJson() parses its text.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace okna {

class JsonText
{
public:
    JsonText &beginObject();
    JsonText &endObject();
    JsonText &beginArray();
    JsonText &endArray();
    // The name of the next member; names are plain ASCII written as they are.
    JsonText &key(const char *name);

    JsonText &null();
    JsonText &value(qint64 number);
    JsonText &value(bool flag);
    JsonText &value(const QString &text);
    // An invalid datetime is null, as in JsonWriter; otherwise Timestamp::toString.
    JsonText &value(const QDateTime &dateTime);
    JsonText &value(const std::optional<qint64> &number);
    JsonText &value(const std::optional<QString> &text);
    JsonText &value(const std::optional<QDateTime> &dateTime);

    // key(name) then value(v): one member of the open object.
    template <typename T> JsonText &member(const char *name, const T &v)
    {
        key(name);
        return value(v);
    }

    // The text written so far; the writer is empty afterwards.
    QByteArray take();

private:
    void separate(); // a comma before every member or element but the first
    void appendString(const QByteArray &utf8);

    QByteArray m_text;
    std::vector<bool> m_first; // per open object or array: nothing written in it yet
    bool m_afterKey = false;
};

} // namespace okna

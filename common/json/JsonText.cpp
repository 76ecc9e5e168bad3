#include "json/JsonText.h"

#include "json/Timestamp.h"

namespace okna {

void JsonText::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first.empty()) {
        if (!m_first.back())
            m_text += ',';
        m_first.back() = false;
    }
}

JsonText &JsonText::beginObject()
{
    separate();
    m_text += '{';
    m_first.push_back(true);
    return *this;
}

JsonText &JsonText::endObject()
{
    m_text += '}';
    m_first.pop_back();
    return *this;
}

JsonText &JsonText::beginArray()
{
    separate();
    m_text += '[';
    m_first.push_back(true);
    return *this;
}

JsonText &JsonText::endArray()
{
    m_text += ']';
    m_first.pop_back();
    return *this;
}

JsonText &JsonText::key(const char *name)
{
    separate();
    m_text += '"';
    m_text += name;
    m_text += "\":";
    m_afterKey = true;
    return *this;
}

JsonText &JsonText::null()
{
    separate();
    m_text += "null";
    return *this;
}

JsonText &JsonText::value(qint64 number)
{
    separate();
    m_text += QByteArray::number(number);
    return *this;
}

JsonText &JsonText::value(bool flag)
{
    separate();
    m_text += flag ? "true" : "false";
    return *this;
}

JsonText &JsonText::value(const QString &text)
{
    separate();
    appendString(text.toUtf8());
    return *this;
}

JsonText &JsonText::value(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return null();
    separate();
    m_text += '"'; // digits, signs and colons: nothing to escape
    m_text += Timestamp::toLatin1(dateTime);
    m_text += '"';
    return *this;
}

JsonText &JsonText::value(const std::optional<qint64> &number)
{
    return number ? value(*number) : null();
}

JsonText &JsonText::value(const std::optional<QString> &text)
{
    return text ? value(*text) : null();
}

JsonText &JsonText::value(const std::optional<QDateTime> &dateTime)
{
    return dateTime ? value(*dateTime) : null();
}

QByteArray JsonText::take()
{
    m_first.clear();
    m_afterKey = false;
    return std::exchange(m_text, {});
}

void JsonText::appendString(const QByteArray &utf8)
{
    static const char hex[] = "0123456789abcdef";
    m_text += '"';
    // Runs of bytes that need no escape go in whole; UTF-8 passes through as it is.
    const char *run = utf8.constData();
    const char *const end = run + utf8.size();
    for (const char *at = run; at != end; ++at) {
        const auto byte = static_cast<unsigned char>(*at);
        if (byte >= 0x20 && byte != '"' && byte != '\\')
            continue;
        m_text.append(run, at - run);
        run = at + 1;
        switch (byte) {
        case '"':
            m_text += "\\\"";
            break;
        case '\\':
            m_text += "\\\\";
            break;
        case '\n':
            m_text += "\\n";
            break;
        case '\r':
            m_text += "\\r";
            break;
        case '\t':
            m_text += "\\t";
            break;
        default:
            m_text += "\\u00";
            m_text += hex[byte >> 4];
            m_text += hex[byte & 0xf];
        }
    }
    m_text.append(run, end - run);
    m_text += '"';
}

} // namespace okna

#include "url/QueryString.h"

#include <QUrl>
#include <QUrlQuery>

namespace okna {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// QByteArray::fromPercentEncoding decodes "% o" too, into a byte made of whatever follows; here only
// a '%' with two hex digits is an escape and any other stays the character it is.
QString decodeComponent(QByteArrayView encoded)
{
    QByteArray bytes;
    bytes.reserve(encoded.size());
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char c = encoded[i];
        if (c == '+') {
            bytes += ' ';
        } else if (c == '%' && i + 2 < encoded.size() && hexValue(encoded[i + 1]) >= 0 &&
                   hexValue(encoded[i + 2]) >= 0) {
            bytes += char(hexValue(encoded[i + 1]) * 16 + hexValue(encoded[i + 2]));
            i += 2;
        } else {
            bytes += c;
        }
    }
    return QString::fromUtf8(bytes);
}

QByteArray encodeComponent(const QString &text)
{
    // toPercentEncoding keeps the unreserved set (ALPHA, DIGIT, "-._~") and escapes the rest; a
    // space is then written as '+', which is shorter and what form encoders send.
    QByteArray encoded = text.toUtf8().toPercentEncoding(QByteArray(), QByteArrayLiteral(" "));
    encoded.replace(' ', '+');
    return encoded;
}

} // namespace

QueryString::QueryString(QList<Item> items)
    : m_items(std::move(items))
{}

QueryString QueryString::fromEncoded(QByteArrayView encoded)
{
    QList<Item> items;
    qsizetype start = 0;
    while (start <= encoded.size()) {
        qsizetype end = encoded.indexOf('&', start);
        if (end < 0)
            end = encoded.size();
        const QByteArrayView pair = encoded.sliced(start, end - start);
        if (!pair.isEmpty()) {
            const qsizetype equals = pair.indexOf('=');
            if (equals < 0)
                items.append({decodeComponent(pair), QString()});
            else
                items.append({decodeComponent(pair.first(equals)), decodeComponent(pair.sliced(equals + 1))});
        }
        start = end + 1;
    }
    return QueryString(std::move(items));
}

QueryString QueryString::fromUrl(const QUrl &url)
{
    // FullyEncoded hands back the bytes as the client escaped them ('+' and "%2B" stay apart);
    // raw UTF-8 in the request line arrives here percent-encoded by QUrl.
    return fromEncoded(url.query(QUrl::FullyEncoded).toLatin1());
}

QueryString QueryString::fromUrlQuery(const QUrlQuery &query)
{
    return QueryString(query.queryItems(QUrl::FullyDecoded));
}

QString QueryString::value(QStringView key) const
{
    for (const Item &item : m_items) {
        if (item.first == key)
            return item.second;
    }
    return {};
}

bool QueryString::contains(QStringView key) const
{
    for (const Item &item : m_items) {
        if (item.first == key)
            return true;
    }
    return false;
}

QByteArray QueryString::toEncoded() const
{
    QByteArray encoded;
    for (const Item &item : m_items) {
        if (!encoded.isEmpty())
            encoded += '&';
        encoded += encodeComponent(item.first) + '=' + encodeComponent(item.second);
    }
    return encoded;
}

void QueryString::setOn(QUrl &url) const
{
    if (m_items.isEmpty())
        url.setQuery(QString());
    else
        url.setQuery(QString::fromLatin1(toEncoded()), QUrl::StrictMode);
}

} // namespace okna

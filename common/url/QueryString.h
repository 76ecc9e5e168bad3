// A URL's query string read and written by the HTML form rule (application/x-www-form-urlencoded):
// '+' is a space and "%2B" a plus, as browsers' URLSearchParams, Python's urlencode, Java's
// URLEncoder, Go's url.Values and most mobile HTTP libraries send it. QUrlQuery reads '+' literally,
// so "+7 (916) 760-34-76" sent as "%2B7+%28916%29+760-34-76" would arrive with plus signs for spaces.
// The server reads every query through this class, and the client writes every query with it.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringView>

#include <utility>

class QUrl;
class QUrlQuery;

namespace okna {

class QueryString
{
public:
    using Item = std::pair<QString, QString>;

    QueryString() = default;
    explicit QueryString(QList<Item> items);

    // `encoded` is the query without '?': pairs split at '&', key and value at the first '=',
    // then '+' becomes a space and %XX escapes are decoded as UTF-8. A stray '%' stays as it is.
    static QueryString fromEncoded(QByteArrayView encoded);
    static QueryString fromUrl(const QUrl &url);
    static QueryString fromUrlQuery(const QUrlQuery &query);

    // The first value given for `key`; empty when absent. A key given without '=' has an empty value.
    QString value(QStringView key) const;
    bool contains(QStringView key) const;
    const QList<Item> &items() const { return m_items; }
    bool isEmpty() const { return m_items.isEmpty(); }

    // Percent-encodes everything but RFC 3986's unreserved characters, a space as '+': what the
    // form rule and every other reading of a query agree on.
    QByteArray toEncoded() const;
    // Sets toEncoded() as `url`'s query (none when empty), escapes kept as they are.
    void setOn(QUrl &url) const;

private:
    QList<Item> m_items;
};

} // namespace okna

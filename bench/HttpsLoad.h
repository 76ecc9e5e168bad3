// An HTTPS load generator for the benchmarks: N keep-alive TLS connections, each sending its next
// request as soon as the previous answer is complete (closed loop: as fast as the server goes),
// or, when given a rate, at the times a steady stream of that many requests a second would (open
// loop: how long a request waits at a load the server keeps up with).
//
// It speaks just enough HTTP/1.1 by hand (a request line, a few headers, a Content-Length
// body) because it shares the machine's cores with the server it measures: QNetworkAccessManager
// cost about as much CPU per request as the server itself, and every microsecond the generator
// spends is taken from the system under test.
#pragma once

#include <QByteArray>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

#include <functional>

namespace okna::bench {

struct Call
{
    QByteArray method;
    QString path; // relative to the API base, with its query: "/orders?limit=50"
    QByteArray body;
};

struct Figures
{
    QString name;
    int connections = 0;
    qint64 requests = 0;
    qint64 errors = 0;
    double seconds = 0;
    double p50 = 0;
    double p99 = 0;
    double perSecond() const { return seconds > 0 ? requests / seconds : 0; }
};

class HttpsLoad
{
public:
    // Which call a connection sends next: `worker` is the connection's index, `step` counts its calls.
    using NextCall = std::function<Call(int worker, qint64 step)>;

    // ratePerSecond 0: closed loop. Otherwise the connections share that rate, each sending on its
    // own schedule; a request is timed from when it was due, not from when it could be sent, so a
    // connection that fell behind counts its backlog (no "coordinated omission").
    HttpsLoad(QUrl apiBaseUrl, QSslConfiguration tls, QByteArray token, int connections, double warmUpSeconds,
              double ratePerSecond = 0);

    // Runs the calls for the warm-up, then for `seconds` more, and returns the figures of the
    // measured part. A request answered with anything but 2xx counts as an error.
    Figures run(const QString &name, double seconds, const NextCall &next) const;

private:
    QUrl m_apiBaseUrl;
    QSslConfiguration m_tls;
    QByteArray m_token;
    int m_connections;
    double m_warmUpSeconds;
    double m_ratePerSecond;
};

} // namespace okna::bench

// A WebSocket client for wss://.../api/v1/events that trusts only the server's certificate and
// keeps every JSON message it receives, so a test can wait for the one it expects.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>
#include <QUrl>
#include <QWebSocketProtocol>

#include <functional>
#include <memory>
#include <optional>

class QWebSocket;

namespace okna::test {

class EventClient
{
public:
    // Gets an event's "data" object.
    using Predicate = std::function<bool(const QJsonObject &data)>;

    // apiBaseUrl: https://127.0.0.1:PORT/api/v1 (the socket goes to wss://.../api/v1/events).
    EventClient(const QUrl &apiBaseUrl, QSslConfiguration tls);
    ~EventClient();
    EventClient(const EventClient &) = delete;
    EventClient &operator=(const EventClient &) = delete;

    // Connects with ?token=...; true once the WebSocket handshake completed. The server may still
    // refuse the token by closing with 1008 right after; and it counts the client as subscribed
    // up to 1 s later (API.md, Events), so a test that needs every event waits that long.
    bool open(const QString &token, int timeoutMs = 5000);
    // The same with Authorization: Bearer instead of the query.
    bool openWithHeader(const QString &token, int timeoutMs = 5000);
    // With this query string, exactly as given (already percent-encoded, without '?').
    bool openWithQuery(const QByteArray &encodedQuery, int timeoutMs = 5000);
    void close();
    bool isConnected() const;
    // True when the socket is (or gets) closed within the time.
    bool waitForDisconnected(int timeoutMs);
    QWebSocketProtocol::CloseCode closeCode() const;
    QString closeReason() const;

    // The first not yet returned message of `type` whose data matches, waiting up to timeoutMs;
    // its "data" object. Messages already received count; a returned message is not returned again.
    std::optional<QJsonObject> waitFor(const QString &type, const Predicate &predicate = {}, int timeoutMs = 3000);
    // True when no such message arrives (nor had arrived unreturned) within the time.
    bool staysSilent(const QString &type, const Predicate &predicate = {}, int timeoutMs = 1500);
    // Every message so far, whole ({"type","data"}), in arrival order.
    QList<QJsonObject> messages() const { return m_messages; }
    // Forgets the unreturned messages (messages() keeps them).
    void discardPending();
    // Frames that were not a JSON object: should stay empty.
    QList<QByteArray> invalidFrames() const { return m_invalidFrames; }

    QString errorString() const { return m_error; }
    QList<QSslError> sslErrors() const { return m_sslErrors; }

private:
    bool openRequest(const QUrl &url, const QString &bearer, int timeoutMs);
    std::optional<QJsonObject> takeMatching(const QString &type, const Predicate &predicate);
    void onTextMessage(const QString &text);

    QUrl m_eventsUrl;
    QSslConfiguration m_tls;
    std::unique_ptr<QWebSocket> m_socket;
    QList<QJsonObject> m_messages;
    QList<QJsonObject> m_pending;
    QList<QByteArray> m_invalidFrames;
    QList<QSslError> m_sslErrors;
    QString m_error;
};

} // namespace okna::test

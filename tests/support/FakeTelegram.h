// A fake Telegram Bot API for tests: a plain-HTTP server on 127.0.0.1 that records every request
// (path with the token, JSON body, arrival time) and answers as told: success, 500, 429 with
// parameters.retry_after, or never (the client's timeout fires). Lives in the test's thread, so
// the test must spin its event loop (QTRY_*, ApiClient calls) for it to answer.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

class QTcpServer;
class QTcpSocket;

namespace okna::test {

class FakeTelegram : public QObject
{
    Q_OBJECT

public:
    enum class Answer
    {
        Ok,              // 200 {"ok":true,"result":{...}}
        ServerError,     // 500 {"ok":false,"error_code":500,...}
        TooManyRequests, // 429 with parameters.retry_after
        Hang,            // reads the request and never answers
    };

    struct Request
    {
        QByteArray method;
        QString path; // "/bot<token>/sendMessage"
        QByteArray body;
        QJsonObject json;
        qint64 receivedAtMs = 0; // QDateTime::currentMSecsSinceEpoch()
        Answer answer = Answer::Ok;

        QString chatId() const;
        QString text() const;
        QString token() const; // from the path; empty if it is not a /bot<token>/ path
    };

    explicit FakeTelegram(QObject *parent = nullptr);
    ~FakeTelegram() override;

    // Listens on 127.0.0.1 on a free port; after stopListening(), on the same port again.
    bool start();
    // Telegram unreachable: closes the listening socket and every open connection, so that
    // requests are refused until start() is called again.
    void stopListening();
    bool isListening() const;
    quint16 port() const;
    // http://127.0.0.1:PORT: what OKNA_TELEGRAM_API_BASE gets.
    QString apiBase() const;

    // The answer to every request after the queued ones.
    void setDefaultAnswer(Answer answer, int retryAfterSeconds = 1);
    // Answers for the next requests, in order, before the default applies again.
    void queueAnswers(const QList<Answer> &answers, int retryAfterSeconds = 1);

    // Every answer (but Hang) goes out this long after its request arrived: keeps senders busy.
    void setAnswerDelay(int milliseconds) { m_answerDelayMs = milliseconds; }
    // Back to answering Ok at once, nothing queued, nothing recorded.
    void reset();

    QList<Request> requests() const { return m_requests; }
    // Requests whose text is `text`, and those of them answered with success.
    QList<Request> requestsWithText(const QString &text) const;
    int deliveredCount(const QString &text) const;
    // Requests whose text contains `fragment`.
    QList<Request> requestsContaining(const QString &fragment) const;
    void clear() { m_requests.clear(); }

private:
    void accept();
    void readFrom(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const Request &request, int retryAfterSeconds);

    std::unique_ptr<QTcpServer> m_server;
    quint16 m_port = 0; // kept across stopListening()
    QList<Request> m_requests;
    QList<Answer> m_queued;
    Answer m_default = Answer::Ok;
    int m_defaultRetryAfter = 1;
    int m_queuedRetryAfter = 1;
    qint64 m_nextMessageId = 1;
    int m_answerDelayMs = 0;
};

} // namespace okna::test

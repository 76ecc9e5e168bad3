#include "FakeTelegram.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace okna::test {

namespace {

const char *kBuffer = "okna_fake_telegram_buffer";

QByteArray statusLine(int status)
{
    switch (status) {
    case 200:
        return "200 OK";
    case 429:
        return "429 Too Many Requests";
    default:
        return "500 Internal Server Error";
    }
}

} // namespace

QString FakeTelegram::Request::chatId() const
{
    const QJsonValue value = json.value(QStringLiteral("chat_id"));
    return value.isDouble() ? QString::number(value.toInteger()) : value.toString();
}

QString FakeTelegram::Request::text() const
{
    return json.value(QStringLiteral("text")).toString();
}

QString FakeTelegram::Request::token() const
{
    static const QRegularExpression pattern(QStringLiteral("^/bot([^/]+)/"));
    const auto match = pattern.match(path);
    return match.hasMatch() ? match.captured(1) : QString();
}

FakeTelegram::FakeTelegram(QObject *parent)
    : QObject(parent)
    , m_server(std::make_unique<QTcpServer>())
{
    connect(m_server.get(), &QTcpServer::newConnection, this, &FakeTelegram::accept);
}

FakeTelegram::~FakeTelegram() = default;

bool FakeTelegram::start()
{
    if (m_server->isListening())
        return true;
    if (!m_server->listen(QHostAddress::LocalHost, m_port))
        return false;
    m_port = m_server->serverPort();
    return true;
}

void FakeTelegram::stopListening()
{
    m_server->close();
    for (QTcpSocket *socket : findChildren<QTcpSocket *>())
        socket->abort();
}

bool FakeTelegram::isListening() const
{
    return m_server->isListening();
}

quint16 FakeTelegram::port() const
{
    return m_port;
}

QString FakeTelegram::apiBase() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(port());
}

void FakeTelegram::setDefaultAnswer(Answer answer, int retryAfterSeconds)
{
    m_default = answer;
    m_defaultRetryAfter = retryAfterSeconds;
}

void FakeTelegram::queueAnswers(const QList<Answer> &answers, int retryAfterSeconds)
{
    m_queued.append(answers);
    m_queuedRetryAfter = retryAfterSeconds;
}

void FakeTelegram::reset()
{
    m_requests.clear();
    m_queued.clear();
    m_default = Answer::Ok;
    m_defaultRetryAfter = 1;
    m_queuedRetryAfter = 1;
    m_answerDelayMs = 0;
}

QList<FakeTelegram::Request> FakeTelegram::requestsWithText(const QString &text) const
{
    QList<Request> result;
    for (const Request &request : m_requests) {
        if (request.text() == text)
            result.append(request);
    }
    return result;
}

int FakeTelegram::deliveredCount(const QString &text) const
{
    int count = 0;
    for (const Request &request : requestsWithText(text))
        count += request.answer == Answer::Ok ? 1 : 0;
    return count;
}

QList<FakeTelegram::Request> FakeTelegram::requestsContaining(const QString &fragment) const
{
    QList<Request> result;
    for (const Request &request : m_requests) {
        if (request.text().contains(fragment))
            result.append(request);
    }
    return result;
}

void FakeTelegram::accept()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

// One request per connection is all the dispatcher needs, but keep-alive is handled: each
// complete request (head plus Content-Length bytes) is answered in turn.
void FakeTelegram::readFrom(QTcpSocket *socket)
{
    QByteArray buffer = socket->property(kBuffer).toByteArray() + socket->readAll();
    for (;;) {
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            break;
        const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
        qsizetype length = 0;
        for (const QByteArray &line : lines.mid(1)) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length")
                length = line.mid(colon + 1).trimmed().toLongLong();
        }
        if (buffer.size() < headEnd + 4 + length)
            break;
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        Request request;
        request.method = requestLine.value(0);
        request.path = QString::fromUtf8(requestLine.value(1));
        request.body = buffer.mid(headEnd + 4, length);
        request.json = QJsonDocument::fromJson(request.body).object();
        request.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
        int retryAfter = m_defaultRetryAfter;
        if (!m_queued.isEmpty()) {
            request.answer = m_queued.takeFirst();
            retryAfter = m_queuedRetryAfter;
        } else {
            request.answer = m_default;
        }
        buffer.remove(0, headEnd + 4 + length);
        m_requests.append(request);
        if (m_answerDelayMs > 0) {
            QTimer::singleShot(m_answerDelayMs, socket,
                               [this, socket, request, retryAfter] { answer(socket, request, retryAfter); });
        } else {
            answer(socket, request, retryAfter);
        }
    }
    socket->setProperty(kBuffer, buffer);
}

void FakeTelegram::answer(QTcpSocket *socket, const Request &request, int retryAfterSeconds)
{
    int status = 200;
    QJsonObject body;
    switch (request.answer) {
    case Answer::Hang:
        return; // the socket stays open and silent until the client gives up
    case Answer::Ok:
        body = {{QStringLiteral("ok"), true},
                {QStringLiteral("result"), QJsonObject{{QStringLiteral("message_id"), m_nextMessageId++},
                                                       {QStringLiteral("text"), request.text()}}}};
        break;
    case Answer::ServerError:
        status = 500;
        body = {{QStringLiteral("ok"), false},
                {QStringLiteral("error_code"), 500},
                {QStringLiteral("description"), QStringLiteral("Internal Server Error")}};
        break;
    case Answer::TooManyRequests:
        status = 429;
        body = {
            {QStringLiteral("ok"), false},
            {QStringLiteral("error_code"), 429},
            {QStringLiteral("description"), QStringLiteral("Too Many Requests: retry after %1").arg(retryAfterSeconds)},
            {QStringLiteral("parameters"), QJsonObject{{QStringLiteral("retry_after"), retryAfterSeconds}}}};
        break;
    }
    const QByteArray payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    QByteArray response = "HTTP/1.1 " + statusLine(status) + "\r\nContent-Type: application/json\r\n" +
                          "Content-Length: " + QByteArray::number(payload.size()) + "\r\n\r\n" + payload;
    socket->write(response);
    socket->flush();
}

} // namespace okna::test

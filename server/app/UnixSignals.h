// Turns SIGINT and SIGTERM into a Qt signal (self-pipe), so shutdown runs on the event loop
// and stops the embedded PostgreSQL cleanly.
#pragma once

#include <QObject>

class QSocketNotifier;

namespace okna::server {

class UnixSignals : public QObject
{
    Q_OBJECT

public:
    explicit UnixSignals(QObject *parent = nullptr);
    ~UnixSignals() override;

signals:
    void terminationRequested(int signalNumber);

private:
    static void handler(int signalNumber);
    static int s_pipe[2];
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace okna::server

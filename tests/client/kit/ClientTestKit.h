// What the client tests share: a real server (ServerFixture), a ClientContext pinned to its
// certificate and logged in as a test user, answers to the GUI's modal questions, and helpers to
// create data through the API.
#pragma once

#include "ServerFixture.h"

#include "core/CertificateCheck.h"
#include "gui/Prompts.h"

#include <QJsonObject>
#include <QSettings>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace okna {
class ClientContext;
}

namespace okna::test {

// Answers the GUI's modal questions instead of a person and remembers what was asked.
class FakePrompts : public Prompts
{
public:
    FakePrompts() { Prompts::setInstance(this); }
    ~FakePrompts() override { Prompts::setInstance(nullptr); }

    bool trustNewCertificate(QWidget *parent, const CertificateCheck &check) override;
    void certificateChanged(QWidget *parent, const CertificateCheck &check) override;
    void error(QWidget *parent, const QString &title, const QString &text) override;
    std::optional<QString> refuseReason(QWidget *parent, qint64 orderNumber) override;
    bool confirm(QWidget *parent, const QString &title, const QString &text) override;

    void reset();

    bool trustAnswer = false;
    std::optional<QString> reasonAnswer;
    QList<CertificateCheck> trustQuestions;
    QList<CertificateCheck> changedWarnings;
    QStringList errorTitles;
    QStringList errorTexts;
    int reasonQuestions = 0;
    bool confirmAnswer = false;
    QStringList confirmTexts; // the questions asked, in order
};

class ClientTestKit
{
public:
    ClientTestKit();
    ~ClientTestKit();

    // Starts PostgreSQL and the server, keeps the application's settings in a temporary folder.
    bool start(const ServerFixture::Options &options = {});
    QString errorString() const { return m_error; }

    ServerFixture &fx() { return m_fx; }
    // https://127.0.0.1:PORT, as the user types it into the login dialog.
    QString serverAddress() const;
    QString fingerprint() const;
    // An INI file for pins (TrustStore); with the server's certificate pinned when `pinned`.
    QString trustFile(bool pinned);

    // A context logged in as `user` with the certificate pinned, the events socket connected
    // (waits until the server counts it subscribed). nullptr on failure (see errorString()).
    std::unique_ptr<ClientContext> loggedInContext(const TestUser &user);

    // Data through the API, as admin unless a token is given.
    qint64 newLocation(const QString &name = {});
    QJsonObject newOrder(qint64 locationId, const QString &phone = {}, const QString &token = {});
    static QString randomPhone();
    ApiResponse post(const QString &path, const QJsonObject &body = {}, const QString &token = {});
    ApiResponse get(const QString &path, const QString &token = {});

private:
    ServerFixture m_fx;
    QTemporaryDir m_dir;
    QString m_error;
    int m_trustFiles = 0;
};

} // namespace okna::test

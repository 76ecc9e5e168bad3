// A real client (ClientContext) logged in to the fixture's server as the administrator, the server's
// self-signed certificate pinned by its fingerprint, nothing written to the keychain.
#pragma once

#include "core/ClientContext.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace okna::test {

class ServerFixture;

class AdminSession
{
public:
    // QVERIFY2(session.login(fixture), qPrintable(session.errorString()));
    bool login(ServerFixture &fixture, const QString &login = {}, const QString &password = {});
    ClientContext *context() const { return m_context.get(); }
    QString errorString() const { return m_error; }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ClientContext> m_context;
    QString m_error;
};

} // namespace okna::test

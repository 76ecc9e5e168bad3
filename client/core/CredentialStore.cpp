#include "core/CredentialStore.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcKeychain, "okna.client.keychain")

namespace okna {

namespace {

const QString service = QStringLiteral("okna");

// Jobs have no parent and delete themselves when done: the libsecret backend calls back into a job
// after its asynchronous D-Bus round trip, so a job must outlive a CredentialStore destroyed
// meanwhile (the connections below use the store as context and simply drop the answer).
template <typename Job> Job *newJob(const QString &key)
{
    auto *job = new Job(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{}

QString CredentialStore::keyOf(const QString &server, const QString &login)
{
    return QStringLiteral("okna/%1/%2").arg(server, login);
}

void CredentialStore::saveToken(const QString &server, const QString &login, const QString &token)
{
    auto *job = newJob<QKeychain::WritePasswordJob>(keyOf(server, login));
    job->setTextData(token);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *done) {
        if (done->error() == QKeychain::NoError) {
            emit tokenSaved();
            return;
        }
        qCInfo(lcKeychain) << "cannot store the token:" << done->errorString();
        emit cannotRemember(QCoreApplication::translate("okna::CredentialStore",
                                                        "The session cannot be remembered on this computer: %1")
                                .arg(done->errorString()));
    });
    job->start();
}

void CredentialStore::readToken(const QString &server, const QString &login)
{
    auto *job = newJob<QKeychain::ReadPasswordJob>(keyOf(server, login));
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *done) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(done);
        if (done->error() == QKeychain::NoError)
            emit tokenRead(read->textData(), {});
        else
            emit tokenRead({}, done->errorString());
    });
    job->start();
}

void CredentialStore::forgetToken(const QString &server, const QString &login)
{
    auto *job = newJob<QKeychain::DeletePasswordJob>(keyOf(server, login));
    connect(job, &QKeychain::Job::finished, this, [](QKeychain::Job *done) {
        if (done->error() != QKeychain::NoError && done->error() != QKeychain::EntryNotFound)
            qCInfo(lcKeychain) << "cannot forget the token:" << done->errorString();
    });
    job->start();
}

} // namespace okna

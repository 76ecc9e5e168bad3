// Certificate pins like SSH's known_hosts: one SHA-256 fingerprint per host:port, kept in QSettings.
#pragma once

#include <QSslCertificate>
#include <QString>

#include <optional>

namespace okna {

class TrustStore
{
public:
    enum class Verdict
    {
        Pinned,  // the certificate is the one pinned for this host:port
        Unknown, // nothing pinned yet: ask the user
        Changed, // a different certificate was pinned: refuse
    };

    // settingsFile empty: the application's QSettings; otherwise an INI file (tests).
    explicit TrustStore(QString settingsFile = {});

    // "AB:CD:..." (32 upper-case hex pairs) of the DER encoding.
    static QString fingerprintOf(const QSslCertificate &certificate);
    // Accepts "AB:CD:...", "abcd..." or with spaces; empty when it is not 32 bytes of hex.
    static QString normalizeFingerprint(const QString &text);

    std::optional<QString> pinned(const QString &host, int port) const;
    void pin(const QString &host, int port, const QString &fingerprint);
    void forget(const QString &host, int port);
    Verdict verdict(const QString &host, int port, const QString &fingerprint) const;

private:
    static QString keyOf(const QString &host, int port);

    QString m_settingsFile;
};

} // namespace okna

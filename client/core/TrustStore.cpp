#include "core/TrustStore.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSettings>

#include <memory>

namespace okna {

namespace {

std::unique_ptr<QSettings> openSettings(const QString &file)
{
    if (file.isEmpty())
        return std::make_unique<QSettings>();
    return std::make_unique<QSettings>(file, QSettings::IniFormat);
}

} // namespace

TrustStore::TrustStore(QString settingsFile)
    : m_settingsFile(std::move(settingsFile))
{}

QString TrustStore::fingerprintOf(const QSslCertificate &certificate)
{
    const auto digest = certificate.digest(QCryptographicHash::Sha256).toHex().toUpper();
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < digest.size(); i += 2)
        pairs.append(QString::fromLatin1(digest.mid(i, 2)));
    return pairs.join(QLatin1Char(':'));
}

QString TrustStore::normalizeFingerprint(const QString &text)
{
    QString hex = text;
    hex.remove(QRegularExpression(QStringLiteral("[:\\s]")));
    static const QRegularExpression valid(QStringLiteral("^[0-9A-Fa-f]{64}$"));
    if (!valid.match(hex).hasMatch())
        return {};
    hex = hex.toUpper();
    QStringList pairs;
    for (qsizetype i = 0; i < hex.size(); i += 2)
        pairs.append(hex.mid(i, 2));
    return pairs.join(QLatin1Char(':'));
}

QString TrustStore::keyOf(const QString &host, int port)
{
    // QSettings treats '/' as a group separator; host names never contain it.
    return QStringLiteral("pins/%1:%2").arg(host.toLower()).arg(port);
}

std::optional<QString> TrustStore::pinned(const QString &host, int port) const
{
    const auto settings = openSettings(m_settingsFile);
    const auto value = settings->value(keyOf(host, port)).toString();
    if (value.isEmpty())
        return std::nullopt;
    return value;
}

void TrustStore::pin(const QString &host, int port, const QString &fingerprint)
{
    const auto settings = openSettings(m_settingsFile);
    settings->setValue(keyOf(host, port), normalizeFingerprint(fingerprint));
    settings->sync();
}

void TrustStore::forget(const QString &host, int port)
{
    const auto settings = openSettings(m_settingsFile);
    settings->remove(keyOf(host, port));
    settings->sync();
}

TrustStore::Verdict TrustStore::verdict(const QString &host, int port, const QString &fingerprint) const
{
    const auto pin = pinned(host, port);
    if (!pin)
        return Verdict::Unknown;
    return *pin == normalizeFingerprint(fingerprint) ? Verdict::Pinned : Verdict::Changed;
}

} // namespace okna

// GET of a non-JSON answer (the XLSX reports) with the ApiClient's server, token and certificate
// pin. ApiClient parses every answer as JSON, so the bytes are fetched here; errors still arrive
// as the contract's ApiError. Asynchronous; the callback is dropped when its context is gone.
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QObject>
#include <QUrlQuery>

#include <functional>

class QNetworkAccessManager;

namespace okna {

class ApiClient;

class BinaryDownload : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const Result<QByteArray> &)>;

    explicit BinaryDownload(ApiClient *api, QObject *parent = nullptr);

    // path below /api/v1, e.g. "/reports/summary.xlsx".
    void get(const QString &path, const QUrlQuery &query, QObject *context, Callback callback);

private:
    ApiClient *m_api;
    QNetworkAccessManager *m_network;
};

} // namespace okna

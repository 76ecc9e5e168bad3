#include "http/Router.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcRouter, "okna.server.http")

namespace okna::server {

void Router::add(const QByteArray &method, const QString &pattern, Access access, Handler handler)
{
    QStringList parts;
    for (const QString &segment : QString(QLatin1String(kApiPrefix) + pattern).split(QLatin1Char('/'))) {
        if (segment == QLatin1String("{id}"))
            parts << QStringLiteral("([1-9][0-9]{0,17})"); // fits a bigint
        else if (segment.startsWith(QLatin1Char('{')) && segment.endsWith(QLatin1Char('}')))
            parts << QStringLiteral("([^/]+)");
        else
            parts << QRegularExpression::escape(segment);
    }
    const QRegularExpression regex(QLatin1Char('^') + parts.join(QLatin1Char('/')) + QLatin1Char('$'));
    m_routes.push_back({method, regex, access, std::move(handler)});
}

QString Router::bearerToken(const HttpRequest &request)
{
    const QByteArray authorization = request.header("authorization");
    if (authorization.startsWith("Bearer ") || authorization.startsWith("bearer "))
        return QString::fromLatin1(authorization.mid(7).trimmed());
    return {};
}

HttpResponse Router::dispatch(HttpRequest &request) const
{
    bool pathMatched = false;
    for (const Route &route : m_routes) {
        const auto match = route.pattern.match(request.path);
        if (!match.hasMatch())
            continue;
        pathMatched = true;
        if (route.method != request.method)
            continue;

        request.pathArgs = match.capturedTexts().mid(1);
        if (route.access.authenticated) {
            const QString token = bearerToken(request);
            if (token.isEmpty())
                return HttpResponse::error(
                    {ErrorCode::Unauthenticated, QCoreApplication::translate("Router", "Sign in first")});
            const Result<Caller> caller = m_authenticator(token, request.remoteAddress);
            if (!caller)
                return HttpResponse::error(caller.error());
            request.caller = caller.value();
            if (route.access.capability && !roleHas(caller->role, *route.access.capability))
                return HttpResponse::error(ApiError::forbidden());
        }
        try {
            return route.handler(request);
        } catch (const std::exception &error) {
            qCCritical(lcRouter) << "handler failed:" << error.what();
            return HttpResponse::error(ApiError::internal());
        }
    }
    if (pathMatched) {
        HttpResponse response = HttpResponse::error(
            ApiError::badRequest(QCoreApplication::translate("Router", "Method %1 is not allowed here")
                                     .arg(QString::fromLatin1(request.method))));
        response.status = 405;
        return response;
    }
    return HttpResponse::error(ApiError::notFound(request.path));
}

} // namespace okna::server

#include "gui/Dashboard.h"

#include "core/ApiClient.h"
#include "core/ClientContext.h"
#include "core/EventStream.h"
#include "gui/Prompts.h"
#include "json/JsonList.h"

#include <QEvent>
#include <QJsonArray>

namespace okna {

Dashboard::Dashboard(ClientContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    connect(context->events(), &EventStream::resyncNeeded, this, &Dashboard::refresh);
}

QHash<qint64, QString> Dashboard::locationNames() const
{
    QHash<qint64, QString> names;
    for (const auto &location : m_locations)
        names.insert(location.id, location.name);
    return names;
}

void Dashboard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void Dashboard::refresh()
{
    loadLocations();
}

void Dashboard::loadLocations()
{
    m_context->api()->get(QStringLiteral("/locations"), {}, this, [this](const Result<QJsonValue> &result) {
        if (!result)
            return;
        auto locations = listFromJson<Location>(result->toArray(), QStringLiteral("locations"));
        if (!locations)
            return;
        m_locations = std::move(locations).value();
        emit locationsLoaded();
    });
}

void Dashboard::showError(const QString &title, const QString &text)
{
    Prompts::instance().error(this, title, text);
}

} // namespace okna

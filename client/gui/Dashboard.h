// What every role's dashboard shares: the client context, the districts, live-event wiring.
#pragma once

#include "json/Location.h"

#include <QHash>
#include <QWidget>

namespace okna {

class ClientContext;

class Dashboard : public QWidget
{
    Q_OBJECT

public:
    explicit Dashboard(ClientContext *context, QWidget *parent = nullptr);

    ClientContext *context() const { return m_context; }
    const QList<Location> &locations() const { return m_locations; }
    QHash<qint64, QString> locationNames() const;

public slots:
    // Fetches everything again (after a reconnect the events in between are lost).
    virtual void refresh();

signals:
    void locationsLoaded();

protected:
    void loadLocations();
    // Shows a failure of a call that the user started.
    void showError(const QString &title, const QString &text);

private:
    ClientContext *m_context;
    QList<Location> m_locations;
};

} // namespace okna

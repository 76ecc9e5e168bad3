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
    // QEvent::LanguageChange reaches every widget when a translator is installed or removed.
    void changeEvent(QEvent *event) override;
    // Sets the dashboard's own texts in the current language: at construction and again when the
    // language changes, in place, so what the user typed, selected or scrolled to stays.
    virtual void retranslateUi() {}
    void loadLocations();
    // Shows a failure of a call that the user started.
    void showError(const QString &title, const QString &text);

private:
    ClientContext *m_context;
    QList<Location> m_locations;
};

} // namespace okna

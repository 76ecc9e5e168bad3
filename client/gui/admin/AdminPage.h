// What every tab of the administrator's dashboard shares: the API, a status line for results and
// errors, and a busy state while its requests run (the page's buttons are disabled meanwhile).
#pragma once

#include "core/ApiError.h"

#include <QList>
#include <QWidget>

class QLabel;
class QTableView;

namespace okna {

class ApiClient;
class RecordsModel;

class AdminPage : public QWidget
{
    Q_OBJECT

public:
    explicit AdminPage(ApiClient *api, QWidget *parent = nullptr);

    ApiClient *api() const { return m_api; }
    QLabel *statusLabel() const { return m_status; }
    bool isBusy() const { return m_pending > 0; }

public slots:
    // Fetches the page's data again.
    virtual void reload() = 0;

signals:
    void busyChanged(bool busy);

protected:
    // QEvent::LanguageChange reaches every widget when a translator is installed or removed.
    void changeEvent(QEvent *event) override;
    // Sets the page's own texts in the current language: at construction and again when the
    // language changes, in place, so what was typed, selected or scrolled to stays.
    virtual void retranslateUi() {}
    // Call around every request: begin before sending, end in its callback.
    void beginRequest();
    void endRequest();
    // Widgets disabled while a request runs (they re-enable after it, subject to updateActions()).
    void addActionWidget(QWidget *widget);
    // Enables what the current selection allows; called after every request and selection change.
    virtual void updateActions() {}
    void showMessage(const QString &text);
    void showFailure(const QString &what, const ApiError &error);
    // A sortable, read-only, row-selecting table over model.
    static QTableView *makeTable(RecordsModel *model, QWidget *parent);
    // A grey hint in the middle of the table while it has no rows ("No backups yet."), so that an
    // empty list does not look like a broken one.
    // Called again (e.g. in another language), it only changes the text.
    static void setEmptyText(QTableView *table, const QString &text);
    // The id of the selected row of a table made by makeTable, or 0.
    static qint64 selectedId(QTableView *table);

private:
    ApiClient *m_api;
    QLabel *m_status;
    QList<QWidget *> m_actionWidgets;
    int m_pending = 0;
};

} // namespace okna

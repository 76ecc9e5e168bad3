// Backups: start one, list them with their verification state, size, orders count and error.
// While one runs the list is fetched again every few seconds until it is verified or failed.
#pragma once

#include "gui/admin/AdminPage.h"
#include "json/Backup.h"

#include <QTimer>

class QLabel;
class QPushButton;

namespace okna {

class BackupsPage : public AdminPage
{
    Q_OBJECT

public:
    explicit BackupsPage(ApiClient *api, QWidget *parent = nullptr);

    RecordsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPushButton *createButton() const { return m_create; }
    const QList<Backup> &backups() const { return m_backups; }
    bool isPolling() const { return m_poll.isActive(); }

    static QString stateLabel(Backup::Status status);

public slots:
    void reload() override;
    void createBackup();

protected:
    void retranslateUi() override;

private:
    // The rows of m_backups; true when one of them is still running.
    bool showBackups();
    // Replaces "a backup is running" in the status line by how the newest watched backup ended.
    void reportOutcome();

    RecordsModel *m_model;
    QTableView *m_table;
    QPushButton *m_create;
    QLabel *m_hint;
    QPushButton *m_refresh;
    QTimer m_poll;
    QList<Backup> m_backups;
    // Backups this page has shown as running (or started): the status line says so until they end.
    QList<qint64> m_watched;
};

} // namespace okna

// The audit log: who did what and when, filtered by user, action and time range, newest first,
// fetched a page at a time ("Load more" follows the server's cursor).
#pragma once

#include "core/admin/RecordsModel.h"
#include "gui/admin/AdminPage.h"
#include "json/AuditEntry.h"
#include "json/User.h"

#include <QUrlQuery>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QGroupBox;
class QLabel;
class QPushButton;

namespace okna {

class AuditPage : public AdminPage
{
    Q_OBJECT

public:
    explicit AuditPage(ApiClient *api, QWidget *parent = nullptr);

    RecordsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *userFilter() const { return m_user; }
    QComboBox *actionFilter() const { return m_action; }
    QCheckBox *fromEnabled() const { return m_useFrom; }
    QDateTimeEdit *fromEdit() const { return m_from; }
    QCheckBox *toEnabled() const { return m_useTo; }
    QDateTimeEdit *toEdit() const { return m_to; }
    QPushButton *moreButton() const { return m_more; }
    void setPageSize(int size) { m_pageSize = size; }

public slots:
    // Applies the filters from the first page.
    void reload() override;
    void loadMore();
    void setUsers(const QList<okna::User> &users);

protected:
    void retranslateUi() override;

private:
    void showEntries();
    QUrlQuery filterQuery() const;
    // The action code to filter by: the code of a listed label, or what was typed.
    QString actionCode() const;
    void fetch(const QString &cursor);
    RecordsModel::Row rowOf(const AuditEntry &entry) const;

    QComboBox *m_user;
    QComboBox *m_action;
    QCheckBox *m_useFrom;
    QDateTimeEdit *m_from;
    QCheckBox *m_useTo;
    QDateTimeEdit *m_to;
    RecordsModel *m_model;
    QTableView *m_table;
    QPushButton *m_more;
    QPushButton *m_apply;
    QGroupBox *m_filters;
    QLabel *m_userCaption;
    QLabel *m_actionCaption;
    QList<AuditEntry> m_entries;
    QHash<qint64, QString> m_userNames;
    QString m_nextCursor;
    int m_pageSize = 100;
};

} // namespace okna

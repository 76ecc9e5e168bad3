// The blacklist: phones with a reason, who added them and when; add (phone + reason) and remove.
#pragma once

#include "gui/admin/AdminPage.h"
#include "json/BlacklistEntry.h"
#include "json/User.h"

class QGroupBox;
class QLineEdit;
class QPushButton;

namespace okna {

class FieldErrors;

class BlacklistPage : public AdminPage
{
    Q_OBJECT

public:
    explicit BlacklistPage(ApiClient *api, QWidget *parent = nullptr);

    RecordsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *phoneEdit() const { return m_phone; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QLabel *fieldError(const QString &field) const;

public slots:
    void reload() override;
    void add();
    void removeSelected();
    // Names for the "added by" column.
    void setUsers(const QList<okna::User> &users);

protected:
    void updateActions() override;
    void retranslateUi() override;

private:
    void showEntries();

    RecordsModel *m_model;
    QTableView *m_table;
    QLineEdit *m_phone;
    QLineEdit *m_reason;
    QPushButton *m_add;
    QPushButton *m_remove;
    FieldErrors *m_errors;
    QGroupBox *m_box;
    QLabel *m_phoneCaption;
    QLabel *m_reasonCaption;
    QPushButton *m_reload;
    QList<BlacklistEntry> m_entries;
    QHash<qint64, QString> m_userNames;
};

} // namespace okna

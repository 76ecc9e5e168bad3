// Districts (locations): the list, add, rename, deactivate / activate. Inactive districts stay for
// old orders and reports but take no new orders.
#pragma once

#include "gui/admin/AdminPage.h"
#include "json/Location.h"

class QGroupBox;
class QLineEdit;
class QPushButton;

namespace okna {

class FieldErrors;

class LocationsPage : public AdminPage
{
    Q_OBJECT

public:
    explicit LocationsPage(ApiClient *api, QWidget *parent = nullptr);

    RecordsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *nameEdit() const { return m_name; }
    QPushButton *addButton() const { return m_add; }
    QLabel *fieldError(const QString &field) const;

public slots:
    void reload() override;
    void add();
    void renameSelected();
    void toggleActive();

signals:
    // After any change, so that other screens fetch the districts again.
    void locationsChanged();

protected:
    void updateActions() override;
    void retranslateUi() override;

private:
    void showLocations();
    void patch(qint64 id, const QJsonObject &body, const QString &done);
    const Location *selected() const;

    RecordsModel *m_model;
    QTableView *m_table;
    QLineEdit *m_name;
    QPushButton *m_add;
    QPushButton *m_rename;
    QPushButton *m_toggleActive;
    FieldErrors *m_errors;
    QGroupBox *m_addBox;
    QPushButton *m_reload;
    QList<Location> m_locations;
};

} // namespace okna

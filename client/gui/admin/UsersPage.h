// Users and roles: the list, a form to create a user or edit name, role, phone and Telegram chat,
// deactivate / activate, reset a password. Users are never deleted (orders reference them).
#pragma once

#include "gui/admin/AdminPage.h"
#include "json/User.h"

#include <QHash>

class QComboBox;
class QGroupBox;
class QLineEdit;
class QPushButton;

namespace okna {

class FieldErrors;

class UsersPage : public AdminPage
{
    Q_OBJECT

public:
    explicit UsersPage(ApiClient *api, QWidget *parent = nullptr);

    const QList<User> &users() const { return m_users; }
    RecordsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *loginEdit() const { return m_login; }
    QLineEdit *fullNameEdit() const { return m_fullName; }
    QComboBox *roleCombo() const { return m_role; }
    QLineEdit *phoneEdit() const { return m_phone; }
    QLineEdit *chatIdEdit() const { return m_chatId; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *activeButton() const { return m_toggleActive; }
    QPushButton *resetPasswordButton() const { return m_resetPassword; }
    // The error label next to a field of the contract ("login", "password", "full_name", ...).
    QLabel *fieldError(const QString &field) const;
    // 0 while the form creates a new user.
    qint64 editedUserId() const { return m_editedId; }

public slots:
    void reload() override;
    void save();
    void startNew();
    void toggleActive();
    void resetPassword();

signals:
    void usersLoaded(const QList<okna::User> &users);

protected:
    void updateActions() override;
    void retranslateUi() override;

private:
    void showUsers();
    // The form's title, password hint and save button: for a new user, or the one being edited.
    void showFormTexts();
    void edit(qint64 id);
    void patch(qint64 id, const QJsonObject &body, const QString &done);
    const User *userById(qint64 id) const;

    RecordsModel *m_model;
    QTableView *m_table;
    QGroupBox *m_formBox;
    QLineEdit *m_login;
    QLineEdit *m_fullName;
    QComboBox *m_role;
    QLineEdit *m_phone;
    QLineEdit *m_chatId;
    QLineEdit *m_password;
    QLabel *m_passwordHint;
    QPushButton *m_new;
    QPushButton *m_save;
    QPushButton *m_toggleActive;
    QPushButton *m_resetPassword;
    FieldErrors *m_errors;
    QPushButton *m_reload;
    QHash<QString, QLabel *> m_captions; // field -> the label in front of it
    QList<User> m_users;
    qint64 m_editedId = 0;
};

} // namespace okna

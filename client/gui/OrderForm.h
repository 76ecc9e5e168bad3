// The operator's new-order form, keyboard only: Enter saves, startNew() (Ctrl+N on the dashboard)
// starts over. The phone is checked as typed; a blacklisted number shows a red warning with the
// reason under the phone before saving; the client's earlier orders for that number are listed;
// field errors sit next to each field and go as soon as the field is put right.
#pragma once

#include "core/ApiError.h"
#include "json/Location.h"
#include "json/Order.h"

#include <QTimer>

#include <QWidget>
#include <optional>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace okna {

class ApiClient;
class OrdersModel;

class OrderForm : public QWidget
{
    Q_OBJECT

public:
    explicit OrderForm(ApiClient *api, QWidget *parent = nullptr);

    void setLocations(const QList<Location> &locations);
    void setLocationNames(const QHash<qint64, QString> &names);

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *phoneEdit() const { return m_phone; }
    QLineEdit *addressEdit() const { return m_address; }
    QComboBox *districtCombo() const { return m_district; }
    QLineEdit *commentEdit() const { return m_comment; }
    QLabel *phoneHint() const { return m_phoneHint; }
    QLabel *blacklistWarning() const { return m_blacklist; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *newButton() const { return m_new; }
    QGroupBox *formBox() const { return m_formBox; }
    // The caption in front of a field of the contract ("client_name", "phone", ...).
    QLabel *fieldCaption(const QString &field) const { return m_captions.value(field); }
    // The error label next to a field of the contract ("client_name", "phone", ...).
    QLabel *fieldError(const QString &field) const { return m_fieldErrors.value(field); }
    OrdersModel *historyModel() const { return m_historyModel; }

    // True when something is typed that startNew() would throw away.
    bool hasDraft() const;

public slots:
    void save();
    // Empties the form for the next call, the cursor in the name; asks first if a draft would be lost.
    void startNew();

signals:
    void orderCreated(const okna::Order &order);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // Every text the form sets itself, in the current language; typed text and choices stay.
    void retranslateUi();
    void onPhoneEdited();
    void showPhoneHint();
    void showBlacklistWarning();
    void checkBlacklist();
    void showHistoryTitle();
    void showErrors(const ApiError &error);
    void clearErrors();
    // Hides a field's error once the field is right (phone: as soon as it is edited; the hint takes over).
    void clearFixedErrors();
    void clearForm();
    QLabel *addErrorLabel(const QString &field);

    ApiClient *m_api;
    QLineEdit *m_name;
    QLineEdit *m_phone;
    QLabel *m_phoneHint;
    QLineEdit *m_address;
    QComboBox *m_district;
    QLineEdit *m_comment;
    QLabel *m_blacklist;
    QLabel *m_status;
    QPushButton *m_save;
    QPushButton *m_new;
    QGroupBox *m_formBox;
    QHash<QString, QLabel *> m_captions;
    QHash<QString, QLabel *> m_fieldErrors;
    OrdersModel *m_historyModel;
    QTableView *m_history;
    QLabel *m_historyTitle;
    QTimer m_blacklistTimer;
    QString m_checkedPhone;
    QString m_blacklistedPhone;               // E.164 of the number the warning is about
    std::optional<QString> m_blacklistReason; // from the check; nullopt: none given
    QString m_blacklistRefusal;               // the server's whole sentence when it refused to save
    bool m_saving = false;
};

} // namespace okna

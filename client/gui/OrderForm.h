// The operator's new-order form, keyboard only: Enter saves, Ctrl+N starts over. The phone is
// checked as typed; a blacklisted number shows a red warning with the reason before saving; the
// client's earlier orders for that number are listed; server field errors sit next to each field.
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

public slots:
    void save();
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
    std::optional<QString> m_blacklistReason; // as the server gave it; nullopt: none given
    bool m_saving = false;
};

} // namespace okna

// The operator's new-order form, keyboard only: Enter saves, Ctrl+N starts over. The phone is
// checked as typed; a blacklisted number shows a red warning with the reason before saving; the
// client's earlier orders for that number are listed; server field errors sit next to each field.
#pragma once

#include "core/ApiError.h"
#include "json/Location.h"
#include "json/Order.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
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

private:
    void onPhoneEdited();
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
    QHash<QString, QLabel *> m_fieldErrors;
    OrdersModel *m_historyModel;
    QTableView *m_history;
    QLabel *m_historyTitle;
    QTimer m_blacklistTimer;
    QString m_checkedPhone;
    bool m_saving = false;
};

} // namespace okna

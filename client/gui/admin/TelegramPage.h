// Telegram: the bot token (write-only: the page shows whether one is set, never its value), the
// chat for new orders, the business time zone, and the outbox of messages with Retry for failed ones.
#pragma once

#include "gui/admin/AdminPage.h"
#include "json/Notification.h"

#include <QHash>

#include <optional>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLineEdit;
class QPushButton;

namespace okna {

class FieldErrors;

class TelegramPage : public AdminPage
{
    Q_OBJECT

public:
    explicit TelegramPage(ApiClient *api, QWidget *parent = nullptr);

    QLabel *tokenStateLabel() const { return m_tokenState; }
    QLineEdit *tokenEdit() const { return m_token; }
    QLineEdit *chatIdEdit() const { return m_chatId; }
    QComboBox *timeZoneCombo() const { return m_timeZone; }
    QPushButton *saveButton() const { return m_save; }
    QComboBox *outboxFilter() const { return m_filter; }
    RecordsModel *outboxModel() const { return m_model; }
    QTableView *outboxTable() const { return m_table; }
    QPushButton *retryButton() const { return m_retry; }
    QLabel *fieldError(const QString &field) const;

public slots:
    void reload() override;
    void saveSettings();
    void clearToken();
    void reloadOutbox();
    void retrySelected();

protected:
    void updateActions() override;
    void retranslateUi() override;

private:
    void applySettings(const QJsonObject &settings);
    void showTokenState();
    void showOutbox();
    // "No messages" only once a load has succeeded: a failed or pending load is not an empty outbox.
    void showEmptyHint();
    void sendSettings(const QJsonObject &body, const QString &done);

    QLabel *m_tokenState;
    QLineEdit *m_token;
    QPushButton *m_clearToken;
    QLineEdit *m_chatId;
    QComboBox *m_timeZone;
    QPushButton *m_save;
    QComboBox *m_filter;
    RecordsModel *m_model;
    QTableView *m_table;
    QPushButton *m_retry;
    FieldErrors *m_errors;
    QGroupBox *m_settingsBox;
    QGroupBox *m_outboxBox;
    QLabel *m_filterCaption;
    QPushButton *m_refresh;
    QHash<QString, QLabel *> m_captions; // field -> the label in front of it
    std::optional<bool> m_tokenSet;      // unknown until the settings arrived
    QList<Notification> m_notifications;
    bool m_outboxLoaded = false; // the last outbox load succeeded
    QString m_outboxFailure;     // the status line's text when the last load failed, cleared by the next success
    QString m_loadedChatId;
    QString m_loadedTimeZone;
};

} // namespace okna

// GET /orders/{id}/history as a list: when, who, what happened, and each field's old and new
// value, in words (statuses, masters and districts by name, phones as people write them).
#pragma once

#include "json/OrderHistoryEntry.h"

#include <QDialog>
#include <QHash>
#include <QList>

class QTreeWidget;

namespace okna {

class ApiClient;

class OrderHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    // Whom and where the entries name by id; an id not here is shown as a number.
    struct Names
    {
        QHash<qint64, QString> users;
        QHash<qint64, QString> locations;
    };

    OrderHistoryDialog(ApiClient *api, qint64 orderId, qint64 number, Names names, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }

signals:
    void loaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    // The tree from m_entries (or m_error), in the current language.
    void render();
    QString valueText(const QString &field, const QJsonValue &value) const;

    QTreeWidget *m_tree;
    const qint64 m_number;
    const Names m_names;
    QList<OrderHistoryEntry> m_entries;
    QString m_error;
};

} // namespace okna

// The red error labels under the fields of a form, keyed by the contract's field names, so that a
// server answer {"fields": {"phone": "..."}} lands next to the phone field.
#pragma once

#include "core/ApiError.h"

#include <QHash>
#include <QObject>
#include <QString>

class QLabel;
class QWidget;

namespace okna {

class FieldErrors : public QObject
{
    Q_OBJECT

public:
    explicit FieldErrors(QWidget *owner);

    // A hidden label for `field`, to be put under its input; `input` gets the focus on an error.
    QLabel *add(const QString &field, QWidget *input);
    QLabel *label(const QString &field) const { return m_labels.value(field); }

    // Shows each field error next to its field and focuses the first; false when none of the error's
    // fields is on this form (the caller then shows the message elsewhere).
    bool show(const ApiError &error);
    void show(const QString &field, const QString &message);
    void clear();

private:
    QWidget *m_owner;
    QHash<QString, QLabel *> m_labels;
    QHash<QString, QWidget *> m_inputs;
    QStringList m_order;
};

} // namespace okna

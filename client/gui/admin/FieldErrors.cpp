#include "gui/admin/FieldErrors.h"

#include "core/StatusPalette.h"

#include <QLabel>
#include <QWidget>

namespace okna {

FieldErrors::FieldErrors(QWidget *owner)
    : QObject(owner)
    , m_owner(owner)
{}

QLabel *FieldErrors::add(const QString &field, QWidget *input)
{
    auto *label = new QLabel(m_owner);
    label->setObjectName(QString(QStringLiteral("fieldError_") + field));
    label->setWordWrap(true);
    label->setVisible(false);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, StatusPalette::warning());
    label->setPalette(palette);
    m_labels.insert(field, label);
    m_inputs.insert(field, input);
    m_order.append(field);
    return label;
}

bool FieldErrors::show(const ApiError &error)
{
    clear();
    bool shown = false;
    for (auto it = error.fields().cbegin(); it != error.fields().cend(); ++it) {
        if (m_labels.contains(it.key())) {
            show(it.key(), it.value());
            shown = true;
        }
    }
    for (const auto &field : std::as_const(m_order)) {
        if (error.fields().contains(field)) {
            if (auto *input = m_inputs.value(field))
                input->setFocus();
            break;
        }
    }
    return shown;
}

void FieldErrors::show(const QString &field, const QString &message)
{
    if (auto *label = m_labels.value(field)) {
        label->setText(message);
        label->setVisible(true);
    }
}

void FieldErrors::clear()
{
    for (auto *label : std::as_const(m_labels)) {
        label->clear();
        label->setVisible(false);
    }
}

} // namespace okna

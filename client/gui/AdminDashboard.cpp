#include "gui/AdminDashboard.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace okna {

AdminDashboard::AdminDashboard(ClientContext *context, QWidget *parent)
    : Dashboard(context, parent)
    , m_tabs(new QTabWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
}

} // namespace okna

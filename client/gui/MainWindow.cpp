#include "gui/MainWindow.h"

#include "core/ClientContext.h"
#include "core/Session.h"
#include "core/StatusPalette.h"
#include "core/TlsGuard.h"
#include "core/Translator.h"
#include "domain/MasterStatus.h"
#include "gui/AdminDashboard.h"
#include "gui/CoordinatorDashboard.h"
#include "gui/MasterDashboard.h"
#include "gui/OperatorDashboard.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>

namespace okna {

MainWindow::MainWindow(ClientContext *context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_user(new QLabel(this))
    , m_connection(new QLabel(this))
{
    statusBar()->addWidget(m_user, 1);
    statusBar()->addPermanentWidget(m_connection);
    connect(context->events(), &EventStream::stateChanged, this, &MainWindow::setConnectionState);
    connect(context->tls(), &TlsGuard::certificateChanged, this, [this](const CertificateCheck &check) {
        showNotice(tr("The server's certificate changed (trusted %1, presented %2): not connected.")
                       .arg(check.pinned, check.presented));
    });
    resize(1280, 800);
    showDashboard();
}

Dashboard *MainWindow::createDashboard(ClientContext *context, QWidget *parent)
{
    if (!context->session()->isLoggedIn())
        return nullptr;
    switch (context->session()->role()) {
    case Role::Operator:
        return new OperatorDashboard(context, parent);
    case Role::Coordinator:
        return new CoordinatorDashboard(context, parent);
    case Role::Master:
        return new MasterDashboard(context, parent);
    case Role::Admin:
        return new AdminDashboard(context, parent);
    }
    return nullptr;
}

void MainWindow::showDashboard()
{
    buildMenus();
    retranslateUi();
    m_dashboard = createDashboard(m_context, this);
    if (m_dashboard)
        setCentralWidget(m_dashboard); // deletes the previous one
}

void MainWindow::retranslateUi()
{
    const auto &user = m_context->session()->user();
    setWindowTitle(tr("Okna — %1 (%2)").arg(user.fullName, label(user.role)));
    m_user->setText(tr("%1 · %2").arg(user.fullName, label(user.role)));
    m_fileMenu->setTitle(tr("&File"));
    m_logoutAction->setText(tr("&Log out"));
    m_quitAction->setText(tr("&Quit"));
    m_languageMenu->setTitle(tr("&Language"));
    const auto current = QLocale().name().section(QLatin1Char('_'), 0, 0);
    for (auto it = m_languageActions.cbegin(); it != m_languageActions.cend(); ++it)
        it.value()->setChecked(it.key() == current);
    setConnectionState(m_context->events()->state());
}

void MainWindow::showNotice(const QString &text)
{
    statusBar()->showMessage(text, 30000);
}

void MainWindow::sessionResumed()
{
    if (m_dashboard)
        m_dashboard->refresh();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QMainWindow::closeEvent(event);
    if (event->isAccepted())
        emit closed();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_fileMenu)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::buildMenus()
{
    menuBar()->clear();
    m_languageActions.clear();
    m_fileMenu = menuBar()->addMenu(QString());
    m_logoutAction = m_fileMenu->addAction(QString(), this, &MainWindow::logoutRequested);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), QKeySequence::Quit, qApp, &QApplication::quit);

    m_languageMenu = menuBar()->addMenu(QString());
    auto *group = new QActionGroup(m_languageMenu);
    for (const auto &code : Translator::availableLanguages()) {
        // Each language is named in itself: never translated.
        auto *action = m_languageMenu->addAction(Translator::displayName(code));
        action->setCheckable(true);
        group->addAction(action);
        m_languageActions.insert(code, action);
        connect(action, &QAction::triggered, this, [this, code] { switchLanguage(code); });
    }
}

void MainWindow::switchLanguage(const QString &language)
{
    Translator::saveLanguage(language);
    // Installing the translators sends QEvent::LanguageChange to every widget: each one re-sets its
    // texts in place (retranslateUi), so the dashboard and everything typed into it stay.
    Translator::install(language);
}

void MainWindow::setConnectionState(EventStream::State state)
{
    QString text;
    QColor color;
    switch (state) {
    case EventStream::State::Connected:
        text = tr("● Live");
        color = StatusPalette::background(MasterStatus::Free);
        break;
    case EventStream::State::Connecting:
        text = tr("● Connecting…");
        color = StatusPalette::background(MasterStatus::Busy);
        break;
    case EventStream::State::Reconnecting:
        text = tr("● Reconnecting…");
        color = StatusPalette::background(MasterStatus::Busy);
        break;
    case EventStream::State::Disconnected:
        text = tr("● Offline");
        color = StatusPalette::background(MasterStatus::OffShift);
        break;
    }
    m_connection->setText(text);
    m_connection->setToolTip(tr("Live updates from the server"));
    QPalette palette = m_connection->palette();
    palette.setColor(QPalette::WindowText, color);
    m_connection->setPalette(palette);
}

} // namespace okna

#include "gui/admin/TwoFactorPage.h"

#include "core/ApiClient.h"
#include "gui/admin/FieldErrors.h"
#include "gui/admin/QrCode.h"
#include "json/User.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace okna {

TwoFactorPage::TwoFactorPage(ApiClient *api, QWidget *parent)
    : AdminPage(api, parent)
    , m_state(new QLabel(this))
    , m_setup(new QPushButton(this))
    , m_setupPanel(new QWidget(this))
    , m_qr(new QLabel(this))
    , m_secret(new QLabel(this))
    , m_uri(new QLabel(this))
    , m_codeLabel(new QLabel(this))
    , m_code(new QLineEdit(this))
    , m_enable(new QPushButton(this))
    , m_disable(new QPushButton(this))
    , m_errors(new FieldErrors(this))
    , m_explain(new QLabel(this))
    , m_secretCaption(new QLabel(this))
    , m_linkCaption(new QLabel(this))
    , m_box(new QGroupBox(this))
{
    QFont big = m_state->font();
    big.setPointSize(big.pointSize() + 2);
    big.setBold(true);
    m_state->setFont(big);
    m_state->setWordWrap(true);
    m_qr->setMinimumSize(220, 220);
    m_qr->setAlignment(Qt::AlignCenter);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    mono.setPointSize(big.pointSize());
    m_secret->setFont(mono);
    for (auto *label : {m_secret, m_uri})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_uri->setWordWrap(true);
    m_code->setMinimumWidth(m_code->fontMetrics().horizontalAdvance(QStringLiteral("0000000000")) + 24);
    m_code->setMaxLength(6);
    m_code->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,6}")), m_code));

    m_explain->setWordWrap(true);
    auto *details = new QVBoxLayout;
    details->addWidget(m_explain);
    auto *secretForm = new QFormLayout;
    secretForm->addRow(m_secretCaption, m_secret);
    secretForm->addRow(m_linkCaption, m_uri);
    details->addLayout(secretForm);
    details->addStretch(1);
    auto *panelLayout = new QHBoxLayout(m_setupPanel);
    panelLayout->setContentsMargins(0, 0, 0, 0);
    panelLayout->addWidget(m_qr, 0, Qt::AlignTop);
    panelLayout->addLayout(details, 1);

    auto *codeRow = new QHBoxLayout;
    m_codeLabel->setBuddy(m_code);
    codeRow->addWidget(m_codeLabel);
    codeRow->addWidget(m_code);
    codeRow->addWidget(m_enable);
    codeRow->addWidget(m_disable);
    codeRow->addStretch(1);
    auto *codeError = m_errors->add(QStringLiteral("code"), m_code);

    auto *boxLayout = new QVBoxLayout(m_box);
    boxLayout->addWidget(m_state);
    boxLayout->addWidget(m_setup, 0, Qt::AlignLeft);
    boxLayout->addWidget(m_setupPanel);
    boxLayout->addLayout(codeRow);
    boxLayout->addWidget(codeError);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_box);
    layout->addStretch(1);
    layout->addWidget(statusLabel());

    for (auto *widget : std::initializer_list<QWidget *>{m_setup, m_enable, m_disable})
        addActionWidget(widget);
    connect(m_setup, &QPushButton::clicked, this, &TwoFactorPage::startSetup);
    connect(m_enable, &QPushButton::clicked, this, &TwoFactorPage::confirmEnable);
    connect(m_disable, &QPushButton::clicked, this, &TwoFactorPage::confirmDisable);
    connect(m_code, &QLineEdit::returnPressed, this, [this] {
        if (m_enabled)
            confirmDisable();
        else if (m_settingUp)
            confirmEnable();
    });
    retranslateUi();
}

void TwoFactorPage::retranslateUi()
{
    m_box->setTitle(tr("Two-factor login for your account"));
    m_explain->setText(tr("Scan the code with an authenticator app (e.g. FreeOTP, Google Authenticator) or "
                          "type the secret in, then enter the 6-digit code the app shows."));
    m_secretCaption->setText(tr("Secret:"));
    m_linkCaption->setText(tr("Link:"));
    m_codeLabel->setText(tr("&Code:"));
    m_code->setPlaceholderText(tr("6 digits"));
    m_enable->setText(tr("&Turn on"));
    m_disable->setText(tr("T&urn off"));
    m_setup->setText(setupButtonText());
    showState();
}

QString TwoFactorPage::setupButtonText() const
{
    return m_settingUp ? tr("&Start over with a new secret") : tr("&Set up two-factor login…");
}

QLabel *TwoFactorPage::fieldError(const QString &field) const
{
    return m_errors->label(field);
}

void TwoFactorPage::reload()
{
    beginRequest();
    api()->get(QStringLiteral("/me"), {}, this, [this](const Result<QJsonValue> &result) {
        endRequest();
        auto user = result ? User::fromJson(result->toObject()) : Result<User>(result.error());
        if (!user) {
            showFailure(tr("Cannot load your account"), user.error());
            return;
        }
        m_enabled = user->totpEnabled;
        m_settingUp = false;
        showState();
    });
}

void TwoFactorPage::showState()
{
    m_state->setText(m_enabled ? tr("Two-factor login is ON: logging in asks for a code from your app.")
                               : tr("Two-factor login is OFF: a password alone logs you in."));
    m_setupPanel->setVisible(m_settingUp && !m_enabled);
    m_setup->setVisible(!m_enabled);
    m_code->setVisible(m_enabled || m_settingUp);
    m_codeLabel->setVisible(m_code->isVisibleTo(this));
    m_enable->setVisible(!m_enabled && m_settingUp);
    m_disable->setVisible(m_enabled);
    updateActions();
}

void TwoFactorPage::updateActions()
{
    if (isBusy())
        return;
    m_setup->setText(setupButtonText());
}

void TwoFactorPage::startSetup()
{
    m_errors->clear();
    beginRequest();
    api()->post(QStringLiteral("/me/2fa/setup"), {}, this, [this](const Result<QJsonValue> &result) {
        endRequest();
        if (!result) {
            showFailure(tr("Cannot set up two-factor login"), result.error());
            return;
        }
        const auto object = result->toObject();
        const auto secret = object.value(QLatin1String("secret")).toString();
        const auto uri = object.value(QLatin1String("otpauth_uri")).toString();
        // Groups of four are easier to type into a phone.
        QString grouped;
        for (qsizetype i = 0; i < secret.size(); i += 4)
            grouped += (grouped.isEmpty() ? QString() : QStringLiteral(" ")) + secret.mid(i, 4);
        m_secret->setText(grouped);
        m_uri->setText(uri);
        const QImage image = QrCode::render(uri, 5);
        m_qr->setPixmap(QPixmap::fromImage(image));
        m_settingUp = true;
        m_code->clear();
        showState();
        m_code->setFocus();
        showMessage(image.isNull() ? tr("The QR code could not be drawn; type the secret into the app.")
                                   : tr("Scan the code, then confirm with the code from the app."));
    });
}

void TwoFactorPage::confirmEnable()
{
    sendCode(QStringLiteral("/me/2fa/enable"), true, tr("Two-factor login is on."));
}

void TwoFactorPage::confirmDisable()
{
    sendCode(QStringLiteral("/me/2fa/disable"), false, tr("Two-factor login is off."));
}

void TwoFactorPage::sendCode(const QString &path, bool enabled, const QString &done)
{
    m_errors->clear();
    if (m_code->text().size() != 6) {
        m_errors->show(QStringLiteral("code"), tr("Enter the 6 digits the app shows."));
        m_code->setFocus();
        return;
    }
    beginRequest();
    api()->post(path, {{QStringLiteral("code"), m_code->text()}}, this,
                [this, enabled, done](const Result<QJsonValue> &result) {
                    endRequest();
                    if (!result) {
                        if (!m_errors->show(result.error()))
                            m_errors->show(QStringLiteral("code"), result.error().message());
                        showFailure(tr("The code was not accepted"), result.error());
                        return;
                    }
                    m_enabled = enabled;
                    m_settingUp = false;
                    m_code->clear();
                    m_secret->clear();
                    m_uri->clear();
                    m_qr->clear();
                    showState();
                    showMessage(done);
                });
}

} // namespace okna

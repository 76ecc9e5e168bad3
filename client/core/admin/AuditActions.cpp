#include "core/admin/AuditActions.h"

#include <QCoreApplication>

namespace okna::AuditActions {

namespace {

struct Action
{
    const char *code;
    const char *label;
};

const Action kActions[] = {
    {"login_succeeded", QT_TRANSLATE_NOOP("okna::AuditActions", "Signed in")},
    {"login_failed", QT_TRANSLATE_NOOP("okna::AuditActions", "Failed sign-in")},
    {"logout", QT_TRANSLATE_NOOP("okna::AuditActions", "Signed out")},
    {"password_changed", QT_TRANSLATE_NOOP("okna::AuditActions", "Password changed")},
    {"2fa_enabled", QT_TRANSLATE_NOOP("okna::AuditActions", "Two-factor sign-in turned on")},
    {"2fa_disabled", QT_TRANSLATE_NOOP("okna::AuditActions", "Two-factor sign-in turned off")},
    {"user_created", QT_TRANSLATE_NOOP("okna::AuditActions", "User created")},
    {"user_updated", QT_TRANSLATE_NOOP("okna::AuditActions", "User changed")},
    {"location_created", QT_TRANSLATE_NOOP("okna::AuditActions", "District created")},
    {"location_updated", QT_TRANSLATE_NOOP("okna::AuditActions", "District changed")},
    {"order_reassigned", QT_TRANSLATE_NOOP("okna::AuditActions", "Order reassigned")},
    {"order_refused", QT_TRANSLATE_NOOP("okna::AuditActions", "Order refused")},
    {"blacklist_added", QT_TRANSLATE_NOOP("okna::AuditActions", "Phone blacklisted")},
    {"blacklist_removed", QT_TRANSLATE_NOOP("okna::AuditActions", "Phone taken off the blacklist")},
    {"blacklist_overridden", QT_TRANSLATE_NOOP("okna::AuditActions", "Order taken despite the blacklist")},
    {"settings_changed", QT_TRANSLATE_NOOP("okna::AuditActions", "Settings changed")},
    {"notification_retried", QT_TRANSLATE_NOOP("okna::AuditActions", "Telegram message sent again")},
    {"backup_created", QT_TRANSLATE_NOOP("okna::AuditActions", "Backup made")},
    {"backup_failed", QT_TRANSLATE_NOOP("okna::AuditActions", "Backup failed")},
    {"backup_restored", QT_TRANSLATE_NOOP("okna::AuditActions", "Backup restored")},
};

} // namespace

QStringList known()
{
    QStringList codes;
    for (const Action &action : kActions)
        codes << QString::fromLatin1(action.code);
    return codes;
}

QString label(const QString &code)
{
    for (const Action &action : kActions) {
        if (code == QLatin1String(action.code))
            return QCoreApplication::translate("okna::AuditActions", action.label);
    }
    return code;
}

} // namespace okna::AuditActions

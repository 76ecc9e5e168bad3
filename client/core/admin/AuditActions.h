// The audit log's action codes as an administrator reads them. The code is what the server logs
// and filters by; the label is only how the client shows it, in the user's language.
#pragma once

#include <QString>
#include <QStringList>

namespace okna::AuditActions {

// The codes the server writes today, in the order the filter offers them.
QStringList known();
// The translated label of a code; a code this client does not know is shown as it is.
QString label(const QString &code);

} // namespace okna::AuditActions

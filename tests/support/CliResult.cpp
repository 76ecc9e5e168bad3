#include "CliResult.h"

namespace okna::test {

QString CliResult::describe() const
{
    auto text = finished ? QStringLiteral("exit code %1").arg(exitCode) : QStringLiteral("did not finish: ") + error;
    text += QStringLiteral("\n--- stdout ---\n") + QString::fromUtf8(standardOutput);
    text += QStringLiteral("\n--- stderr ---\n") + QString::fromUtf8(standardError);
    return text;
}

} // namespace okna::test

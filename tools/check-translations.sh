#!/usr/bin/env bash
# Fails when the Russian translation is not complete: lupdate (run on the build tree given as $1)
# must find no new string, and no Russian entry may be left unfinished.
set -euo pipefail
top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:?usage: tools/check-translations.sh BUILD_DIR}"
cmake --build "$build" --target okna-client_lupdate >/dev/null
cd "$top"
status=0
if ! git diff --quiet -- translations/; then
    echo "translations/ changed after lupdate: strings in code are not in the .ts files" >&2
    git --no-pager diff --stat -- translations/ >&2
    status=1
fi
unfinished=$(grep -c 'type="unfinished"' translations/okna_ru.ts || true)
if [ "$unfinished" -ne 0 ]; then
    echo "translations/okna_ru.ts: $unfinished unfinished entries" >&2
    status=1
fi
exit $status

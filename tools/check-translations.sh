#!/usr/bin/env bash
# Fails when a Russian translation is not complete: lupdate (run on the build tree given as $1)
# must find no new string, and no Russian entry may be left unfinished. Two catalogues: the
# client's (okna_ru.ts, okna_en.ts) and the server's error messages (okna_server_ru.ts).
set -euo pipefail
top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:?usage: tools/check-translations.sh BUILD_DIR}"
cmake --build "$build" --target okna-client_lupdate >/dev/null
cmake --build "$build" --target okna-server-core_lupdate >/dev/null
cd "$top"
status=0
if ! git diff --quiet -- translations/; then
    echo "translations/ changed after lupdate: strings in code are not in the .ts files" >&2
    git --no-pager diff --stat -- translations/ >&2
    status=1
fi
for catalogue in translations/okna_ru.ts translations/okna_server_ru.ts; do
    unfinished=$(grep -c 'type="unfinished"' "$catalogue" || true)
    if [ "$unfinished" -ne 0 ]; then
        echo "$catalogue: $unfinished unfinished entries" >&2
        status=1
    fi
done

# common/'s strings sit in both catalogues (client and server both show them): same Russian in both.
lconvert="$(qtpaths6 --query QT_HOST_BINS 2>/dev/null || echo /usr/lib/qt6/bin)/lconvert"
if [ ! -x "$lconvert" ]; then
    echo "$lconvert not found (Debian package qt6-l10n-tools)" >&2
    exit 1
fi
entries() { # "context|comment<TAB>source<TAB>translation", one line per message of the .ts file $1
    "$lconvert" -i "$1" -of po -o /dev/stdout | awk '
        /^msgctxt /{ctx = substr($0, 9); part = "ctx"; next}
        /^msgid /{id = substr($0, 7); part = "id"; next}
        /^msgid_plural /{part = ""; next}
        /^msgstr/{str = str substr($0, index($0, " ") + 1); part = "str"; next}
        /^"/{if (part == "ctx") ctx = ctx $0; else if (part == "id") id = id $0; else if (part == "str") str = str $0; next}
        /^$/{if (id != "" && id != "\"\"") print ctx "\t" id "\t" str; ctx = id = str = part = ""}
        END{if (id != "" && id != "\"\"") print ctx "\t" id "\t" str}'
}
differing=$(awk -F '\t' 'NR == FNR {russian[$1 FS $2] = $3; next}
                         ($1 FS $2) in russian && russian[$1 FS $2] != $3 {print "  " $1 ": " $2}' \
                <(entries translations/okna_ru.ts) <(entries translations/okna_server_ru.ts))
if [ -n "$differing" ]; then
    echo "okna_ru.ts and okna_server_ru.ts translate these differently:" >&2
    echo "$differing" >&2
    status=1
fi
exit $status

#!/bin/sh
# Installs the client component into a temporary root and checks that what the desktop needs is
# where the agreed names say: the program, the .desktop entry (whose Icon= names the installed
# icons), the metainfo, and the icon in every hicolor size plus the scalable SVG.
# Usage: check-install.sh BUILD_DIR "PNG_SIZES"
set -eu
build=$1 sizes=$2
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
DESTDIR=$root cmake --install "$build" --component client --prefix /usr >/dev/null
expect() { [ -f "$root/usr/$1" ] || { echo "check-install: not installed: /usr/$1" >&2; exit 1; }; echo "ok /usr/$1"; }
expect bin/okna-client
expect share/applications/ru.okna.Client.desktop
expect share/metainfo/ru.okna.Client.metainfo.xml
for size in $sizes; do
    expect share/icons/hicolor/${size}x${size}/apps/ru.okna.Client.png
done
expect share/icons/hicolor/scalable/apps/ru.okna.Client.svg
grep -qx 'Icon=ru.okna.Client' "$root/usr/share/applications/ru.okna.Client.desktop" ||
    { echo "check-install: the desktop entry's Icon= is not ru.okna.Client" >&2; exit 1; }
grep -q '<launchable type="desktop-id">ru.okna.Client.desktop</launchable>' \
    "$root/usr/share/metainfo/ru.okna.Client.metainfo.xml" ||
    { echo "check-install: the metainfo does not launch ru.okna.Client.desktop" >&2; exit 1; }

#!/bin/sh
# Compiles okna-client.rc with MinGW's windres, reads the .res back, and checks that it holds the icon
# group and the version information with this version.
# Usage: check-windows-rc.sh WINDRES RC_FILE VERSION
set -eu
windres=$1 rc=$2 version=$3
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# windres resolves "okna-client.ico" from its working directory: the .rc's, as rc.exe does.
cd "$(dirname "$rc")"
"$windres" --preprocessor=cpp --input="$rc" --output="$out/okna-client.res" --output-format=res
"$windres" --input="$out/okna-client.res" --output-format=rc >"$out/back.rc"
fail() { echo "check-windows-rc: $*" >&2; exit 1; }
grep -q '"IDI_ICON1" 14 /\* RT_GROUP_ICON \*/' "$out/back.rc" || fail "no icon group IDI_ICON1"
grep -q "VALUE \"ProductVersion\", \"$version\"" "$out/back.rc" || fail "no ProductVersion $version"
grep -q "VALUE \"OriginalFilename\", \"okna-client.exe\"" "$out/back.rc" || fail "no OriginalFilename"
icons=$(grep -c 'RT_ICON \*/' "$out/back.rc" || true)
[ "$icons" -eq 7 ] || fail "$icons icon images in the resource, expected 7"
echo "ok: $(grep -c VALUE "$out/back.rc") version values, $icons icon images"

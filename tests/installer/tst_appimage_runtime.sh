#!/usr/bin/env bash
# Our AppImage runtime (installer/appimage/runtime) on a tiny AppDir, in seconds, on every commit:
# the type-2 magic, the image offset, --appimage-extract, extract-and-run (by option and by
# APPIMAGE_EXTRACT_AND_RUN=1, its temporary folder removed), the environment AppRun gets, the exit
# code passed back, and the FUSE mount where this machine allows one. tools/verify-appimage.sh proves
# the whole client AppImage in a clean root.
#   tst_appimage_runtime.sh RUNTIME
set -euo pipefail
runtime="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "not ok - $*"; exit 1; }
ok() { echo "ok - $*"; }

# The AppDir: AppRun reports what it was given and exits with a code of its choosing.
mkdir -p "$work/AppDir/usr/share/okna"
cat > "$work/AppDir/AppRun" <<'APPRUN'
#!/bin/sh
echo "args:$*"
echo "appdir-has-data:$(cat "$APPDIR/usr/share/okna/data.txt")"
echo "appimage:$APPIMAGE"
echo "owd:$OWD"
exit "${OKNA_TEST_EXIT:-0}"
APPRUN
chmod +x "$work/AppDir/AppRun"
echo "Окна" > "$work/AppDir/usr/share/okna/data.txt"
ln -s usr/share/okna/data.txt "$work/AppDir/data-link"
mksquashfs "$work/AppDir" "$work/image.sqfs" -root-owned -noappend -comp zstd -quiet >/dev/null
cat "$runtime" "$work/image.sqfs" > "$work/test.AppImage"
chmod +x "$work/test.AppImage"
app="$work/test.AppImage"

[ "$(dd if="$app" bs=1 skip=8 count=3 2>/dev/null | od -An -tx1 | tr -d ' \n')" = "414902" ] || fail "no AI\\x02 at byte 8"
ok "type-2 magic at byte 8"

offset="$("$app" --appimage-offset)"
[ "$offset" = "$(stat -c %s "$runtime")" ] || fail "offset $offset, the runtime is $(stat -c %s "$runtime") bytes"
[ "$(dd if="$app" bs=1 skip="$offset" count=4 2>/dev/null)" = "hsqs" ] || fail "no SquashFS at the offset"
ok "--appimage-offset points at the SquashFS image"

(cd "$work" && "$app" --appimage-extract >/dev/null)
[ "$(cat "$work/squashfs-root/usr/share/okna/data.txt")" = "Окна" ] || fail "extract: file content"
[ -x "$work/squashfs-root/AppRun" ] || fail "extract: AppRun lost its execute bit"
[ "$(readlink "$work/squashfs-root/data-link")" = "usr/share/okna/data.txt" ] || fail "extract: symlink"
ok "--appimage-extract writes files, modes and symlinks into ./squashfs-root"

check_run() { # label, output file, expected exit code, actual exit code
    [ "$4" = "$3" ] || fail "$1: exit code $4, wanted $3: $(cat "$2")"
    grep -qx 'args:one two' "$2" || fail "$1: arguments: $(cat "$2")"
    grep -qx 'appdir-has-data:Окна' "$2" || fail "$1: APPDIR: $(cat "$2")"
    grep -qx "appimage:$app" "$2" || fail "$1: APPIMAGE: $(cat "$2")"
    grep -qx "owd:$work" "$2" || fail "$1: OWD: $(cat "$2")"
}
export TMPDIR="$work/tmp"
mkdir -p "$TMPDIR"
code=0
(cd "$work" && OKNA_TEST_EXIT=7 "$app" --appimage-extract-and-run one two >"$work/out1" 2>&1) || code=$?
check_run "--appimage-extract-and-run" "$work/out1" 7 "$code"
code=0
(cd "$work" && APPIMAGE_EXTRACT_AND_RUN=1 "$app" one two >"$work/out2" 2>&1) || code=$?
check_run "APPIMAGE_EXTRACT_AND_RUN=1" "$work/out2" 0 "$code"
[ -z "$(ls -A "$TMPDIR")" ] || fail "extract-and-run left $(ls -A "$TMPDIR") in TMPDIR"
ok "extract-and-run: arguments, APPDIR, APPIMAGE, OWD, the exit code; nothing left behind"

# Plain run: a FUSE mount where /dev/fuse can be opened, else the one-line notice and the fallback.
code=0
(cd "$work" && OKNA_TEST_EXIT=3 "$app" one two >"$work/out3" 2>"$work/err3") || code=$?
check_run "plain run" "$work/out3" 3 "$code"
if grep -q 'FUSE is not available' "$work/err3"; then
    [ "$(grep -c . "$work/err3")" = 1 ] || fail "the fallback says more than one line: $(cat "$work/err3")"
    ok "plain run: no FUSE here, one line and the fallback ($(cut -c1-80 "$work/err3"))"
else
    [ ! -s "$work/err3" ] || fail "plain run wrote to stderr: $(cat "$work/err3")"
    grep -q "$TMPDIR" /proc/self/mounts && fail "a mount is left under $TMPDIR"
    ok "plain run through a FUSE mount, unmounted after"
fi
[ -z "$(ls -A "$TMPDIR")" ] || fail "the run left $(ls -A "$TMPDIR") in TMPDIR"

# Without FUSE (as root: /dev/fuse hidden in a mount namespace of its own): the notice, then the
# fallback runs the app all the same.
if [ "$(id -u)" -eq 0 ] && command -v unshare >/dev/null; then
    code=0
    (cd "$work" && unshare --mount --propagation private sh -c \
        'mount --bind /dev/null /dev/fuse && exec "$0" one two' "$app" >"$work/out4" 2>"$work/err4") || code=$?
    check_run "without FUSE" "$work/out4" 0 "$code"
    grep -q 'FUSE is not available' "$work/err4" || fail "without FUSE: no notice: $(cat "$work/err4")"
    [ "$(grep -c . "$work/err4")" = 1 ] || fail "without FUSE: more than one line: $(cat "$work/err4")"
    [ -z "$(ls -A "$TMPDIR")" ] || fail "the fallback left $(ls -A "$TMPDIR") in TMPDIR"
    ok "without FUSE: one line ($(cut -c1-60 "$work/err4")...), then extract-and-run"
fi
echo "tst_appimage_runtime: all checks passed"

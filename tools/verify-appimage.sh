#!/bin/bash
# Proves the client's AppImage on a clean system:
#   tools/verify-appimage.sh PATH/TO/okna-client-VERSION-x86_64.AppImage
# A Debian 12 root (debootstrap --variant=minbase) with only what every desktop has (glibc, the X11/xcb
# client libraries, OpenGL/EGL, fontconfig, freetype, one font; no Qt, QtKeychain or libphonenumber).
# In it the AppImage runs --version with and without FUSE, --appimage-extract, APPIMAGE_EXTRACT_AND_RUN,
# and then in Russian on the host's Xvfb, where its login window is photographed into
# docs/screenshots/appimage-login.png (OKNA_APPIMAGE_SCREENSHOT overrides the path).
#
# One line per step; the first failing step ends the run with its log and a non-zero exit. Needs root
# (debootstrap, chroot, mounts), Xvfb, ImageMagick's import and x11-utils on the host. Every mount is
# made in a private mount namespace (unshare), so nothing is left mounted whatever happens. The
# finished root is cached in /var/cache/okna-verify (about 1.5 minutes saved per run; remove to renew).
set -euo pipefail

if [ $# -ne 1 ] || [ ! -f "$1" ]; then
    echo "usage: $0 PATH/TO/okna-client-VERSION-x86_64.AppImage" >&2
    exit 2
fi
APPIMAGE=$(realpath "$1")
REPO=$(dirname "$(dirname "$(realpath "$0")")")
SCREENSHOT=${OKNA_APPIMAGE_SCREENSHOT:-$REPO/docs/screenshots/appimage-login.png}
CACHE_DIR=/var/cache/okna-verify
# What "every desktop has": the graphics stack and fonts. Nothing of Qt's.
DESKTOP_PACKAGES="libgl1 libegl1 libx11-6 libx11-xcb1 libxcb1 fontconfig fonts-dejavu-core libfreetype6"
START=$(date +%s)
WORK=$(mktemp -d /var/tmp/okna-verify-appimage.XXXXXX)
ROOT=$WORK/root
LOG=$WORK/step.log
XVFB_PID=
WM_PID=
APP_PID=

cleanup() {
    [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null
    [ -n "$WM_PID" ] && kill "$WM_PID" 2>/dev/null && wait "$WM_PID" 2>/dev/null
    [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null && wait "$XVFB_PID" 2>/dev/null
    # Mounts live in namespaces that died with their processes; a bind that outlived one (it cannot,
    # but rm must never walk into /dev or /proc) is checked for first.
    if ! grep -q " $ROOT/" /proc/self/mounts; then
        rm -rf "$WORK"
    else
        echo "verify-appimage: mounts left under $ROOT, not removed" >&2
    fi
}
trap cleanup EXIT

step() { # TEXT COMMAND...: runs COMMAND with its output in the log, prints one line
    local text=$1 t0
    shift
    t0=$(date +%s.%N)
    # Each step function chains its commands with && or || return 1: inside an if, set -e is off.
    if "$@" >"$LOG" 2>&1; then
        printf 'verify-appimage: %-70s ok (%s s)\n' "$text" "$(awk "BEGIN {printf \"%.1f\", $(date +%s.%N) - $t0}")"
    else
        printf 'verify-appimage: %-70s FAILED\n' "$text"
        sed 's/^/    /' "$LOG" | tail -n 40
        exit 1
    fi
}

# in_root [fuse] [x11] [user] -- COMMAND...: runs COMMAND in the root as root (as nobody with "user"),
# with a fresh /proc, /sys, /tmp and a /dev of the usual nodes; /dev/fuse only with "fuse", the host's
# X socket only with "x11".
in_root() {
    local fuse=0 x11=0 user=0:0 home=/root
    while [ "$1" != -- ]; do
        case $1 in fuse) fuse=1 ;; x11) x11=1 ;; user) user=65534:65534 home=/tmp ;; esac
        shift
    done
    shift
    unshare --mount --propagation private -- /bin/sh -c '
        set -e
        R=$1 FUSE=$2 X11=$3 U=$4 H=$5
        shift 5
        mount -t proc proc "$R/proc"
        mount -t sysfs -o ro sys "$R/sys"
        mount -t tmpfs -o mode=755 dev "$R/dev"
        for n in null zero full random urandom tty; do
            touch "$R/dev/$n"
            mount --bind "/dev/$n" "$R/dev/$n"
        done
        if [ "$FUSE" = 1 ]; then
            touch "$R/dev/fuse"
            mount --bind /dev/fuse "$R/dev/fuse"
        fi
        mkdir -p "$R/dev/shm" "$R/dev/pts"
        mount -t tmpfs -o mode=1777 shm "$R/dev/shm"
        ln -s /proc/self/fd "$R/dev/fd"
        mount -t tmpfs -o mode=1777 tmp "$R/tmp"
        if [ "$X11" = 1 ]; then
            mkdir -p "$R/tmp/.X11-unix"
            mount --bind /tmp/.X11-unix "$R/tmp/.X11-unix"
        fi
        exec chroot --userspec="$U" "$R" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME="$H" "$@"
    ' sh "$ROOT" "$fuse" "$x11" "$user" "$home" "$@"
}

mirror() {
    local uri
    uri=$(grep -hE '^deb ' /etc/apt/sources.list 2>/dev/null | grep -v security | awk '{print $2}' | head -n 1 || true)
    if [ -z "$uri" ]; then
        uri=$(grep -hE '^URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null | grep -v security |
            awk '{print $2}' | head -n 1 || true)
    fi
    echo "${uri:-http://deb.debian.org/debian}"
}

make_root() {
    local mirror=$1 cache=$2
    if [ -f "$cache" ]; then
        mkdir -p "$ROOT" && tar -C "$ROOT" -xf "$cache"
        return
    fi
    if ! command -v debootstrap >/dev/null; then
        apt-get install -y debootstrap || return 1
    fi
    unshare --mount --propagation private -- debootstrap --variant=minbase bookworm "$ROOT" "$mirror" &&
        in_root -- apt-get update &&
        in_root -- env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $DESKTOP_PACKAGES &&
        in_root -- apt-get clean &&
        mkdir -p "$CACHE_DIR" &&
        tar -C "$ROOT" -cf "$cache.part" . &&
        mv "$cache.part" "$cache"
}

no_qt_in_root() {
    local found
    found=$(find "$ROOT" \( -name 'libQt6Core*' -o -name 'libQt5Core*' -o -name 'libqt6keychain*' \
        -o -name 'libphonenumber*' -o -name 'libprotobuf*' -o -name 'libqrencode*' \) -print)
    [ -z "$found" ] || { echo "found in the root: $found"; return 1; }
    # (ICU is there: Mesa's LLVM pulls it in, as on every desktop with Mesa; we bundle our own anyway.)
    echo "none of libQt6Core, libqt6keychain, libphonenumber, libprotobuf, libqrencode in the root"
}

VERSION=$(basename "$APPIMAGE" | sed -n 's/^okna-client-\(.*\)-x86_64\.AppImage$/\1/p')
EXPECTED="okna-client ${VERSION:-}"

copy_in() {
    install -m 755 "$APPIMAGE" "$ROOT/opt/okna-client.AppImage"
}

check_offset() {
    local offset magic
    offset=$(in_root -- /opt/okna-client.AppImage --appimage-offset) || return 1
    magic=$(dd if="$APPIMAGE" bs=1 skip="$offset" count=4 status=none)
    echo "offset $offset, magic there: $magic"
    [ "$magic" = hsqs ] && [ "$(dd if="$APPIMAGE" bs=1 skip=8 count=3 status=none | od -An -tx1 | tr -d ' \n')" = 414902 ]
}

version_extract() {
    in_root -- /bin/sh -c "mkdir /tmp/x && cd /tmp/x && /opt/okna-client.AppImage --appimage-extract >/dev/null &&
        test -x squashfs-root/AppRun && test -x squashfs-root/usr/bin/okna-client &&
        test -L squashfs-root/.DirIcon && QT_QPA_PLATFORM=offscreen squashfs-root/AppRun --version" | tee "$WORK/out" &&
        grep -qx "$EXPECTED" "$WORK/out"
}

# ldd of the program, every bundled library and plugin, in the root: nothing missing but what the exclude
# list leaves to Wayland and CUPS desks (those plugins load only there).
all_resolve() {
    in_root -- /bin/sh -c 'mkdir /tmp/x && cd /tmp/x && /opt/okna-client.AppImage --appimage-extract >/dev/null &&
        find squashfs-root/usr -type f \( -name "*.so*" -o -path "*/bin/okna-client" \) | while read -r f; do
            ldd "$f" | sed -n "s|^\s*\(\S*\) => not found|$f: \1|p"
        done' >"$WORK/missing" || return 1
    echo "$(grep -c . "$WORK/missing") unresolved, allowed only for libwayland-* and libcups:"
    cat "$WORK/missing"
    ! grep -vE ': (libwayland-(client|cursor|egl)\.so\.[01]|libcups\.so\.2)$' "$WORK/missing"
}

version_no_fuse() { # no /dev/fuse in the root: the runtime must say so in one line and extract instead
    in_root -- env QT_QPA_PLATFORM=offscreen /opt/okna-client.AppImage --version >"$WORK/out" 2>"$WORK/err"
    cat "$WORK/out" "$WORK/err"
    grep -qx "$EXPECTED" "$WORK/out" && grep -q "FUSE is not available (no /dev/fuse); extracting" "$WORK/err"
}

version_fuse() { # /dev/fuse there: a FUSE mount, no fallback message
    in_root fuse -- env QT_QPA_PLATFORM=offscreen /opt/okna-client.AppImage --version >"$WORK/out" 2>"$WORK/err"
    cat "$WORK/out" "$WORK/err"
    grep -qx "$EXPECTED" "$WORK/out" && ! grep -q "FUSE is not available" "$WORK/err"
}

version_user_no_fusermount() { # a user, /dev/fuse there but no fusermount3 (no fuse3 package)
    in_root fuse user -- env QT_QPA_PLATFORM=offscreen /opt/okna-client.AppImage --version >"$WORK/out" 2>"$WORK/err"
    cat "$WORK/out" "$WORK/err"
    grep -qx "$EXPECTED" "$WORK/out" && grep -q "FUSE is not available (fusermount3 is missing" "$WORK/err"
}

version_extract_and_run() { # and the temporary folder is gone after
    in_root fuse -- /bin/sh -c "APPIMAGE_EXTRACT_AND_RUN=1 QT_QPA_PLATFORM=offscreen /opt/okna-client.AppImage --version &&
        if ls -d /tmp/appimage_extracted_* 2>/dev/null; then echo 'extracted folder left behind'; exit 1; fi" |
        tee "$WORK/out" && grep -qx "$EXPECTED" "$WORK/out"
}

start_xvfb() {
    local n
    for n in $(seq 91 150); do
        [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] || break
    done
    DISPLAY_NUM=$n
    Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp >"$WORK/xvfb.log" 2>&1 &
    XVFB_PID=$!
    for _ in $(seq 50); do
        [ -S "/tmp/.X11-unix/X$n" ] && { echo "Xvfb :$n (pid $XVFB_PID)"; return 0; }
        sleep 0.1
    done
    cat "$WORK/xvfb.log"
    return 1
}

# JWM (a 0.5 MB window manager from Debian) only so that the screenshot shows the title bar with the
# window's icon, as on a desk; installed on the host when missing, like debootstrap.
start_wm() {
    if ! command -v jwm >/dev/null; then
        apt-get install -y --no-install-recommends jwm || return 1
    fi
    jwm -display ":$DISPLAY_NUM" >"$WORK/wm.log" 2>&1 &
    WM_PID=$!
    sleep 1
    kill -0 "$WM_PID" && echo "jwm (pid $WM_PID)" || { cat "$WORK/wm.log"; return 1; }
}

# The login window is found by its class (okna-client) and its title must be the Russian one.
login_window() {
    local fuse=""
    [ -e /dev/fuse ] && fuse=fuse
    in_root $fuse x11 -- env DISPLAY=":$DISPLAY_NUM" LANG=ru_RU.UTF-8 LANGUAGE=ru \
        /opt/okna-client.AppImage >"$WORK/app.log" 2>&1 &
    APP_PID=$!
    local wid title
    for _ in $(seq 120); do
        for wid in $(DISPLAY=":$DISPLAY_NUM" xwininfo -root -tree 2>/dev/null | awk '/\("okna-client" "okna-client"\)/ {print $1}'); do
            title=$(DISPLAY=":$DISPLAY_NUM" xprop -id "$wid" _NET_WM_NAME 2>/dev/null || true)
            if [[ $title == *'"Окна — вход"'* ]]; then
                sleep 2 # let it paint
                echo "window $wid: $title"
                return 0
            fi
        done
        kill -0 "$APP_PID" 2>/dev/null || { echo "the client exited:"; cat "$WORK/app.log"; return 1; }
        sleep 0.5
    done
    echo "no window titled 'Окна — вход' within 60 s; client output:"
    cat "$WORK/app.log"
    DISPLAY=":$DISPLAY_NUM" xwininfo -root -tree
    return 1
}

screenshot() {
    mkdir -p "$(dirname "$SCREENSHOT")" && import -display ":$DISPLAY_NUM" -window root "$SCREENSHOT" && identify "$SCREENSHOT"
}

stop_client() { # SIGTERM to the runtime, which passes it on and unmounts
    kill "$APP_PID" || return 1
    local status=0
    wait "$APP_PID" || status=$?
    APP_PID=
    echo "exit status $status"
    cat "$WORK/app.log"
    [ "$status" -eq 143 ] || [ "$status" -eq 0 ]
}

stop_x() {
    kill "$WM_PID" || return 1
    wait "$WM_PID" || true
    WM_PID=
    kill "$XVFB_PID"
    wait "$XVFB_PID" || true
    XVFB_PID=
}

MIRROR=$(mirror)
KEY=$(echo "bookworm minbase $MIRROR $DESKTOP_PACKAGES" | sha256sum | cut -c1-12)
CACHE=$CACHE_DIR/appimage-root-bookworm-$KEY.tar
if [ -f "$CACHE" ]; then
    step "clean root: Debian 12 minbase + desktop libraries (cached $(basename "$CACHE"))" make_root "$MIRROR" "$CACHE"
else
    step "clean root: debootstrap bookworm minbase ($MIRROR) + desktop libraries" make_root "$MIRROR" "$CACHE"
fi
step "clean root: no Qt, QtKeychain, libphonenumber, protobuf or qrencode in it" no_qt_in_root
step "AppImage copied in ($(du -m "$APPIMAGE" | cut -f1) MB)" copy_in
step "--appimage-offset points at the SquashFS image; AI\\x02 magic at byte 8" check_offset
step "--appimage-extract, then squashfs-root/AppRun --version" version_extract
step "every bundled library and plugin resolves in the root (but Wayland, CUPS)" all_resolve
step "--version without /dev/fuse: one-line notice, extract-and-run fallback" version_no_fuse
if [ -e /dev/fuse ]; then
    step "--version with /dev/fuse: FUSE mount" version_fuse
else
    echo "verify-appimage: no /dev/fuse on this host: FUSE mount not tried"
fi
step "--version as a user without fusermount3: one-line notice, fallback" version_user_no_fusermount
step "APPIMAGE_EXTRACT_AND_RUN=1 --version; temporary folder removed" version_extract_and_run
step "Xvfb started on the host" start_xvfb
step "window manager (jwm) on it, for the title bar and icon" start_wm
step "login window with its Russian title (LANG=ru_RU.UTF-8, LANGUAGE=ru)" login_window
step "screenshot $(realpath --relative-to="$REPO" "$SCREENSHOT" 2>/dev/null || echo "$SCREENSHOT")" screenshot
step "client stopped (SIGTERM through the runtime)" stop_client
step "jwm and Xvfb stopped" stop_x
echo "verify-appimage: passed in $(($(date +%s) - START)) s"

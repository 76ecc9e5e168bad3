#!/bin/bash
# Makes okna-client-VERSION-x86_64.AppImage from a built tree:
#   installer/appimage/build-appimage.sh BUILD_DIR OUT_DIR
# (or `cmake --build BUILD_DIR --target appimage`). BUILD_DIR must hold a built okna-client and
# okna-appimage-runtime; the AppDir is made in BUILD_DIR/installer/appimage/AppDir.
#
# The AppDir: `cmake --install --component client` under usr/, every library the program and its Qt
# plugins load that a bare desktop lacks (found by walking DT_NEEDED from the program, the plugins and
# the libraries Qt and QtKeychain dlopen), rpaths relative to $ORIGIN, qt.conf, Qt's own translations,
# AppRun, the .desktop file and icon. Then mksquashfs (zstd, which our runtime's squashfuse reads) and
# the runtime in front of the image.
set -euo pipefail

if [ $# -ne 2 ]; then
    echo "usage: $0 BUILD_DIR OUT_DIR" >&2
    exit 2
fi
BUILD_DIR=$(realpath "$1")
mkdir -p "$2"
OUT_DIR=$(realpath "$2")
HERE=$(dirname "$(realpath "$0")")

VERSION=${OKNA_VERSION:-$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$BUILD_DIR/CMakeCache.txt")}
RUNTIME=$BUILD_DIR/installer/appimage/okna-appimage-runtime
APPDIR=$BUILD_DIR/installer/appimage/AppDir
OUTPUT=$OUT_DIR/okna-client-$VERSION-x86_64.AppImage
APP_ID=ru.okna.Client
QT_PLUGINS=$(/usr/lib/qt6/bin/qtpaths6 --query QT_INSTALL_PLUGINS)
QT_TRANSLATIONS=$(/usr/lib/qt6/bin/qtpaths6 --query QT_INSTALL_TRANSLATIONS)
[ -n "$VERSION" ] || { echo "no CMAKE_PROJECT_VERSION in $BUILD_DIR/CMakeCache.txt" >&2; exit 1; }
[ -x "$RUNTIME" ] || { echo "$RUNTIME is not built (cmake --build $BUILD_DIR --target okna-appimage-runtime)" >&2; exit 1; }
for tool in patchelf mksquashfs; do
    command -v $tool >/dev/null || { echo "$tool is missing (apt-get install patchelf squashfs-tools)" >&2; exit 1; }
done

step() { echo "appimage: $*"; }

step "AppDir from cmake --install (component client)"
rm -rf "$APPDIR"
DESTDIR=$APPDIR cmake --install "$BUILD_DIR" --component client --prefix /usr --strip >/dev/null
# Debian-only files of the component: the AppImage has no use for them.
rm -rf "$APPDIR/usr/share/lintian" "$APPDIR/usr/share/man" "$APPDIR/usr/share/doc"
BIN=$APPDIR/usr/bin/okna-client
[ -x "$BIN" ] || { echo "the client component installed no usr/bin/okna-client" >&2; exit 1; }

# Qt plugins the client needs: both display servers, TLS, images, SVG icons, the desktop's file dialogs
# and input methods, printing. The CUPS print plugin comes along but loads only where the desk has
# libcups (see the exclude list).
PLUGINS="platforms/libqxcb.so platforms/libqwayland-generic.so platforms/libqwayland-egl.so
         platforms/libqoffscreen.so tls/libqopensslbackend.so tls/libqcertonlybackend.so
         imageformats iconengines platformthemes platforminputcontexts xcbglintegrations
         wayland-decoration-client wayland-shell-integration wayland-graphics-integration-client
         printsupport"
step "Qt plugins from $QT_PLUGINS"
for plugin in $PLUGINS; do
    src=$QT_PLUGINS/$plugin
    [ -e "$src" ] || { echo "missing Qt plugin $src (apt-get install qt6-wayland qt6-xdgdesktopportal-platformtheme?)" >&2; exit 1; }
    mkdir -p "$APPDIR/usr/plugins/$(dirname "$plugin")"
    cp -a "$src" "$APPDIR/usr/plugins/$(dirname "$plugin")/"
done

# What every desktop has, and must be the desk's own: never bundled. Everything else is.
#  - glibc (with its loader) and libgcc_s: tied to the desk's ld.so; every program on the desk uses them.
#  - the X11 client core (libX11, libxcb): every X desktop has it; Qt's xcb extras (xcb-icccm, -keysyms,
#    -randr, xkbcommon-x11...) are bundled, they are not on every desk.
#  - OpenGL/EGL and libdrm: they go with the desk's GPU driver. (libOpenGL, glvnd's dispatcher that Qt
#    links, is bundled: desks without libopengl0 are common, e.g. Ubuntu's.)
#  - Wayland's client libraries: the desk's Mesa links them too, and an older copy loaded first breaks
#    its EGL; a desktop without them runs X11, where the Wayland plugins are never loaded.
#  - fontconfig, freetype (and expat under them): the desk's fontconfig reads the desk's font
#    configuration, which a bundled older one may not understand.
#  - zlib: Priority "required" in Debian and Ubuntu, present even in a minimal root.
#  - libcups: only on desks that print; it must speak to the local cupsd, and would drag Kerberos and
#    GnuTLS along. Without it Qt's print plugin does not load and printing falls back to PDF files.
# libstdc++ is bundled, but in usr/lib/optional and used only when newer than the desk's (AppRun).
EXCLUDE='^(ld-linux-x86-64\.so\.2|libc\.so\.6|libm\.so\.6|libdl\.so\.2|libpthread\.so\.0|librt\.so\.1|libresolv\.so\.2|libutil\.so\.1|libanl\.so\.1|libmvec\.so\.1|libgcc_s\.so\.1|libX11\.so\.6|libX11-xcb\.so\.1|libxcb\.so\.1|libGL\.so\.1|libEGL\.so\.1|libGLX\.so\.0|libGLdispatch\.so\.0|libdrm\.so\.2|libwayland-(client|cursor|egl|server)\.so\.[01]|libfontconfig\.so\.1|libfreetype\.so\.6|libexpat\.so\.1|libz\.so\.1|libcups\.so\.2)$'

# Libraries that are dlopen'ed, so that no DT_NEEDED names them: OpenSSL (Qt's TLS backend loads it)
# and libsecret (QtKeychain loads it for the desktop's keyring).
DLOPENED="libssl.so.3 libcrypto.so.3 libsecret-1.so.0"

LIBDIRS="/usr/lib/x86_64-linux-gnu /lib/x86_64-linux-gnu /usr/lib /lib"
resolve() {
    local dir
    for dir in $LIBDIRS; do
        if [ -e "$dir/$1" ]; then
            echo "$dir/$1"
            return
        fi
    done
    echo "cannot find $1 (needed by $2)" >&2
    exit 1
}

mkdir -p "$APPDIR/usr/lib/optional"
declare -A bundled=()
queue=("$BIN")
while IFS= read -r -d '' plugin; do queue+=("$plugin"); done < <(find "$APPDIR/usr/plugins" -name '*.so' -print0)
bundle() { # NAME NEEDED-BY
    local name=$1 target
    [[ $name =~ $EXCLUDE ]] && return
    [ -n "${bundled[$name]:-}" ] && return
    bundled[$name]=1
    local source
    source=$(resolve "$name" "$2")
    target=$APPDIR/usr/lib/$name
    if [ "$name" = libstdc++.so.6 ]; then
        # Under its real name (libstdc++.so.6.0.N), whose N AppRun compares with the desk's.
        target=$APPDIR/usr/lib/optional/$(basename "$(readlink -f "$source")")
        ln -sf "$(basename "$target")" "$APPDIR/usr/lib/optional/$name"
    fi
    cp -L "$source" "$target"
    chmod 644 "$target"
    queue+=("$target")
}
step "libraries (walking DT_NEEDED)"
for name in $DLOPENED; do bundle "$name" dlopen; done
while [ ${#queue[@]} -gt 0 ]; do
    file=${queue[0]}
    queue=("${queue[@]:1}")
    for needed in $(patchelf --print-needed "$file"); do
        bundle "$needed" "$file"
    done
done
step "${#bundled[@]} libraries bundled"

# DT_RPATH, not DT_RUNPATH (--force-rpath): RPATH is searched before LD_LIBRARY_PATH, so a desk whose
# LD_LIBRARY_PATH points at another Qt still gets ours, and it also applies to what a library dlopens.
step "rpaths"
patchelf --force-rpath --set-rpath '$ORIGIN/../lib' "$BIN"
for lib in "$APPDIR"/usr/lib/*.so*; do
    patchelf --force-rpath --set-rpath '$ORIGIN' "$lib"
done
while IFS= read -r -d '' plugin; do
    patchelf --force-rpath --set-rpath '$ORIGIN/../../lib' "$plugin"
done < <(find "$APPDIR/usr/plugins" -name '*.so' -print0)

# qt.conf beside the program: Qt then takes plugins and translations from the AppDir, never /usr.
cat >"$APPDIR/usr/bin/qt.conf" <<'EOF'
[Paths]
Prefix = ..
Libraries = lib
Plugins = plugins
Translations = translations
EOF

# Qt's own catalogues (dialog buttons, context menus) for every language the client is translated to;
# client/core/Translator.cpp loads qtbase_LANG from QLibraryInfo::TranslationsPath.
step "Qt translations"
mkdir -p "$APPDIR/usr/translations"
for qm in "$BUILD_DIR"/client/okna_*.qm; do
    lang=$(basename "$qm" .qm)
    lang=${lang#okna_}
    for catalogue in qt qtbase qtwebsockets; do
        if [ -e "$QT_TRANSLATIONS/${catalogue}_$lang.qm" ]; then
            cp "$QT_TRANSLATIONS/${catalogue}_$lang.qm" "$APPDIR/usr/translations/"
        fi
    done
done

step "AppRun, desktop entry, icon"
install -m 755 "$HERE/AppRun" "$APPDIR/AppRun"
cp "$APPDIR/usr/share/applications/$APP_ID.desktop" "$APPDIR/$APP_ID.desktop"
cp "$APPDIR/usr/share/icons/hicolor/256x256/apps/$APP_ID.png" "$APPDIR/$APP_ID.png"
ln -sf "$APP_ID.png" "$APPDIR/.DirIcon"

step "squashfs image (zstd)"
IMAGE=$BUILD_DIR/installer/appimage/okna-client.squashfs
rm -f "$IMAGE"
mksquashfs "$APPDIR" "$IMAGE" -root-owned -noappend -comp zstd -quiet >/dev/null
cat "$RUNTIME" "$IMAGE" >"$OUTPUT.part"
chmod 755 "$OUTPUT.part"
mv "$OUTPUT.part" "$OUTPUT"
rm -f "$IMAGE"
step "$OUTPUT ($(du -m "$OUTPUT" | cut -f1) MB)"

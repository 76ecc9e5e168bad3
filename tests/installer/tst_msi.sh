#!/usr/bin/env bash
# The Windows MSI definition, checked without Windows: stage a tree shaped like windeployqt's output,
# build the MSI with installer/windows/build-msi.cmake (wixl-heat + wixl), read its tables back with
# msiinfo and check what matters to IT: per-machine, Program Files\Okna, the Start-menu shortcut with
# the icon, every staged file installed, MajorUpgrade by the fixed UpgradeCode; then build a newer
# version and check that it would replace the first one.
#
#   tst_msi.sh --cmake CMAKE --script build-msi.cmake --wxs okna-client.wxs --version X.Y.Z
#              --icon okna-client.ico [--svg okna.svg] [--keep]
# --icon: the real .ico (target okna-icons); when it is not built, a stand-in made from --svg (or a
# plain square) with rsvg-convert and icotool is used, and the test says so.
set -euo pipefail

cmake=cmake script='' wxs='' version='' icon='' svg='' keep=0
while [ $# -gt 0 ]; do
    case "$1" in
    --cmake) cmake=$2; shift 2 ;;
    --script) script=$2; shift 2 ;;
    --wxs) wxs=$2; shift 2 ;;
    --version) version=$2; shift 2 ;;
    --icon) icon=$2; shift 2 ;;
    --svg) svg=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    *) echo "tst_msi: unknown argument $1" >&2; exit 2 ;;
    esac
done
for arg in script wxs version icon; do
    if [ -z "${!arg}" ]; then echo "tst_msi: --$arg is required" >&2; exit 2; fi
done

work=$(mktemp -d /tmp/tst_msi.XXXXXX)
if [ "$keep" = 1 ]; then
    echo "# keeping $work"
else
    trap 'rm -rf "$work"' EXIT
fi

failures=0
ok() { echo "ok - $*"; }
fail() { echo "not ok - $*"; failures=$((failures + 1)); }
# check DESCRIPTION ACTUAL EXPECTED
check() {
    if [ "$2" = "$3" ]; then ok "$1"; else fail "$1: got '$2', expected '$3'"; fi
}
# The rows of one table, tab-separated, without msiinfo's three header lines and its CRs (IDT files end lines in CRLF).
rows() { msiinfo export "$1" "$2" | tr -d '\r' | tail -n +4; }
# The value of one property.
property() { rows "$1" Property | awk -F'\t' -v p="$2" '$1 == p { print $2 }'; }

# --- a staged tree like windeployqt's for okna-client (Qt 6.4, MSVC, OpenSSL): any bytes will do.
stage=$work/stage
staged=(
    okna-client.exe
    Qt6Core.dll Qt6Gui.dll Qt6Widgets.dll Qt6Network.dll Qt6WebSockets.dll Qt6Charts.dll
    Qt6PrintSupport.dll Qt6OpenGL.dll Qt6OpenGLWidgets.dll Qt6Svg.dll
    qt6keychain.dll libssl-3-x64.dll libcrypto-3-x64.dll
    D3Dcompiler_47.dll opengl32sw.dll msvcp140.dll vcruntime140.dll vcruntime140_1.dll
    platforms/qwindows.dll
    styles/qwindowsvistastyle.dll
    tls/qschannelbackend.dll tls/qopensslbackend.dll tls/qcertonlybackend.dll
    imageformats/qico.dll imageformats/qsvg.dll imageformats/qjpeg.dll
    iconengines/qsvgicon.dll
    networkinformation/qnetworklistmanager.dll
    generic/qtuiotouchplugin.dll
    translations/qt_ru.qm translations/qt_en.qm
)
for file in "${staged[@]}"; do
    mkdir -p "$stage/$(dirname "$file")"
    printf 'stand-in for %s\n' "$file" >"$stage/$file"
done

# --- the icon
if [ -f "$icon" ]; then
    echo "# icon: $icon (from okna-icons)"
else
    echo "# icon: $icon is not built (target okna-icons); a stand-in from ${svg:-a plain square}"
    if [ -z "$svg" ] || [ ! -f "$svg" ]; then
        svg=$work/square.svg
        echo '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><rect width="64" height="64" fill="#1E88E5"/></svg>' >"$svg"
    fi
    for size in 16 32 48 256; do
        rsvg-convert --width=$size --height=$size --format=png --output="$work/icon-$size.png" "$svg"
    done
    icotool -c -o "$work/okna-client.ico" "$work"/icon-{16,32,48,256}.png
    icon=$work/okna-client.ico
fi

build() { # build OUTPUT [VERSION]
    local extra=()
    [ -n "${2:-}" ] && extra=(-DVERSION="$2")
    "$cmake" -DSTAGE_DIR="$stage" -DWXS="$wxs" -DICON="$icon" -DOUTPUT="$1" "${extra[@]}" -P "$script" \
        >"$1.log" 2>&1 || { cat "$1.log"; echo "not ok - build-msi.cmake failed for $1"; exit 1; }
}

msi=$work/okna-client-$version-x64.msi
build "$msi"
ok "wixl built $(basename "$msi") ($(stat -c %s "$msi") bytes)"

upgrade_code=$(grep -o 'UpgradeCode="[0-9A-Fa-f-]*"' "$wxs" | cut -d'"' -f2)
[ -n "$upgrade_code" ] || { echo "not ok - no UpgradeCode in $wxs"; exit 1; }
upgrade_code="{${upgrade_code^^}}"

# --- per-machine, x64, version
check "ALLUSERS is 1 (per-machine)" "$(property "$msi" ALLUSERS)" 1
check "ProductVersion is the CMake version" "$(property "$msi" ProductVersion)" "$version"
check "UpgradeCode is the fixed one from the .wxs" "$(property "$msi" UpgradeCode)" "$upgrade_code"
check "ProductName" "$(property "$msi" ProductName)" Okna
check "Manufacturer" "$(property "$msi" Manufacturer)" Okna
check "package template is x64" "$(msiinfo suminfo "$msi" | awk -F': ' '/^Template:/ { print $2 }')" "x64;1033"
not64=$(rows "$msi" Component | awk -F'\t' 'int($4 / 256) % 2 == 0 { print $1 }')
check "every component is 64-bit" "$not64" ""

# --- where it installs: Program Files (64-bit)\Okna
check "INSTALLDIR is ProgramFiles64Folder\\Okna" \
    "$(rows "$msi" Directory | awk -F'\t' '$1 == "INSTALLDIR" { print $2 "\\" $3 }')" "ProgramFiles64Folder\\Okna"

# --- every staged file in the File table, at its path under INSTALLDIR, and nothing else
rows "$msi" Directory >"$work/directory.tsv"
rows "$msi" Component >"$work/component.tsv"
rows "$msi" File >"$work/file.tsv"
installed=$(awk -F'\t' '
    function longname(n) { sub(/:.*/, "", n); sub(/.*\|/, "", n); return n }
    function path(d,   p) {
        if (d == "INSTALLDIR") return ""
        if (d == "" || d == "TARGETDIR") return "OUTSIDE-INSTALLDIR/"
        p = path(parent[d])
        return name[d] == "." ? p : p name[d] "/"
    }
    FILENAME == ARGV[1] { parent[$1] = $2; name[$1] = longname($3); next }
    FILENAME == ARGV[2] { dir[$1] = $3; next }
    { print path(dir[$2]) longname($3) }' "$work/directory.tsv" "$work/component.tsv" "$work/file.tsv" | sort)
expected=$(printf '%s\n' "${staged[@]}" | sort)
if [ "$installed" = "$expected" ]; then
    ok "File table holds exactly the ${#staged[@]} staged files at their paths (okna-client.exe, Qt DLLs, plugins, translations/qt_ru.qm)"
else
    fail "File table differs from the staged tree:"
    diff <(echo "$expected") <(echo "$installed") | sed 's/^/#   /' || true
fi

# --- the files travel inside the MSI: one embedded cabinet whose sequence covers every file
media=$(rows "$msi" Media)
check "one medium, an embedded cabinet (#name) holding file 1..${#staged[@]}" \
    "$(printf '%s\n' "$media" | awk -F'\t' '{ print $1 " " $2 " " substr($4, 1, 1) }')" "1 ${#staged[@]} #"
cabinet=$(printf '%s\n' "$media" | cut -f4)
check "the cabinet stream is a Microsoft cabinet (MSCF)" \
    "$(msiinfo extract "$msi" "${cabinet#\#}" | head -c 4)" MSCF

# --- the Start-menu shortcut
shortcut=$(rows "$msi" Shortcut | awk -F'\t' '$5 == "[INSTALLDIR]okna-client.exe"')
check "one shortcut to [INSTALLDIR]okna-client.exe" "$(printf '%s' "$shortcut" | grep -c . || true)" 1
# Columns: Shortcut Directory_ Name Component_ Target Arguments Description Hotkey Icon_ IconIndex ShowCmd WkDir ...
field() { printf '%s\n' "$shortcut" | cut -f"$1"; } # (cut, not read: read merges empty tab-separated fields)
sc_dir=$(field 2) sc_name=$(field 3) sc_component=$(field 4) sc_icon=$(field 9) sc_wkdir=$(field 12)
check "shortcut folder is in the Start menu (ProgramMenuFolder)" \
    "$(awk -F'\t' -v d="$sc_dir" '$1 == d { print $2 }' "$work/directory.tsv")" ProgramMenuFolder
check "shortcut name" "${sc_name##*|}" Okna
check "shortcut icon" "$sc_icon" OknaClient.ico
check "shortcut works in INSTALLDIR" "$sc_wkdir" INSTALLDIR
sc_keypath=$(awk -F'\t' -v c="$sc_component" '$1 == c && int($4 / 4) % 2 == 1 { print $6 }' "$work/component.tsv")
check "shortcut's component has a registry key path under HKCU" \
    "$(rows "$msi" Registry | awk -F'\t' -v r="$sc_keypath" '$1 == r { print $2 ":" $3 }')" "1:Software\\Okna\\Installer"
check "shortcut's folder is removed on uninstall (RemoveFolder)" \
    "$(rows "$msi" RemoveFile | awk -F'\t' -v c="$sc_component" -v d="$sc_dir" \
        '$2 == c && $3 == "" && $4 == d { print $5 }')" 2
check "shortcut is installed with the product" \
    "$(rows "$msi" FeatureComponents | awk -F'\t' -v c="$sc_component" '$2 == c' | grep -c . || true)" 1

# --- the icon: in the Icon table with the .ico's bytes, and Apps and Features shows it
check "Icon table has OknaClient.ico" "$(rows "$msi" Icon | cut -f1)" OknaClient.ico
if msiinfo extract "$msi" Icon.OknaClient.ico | cmp -s - "$icon"; then
    ok "the Icon stream is the .ico, byte for byte"
else
    fail "the Icon stream differs from $icon"
fi
check "ARPPRODUCTICON" "$(property "$msi" ARPPRODUCTICON)" OknaClient.ico

# --- MajorUpgrade: remove every older version, refuse a newer one
check_upgrade_rows() { # MSI VERSION
    local table
    table=$(rows "$1" Upgrade | sort)
    check "$(basename "$1"): Upgrade table (older: found and removed; newer: detected only)" "$table" \
        "$(printf '%s\t\t%s\t\t1\t\tWIX_UPGRADE_DETECTED\n%s\t%s\t\t\t2\t\tWIX_DOWNGRADE_DETECTED' \
            "$upgrade_code" "$2" "$upgrade_code" "$2" | sort)"
}
check_upgrade_rows "$msi" "$version"
check "a newer version installed stops the install (LaunchCondition)" \
    "$(rows "$msi" LaunchCondition | cut -f1)" "NOT WIX_DOWNGRADE_DETECTED"
sequence=$(rows "$msi" InstallExecuteSequence | awk -F'\t' '{ print $3 "\t" $1 }' | sort -n | cut -f2 | tr '\n' ' ')
case "$sequence" in
*"FindRelatedProducts "*"InstallValidate RemoveExistingProducts InstallInitialize"*)
    ok "RemoveExistingProducts runs right after InstallValidate (old version out before the new one goes in)" ;;
*) fail "InstallExecuteSequence: $sequence" ;;
esac

# --- a newer version: same UpgradeCode, new ProductCode, and the first version falls in its upgrade range
IFS=. read -r major minor patch <<<"$version"
newer=$major.$minor.$((patch + 1))
msi2=$work/okna-client-$newer-x64.msi
build "$msi2" "$newer"
ok "wixl built $(basename "$msi2")"
check "newer: ProductVersion" "$(property "$msi2" ProductVersion)" "$newer"
check "newer: same UpgradeCode" "$(property "$msi2" UpgradeCode)" "$upgrade_code"
code1=$(property "$msi" ProductCode) code2=$(property "$msi2" ProductCode)
if [ -n "$code1" ] && [ -n "$code2" ] && [ "$code1" != "$code2" ]; then
    ok "newer: a different ProductCode ($code1 -> $code2)"
else
    fail "ProductCodes: '$code1' and '$code2'"
fi
check_upgrade_rows "$msi2" "$newer"
if [ "$(printf '%s\n%s\n' "$version" "$newer" | sort -V | head -1)" = "$version" ] && [ "$version" != "$newer" ]; then
    ok "newer: $version lies below its VersionMax $newer, so installing it removes $version"
else
    fail "version order $version / $newer"
fi
# A file keeps its component code from version to version (Guid="*" from its path).
if [ "$(rows "$msi" Component | cut -f1,2 | sort)" = "$(rows "$msi2" Component | cut -f1,2 | sort)" ]; then
    ok "newer: every component keeps its ComponentId"
else
    fail "component codes changed between $version and $newer"
fi

if [ "$failures" -ne 0 ]; then
    echo "tst_msi: $failures check(s) failed"
    exit 1
fi
echo "tst_msi: all checks passed"

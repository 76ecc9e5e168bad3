#!/bin/sh
# Checks the icons resources/ rendered: every hicolor PNG exists at its own pixel size, in RGBA, and
# is not blank (both transparent corners and drawn pixels); the Windows .ico holds each of its
# sizes, the 256 one as PNG.
# Usage: check-icons.sh ICON_DIR ICO_FILE "PNG_SIZES" "ICO_SIZES"
set -eu
icon_dir=$1 ico=$2 png_sizes=$3 ico_sizes=$4
fail() { echo "check-icons: $*" >&2; exit 1; }

for size in $png_sizes; do
    png=$icon_dir/hicolor/${size}x${size}/apps/ru.okna.Client.png
    [ -f "$png" ] || fail "missing $png"
    description=$(file -b "$png")
    case $description in
        "PNG image data, $size x $size, 8-bit/color RGBA"*) ;;
        *) fail "$png: expected a $size x $size RGBA PNG, file says: $description" ;;
    esac
    # The share of fully transparent pixels: the icon has transparent corners around a drawing.
    transparent=$(convert "$png" -alpha extract -threshold 0 -negate -format '%[fx:mean]' info:)
    awk -v t="$transparent" 'BEGIN { exit !(t > 0.01 && t < 0.6) }' ||
        fail "$png: $transparent of the pixels are transparent (blank or no outline?)"
    echo "ok ${size}x${size}: $description, transparent share $transparent"
done

[ -f "$ico" ] || fail "missing $ico"
listing=$(icotool --list "$ico")
for size in $ico_sizes; do
    echo "$listing" | grep -q -- "--width=$size --height=$size --bit-depth=32" ||
        fail "$ico has no 32-bit ${size}x${size} image: $listing"
done
count=$(echo "$listing" | wc -l)
[ "$count" -eq "$(echo $ico_sizes | wc -w)" ] || fail "$ico holds $count images, expected: $ico_sizes"
# The ICO directory: 6 bytes of header, then 16 bytes per image (width 0 means 256; the image's
# offset at byte 12). The 256 image must be PNG (Windows Vista's compressed entry), the others not.
i=0
while [ "$i" -lt "$count" ]; do
    entry=$((6 + 16 * i))
    width=$(od -An -tu1 -j "$entry" -N1 "$ico" | tr -d ' ')
    offset=$(od -An -tu4 --endian=little -j $((entry + 12)) -N4 "$ico" | tr -d ' ')
    magic=$(od -An -tx1 -j "$offset" -N4 "$ico" | tr -d ' ')
    if [ "$width" -eq 0 ]; then
        [ "$magic" = 89504e47 ] || fail "$ico: the 256x256 image is not PNG"
    else
        [ "$magic" != 89504e47 ] || fail "$ico: the ${width}x$width image is PNG, expected a bitmap"
    fi
    i=$((i + 1))
done
echo "ok $ico: $count images ($ico_sizes), 256 as PNG"

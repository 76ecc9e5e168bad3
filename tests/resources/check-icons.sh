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
file -b "$ico" | grep -q "256x256 with.*PNG image data, 256 x 256" || fail "$ico: the 256 image is not PNG: $(file -b "$ico")"
echo "ok $ico: $(file -b "$ico" | tr '\n' ' ')"

#!/bin/sh
# Writes the type-2 AppImage magic "AI\002" into bytes 8-10 of the linked runtime (the ELF header's
# e_ident padding, which the kernel and loaders ignore), and checks it is there.
set -eu
printf 'AI\002' | dd of="$1" bs=1 seek=8 count=3 conv=notrunc status=none
[ "$(dd if="$1" bs=1 skip=8 count=3 status=none | od -An -tx1 | tr -d ' \n')" = 414902 ]

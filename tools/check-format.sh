#!/usr/bin/env bash
# Fails when a C++ file of ours differs from what .clang-format makes of it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mapfile -t files < <(git ls-files -- '*.cpp' '*.h' | grep -E '^(common|server|client|tests|bench)/')
[ ${#files[@]} -eq 0 ] && exit 0
if ! clang-format --dry-run --Werror "${files[@]}" 2>/tmp/okna-format.log; then
    grep -E '^[^ ].*error:' /tmp/okna-format.log | cut -d: -f1 | sort -u | sed 's/^/not formatted: /' >&2
    echo "Run: clang-format -i \$(git ls-files '*.cpp' '*.h')" >&2
    exit 1
fi

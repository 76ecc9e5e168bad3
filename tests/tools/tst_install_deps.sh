#!/usr/bin/env bash
# tools/install-deps.sh on a machine without sudo: as root it installs with apt-get directly; as
# another user with packages missing it names them and stops; it never runs sudo. The commands it
# would run (sudo, apt-get, dpkg-query, id) are stand-ins on PATH that log their calls, so the test
# changes nothing on this machine.
set -euo pipefail
top="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bin" "$work/tools"
cp "$top/tools/install-deps.sh" "$work/tools/"
printf 'okna-present\nokna-missing-one  # a comment\n\nokna-missing-two\n' > "$work/tools/debian-packages.txt"
for command in sudo apt-get; do
    printf '#!/bin/sh\necho "%s $*" >> "%s/calls"\n' "$command" "$work" > "$work/bin/$command"
done
# dpkg-query: only okna-present is installed.
cat > "$work/bin/dpkg-query" <<'STUB'
#!/bin/sh
for last; do :; done
[ "$last" = okna-present ] && printf 'install ok installed'
exit 0
STUB
# id -u: the user the test plays, from FAKE_UID.
printf '#!/bin/sh\necho "${FAKE_UID}"\n' > "$work/bin/id"
chmod +x "$work"/bin/*

fail() { echo "not ok - $*"; exit 1; }

# As root: apt-get directly, the missing packages only, no sudo.
: > "$work/calls"
FAKE_UID=0 PATH="$work/bin:$PATH" bash "$work/tools/install-deps.sh" > "$work/out" 2>&1 || fail "as root: exit $?: $(cat "$work/out")"
grep -q '^apt-get install .* okna-missing-one okna-missing-two$' "$work/calls" || fail "as root: apt-get install not called right: $(cat "$work/calls")"
grep -q 'okna-present' "$work/calls" && fail "as root: an installed package was installed again"
grep -q '^sudo' "$work/calls" && fail "as root: sudo was called"
echo "ok - as root: apt-get installs the missing packages, no sudo"

# Another user: names what is missing, says how, exits non-zero, installs nothing.
: > "$work/calls"
if FAKE_UID=1000 PATH="$work/bin:$PATH" bash "$work/tools/install-deps.sh" > "$work/out" 2>&1; then
    fail "as a user: exited 0 with packages missing"
fi
[ -s "$work/calls" ] && fail "as a user: ran $(cat "$work/calls")"
grep -q 'okna-missing-one okna-missing-two' "$work/out" || fail "as a user: the missing packages are not named: $(cat "$work/out")"
grep -q 'as root, or through sudo' "$work/out" || fail "as a user: no hint how to run it: $(cat "$work/out")"
echo "ok - as a user: the missing packages named, nothing run"

# Nothing missing: exits 0 as anyone, runs nothing.
printf 'okna-present\n' > "$work/tools/debian-packages.txt"
: > "$work/calls"
FAKE_UID=1000 PATH="$work/bin:$PATH" bash "$work/tools/install-deps.sh" > "$work/out" 2>&1 || fail "nothing missing: exit $?"
[ -s "$work/calls" ] && fail "nothing missing: ran $(cat "$work/calls")"
echo "ok - nothing missing: nothing run"

# The README's commands and CI's script call no sudo either.
for script in "$top"/tools/*.sh "$top"/.ci/run; do
    # Comments may say "sudo"; code may not run it.
    if sed -e 's/#.*//' "$script" | grep -nE '(^|[;&|(`[:space:]])sudo([[:space:]]|$)'; then
        fail "$script calls sudo (above)"
    fi
done
echo "ok - no script calls sudo"
echo "tst_install_deps: all checks passed"

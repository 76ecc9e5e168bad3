#!/usr/bin/env bash
# The test command: installs what is missing, builds everything with warnings as errors, and
# runs every test (real PostgreSQL clusters and real okna-server processes over TLS).
#   OKNA_BUILD_DIR   build directory (default: build-tests)
#   OKNA_SANITIZE=ON build with AddressSanitizer + UBSan
set -euo pipefail
top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$top"

tools/install-deps.sh
tools/check-format.sh

build="${OKNA_BUILD_DIR:-$top/build-tests}"
cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
      -DOKNA_BUILD_TESTS=ON -DOKNA_WARNINGS_AS_ERRORS=ON -DOKNA_SANITIZE="${OKNA_SANITIZE:-OFF}" >/dev/null
cmake --build "$build" -j"$(nproc)"
tools/check-translations.sh "$build"

cd "$build"
# A real keychain (Secret Service) for the client tests, when D-Bus is there to carry it.
if command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null; then
    exec dbus-run-session -- bash -c 'echo -n okna | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1;
                                      ctest --output-on-failure --timeout 600 -j2'
fi
exec ctest --output-on-failure --timeout 600 -j2

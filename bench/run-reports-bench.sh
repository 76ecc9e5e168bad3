#!/bin/sh
# Builds okna-server and the reports benchmark, then runs it: its own PostgreSQL cluster and
# server, a million orders, the reports of several periods, and the "Reports" section of
# docs/performance.md. Usage: bench/run-reports-bench.sh [--orders N] [--repeat R]
# Release build; warnings stay warnings there (GCC -O3 reports false maybe-uninitialized in libpqxx).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${OKNA_BENCH_BUILD_DIR:-$root/build-bench}
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DOKNA_BUILD_CLIENT=OFF -DOKNA_BUILD_TESTS=OFF \
      -DOKNA_BUILD_BENCH=ON -DOKNA_WARNINGS_AS_ERRORS=OFF >/dev/null
cmake --build "$build" --target okna-reports-bench okna-server -j"$(nproc)"
exec "$build/bench/okna-reports-bench" "$@"

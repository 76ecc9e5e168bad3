#!/bin/sh
# Builds okna-server and the orders benchmark, then runs it: its own PostgreSQL cluster and
# server, a million orders, the load, and the "Orders" section of docs/performance.md.
# Usage: bench/run-orders-bench.sh [--orders N] [--seconds S] [--connections C] [--warm-up S]
# Release build; warnings stay warnings there (GCC -O3 reports false maybe-uninitialized in libpqxx).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${OKNA_BENCH_BUILD_DIR:-$root/build-bench}
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DOKNA_BUILD_CLIENT=OFF -DOKNA_BUILD_TESTS=OFF \
      -DOKNA_BUILD_BENCH=ON -DOKNA_WARNINGS_AS_ERRORS=OFF >/dev/null
cmake --build "$build" --target okna-orders-bench okna-server -j"$(nproc)"
exec "$build/bench/okna-orders-bench" "$@"

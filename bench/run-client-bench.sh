#!/bin/sh
# Builds the client model benchmark (Release) and runs it: 100,000 orders as GET /orders pages
# into OrdersModel, sorting and filtering through OrderFilterProxy, live events; writes the
# "Client" section of docs/performance.md. No server or database is needed.
# Usage: bench/run-client-bench.sh [--orders N] [--page-size N] [--no-report]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${OKNA_CLIENT_BENCH_BUILD_DIR:-$root/build-client-bench}
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DOKNA_BUILD_CLIENT=ON -DOKNA_BUILD_TESTS=OFF \
      -DOKNA_BUILD_BENCH=ON -DOKNA_WARNINGS_AS_ERRORS=OFF >/dev/null
cmake --build "$build" --target okna-client-model-bench -j"$(nproc)"
exec "$build/bench/okna-client-model-bench" "$@"

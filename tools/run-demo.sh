#!/usr/bin/env bash
# The run command: installs what is missing, builds, fills a demo database and starts the whole
# system on the embedded default (okna-server with its own PostgreSQL), then the client.
#   OKNA_DEMO_DIR  the server's data directory (default: /var/lib/okna-demo as root,
#                  ~/.local/share/okna-demo otherwise)
#   OKNA_LISTEN    where the server listens (default: 127.0.0.1:8443)
#   OKNA_DEMO_LOGIN  who the client logs in as (default: admin; also operator, coordinator,
#                  master1..master5; every demo password is "okna-demo")
set -euo pipefail
top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$top"

tools/install-deps.sh

build="${OKNA_BUILD_DIR:-$top/build}"
cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DOKNA_BUILD_TESTS=OFF \
      -DOKNA_BUILD_BENCH=OFF >/dev/null
cmake --build "$build" -j"$(nproc)"

if [ "$(id -u)" -eq 0 ]; then data="${OKNA_DEMO_DIR:-/var/lib/okna-demo}"; else data="${OKNA_DEMO_DIR:-$HOME/.local/share/okna-demo}"; fi
listen="${OKNA_LISTEN:-127.0.0.1:8443}"
server="$build/server/okna-server"

"$server" --data-dir "$data" seed-demo
log="$(mktemp -t okna-demo-server.XXXXXX.log)"
"$server" --data-dir "$data" --listen "$listen" > >(tee "$log") 2>&1 &
server_pid=$!
trap 'kill -TERM $server_pid 2>/dev/null; wait $server_pid 2>/dev/null || true; rm -f "$log"' EXIT INT TERM

for _ in $(seq 1 60); do
    curl -skf "https://$listen/api/v1/health" >/dev/null 2>&1 && break
    kill -0 $server_pid 2>/dev/null || { echo "okna-server did not start" >&2; exit 1; }
    sleep 0.5
done

# The client pins the demo server's self-signed certificate by its SHA-256 fingerprint (the one
# the server printed) and logs in with the demo password from stdin: no question, no typing.
client="$build/client/okna-client"
fingerprint="$(sed -n 's/.*SHA-256 fingerprint: *\([0-9A-Fa-f:]\{95\}\).*/\1/p' "$log" | tail -n 1)"
if [ -z "$fingerprint" ] && command -v openssl >/dev/null; then
    fingerprint="$(openssl x509 -in "$data/tls/server.crt" -noout -fingerprint -sha256 | cut -d= -f2)"
fi
if [ -x "$client" ] && [ -n "$fingerprint" ] && { [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; }; then
    echo okna-demo | "$client" --server "https://$listen" --login "${OKNA_DEMO_LOGIN:-admin}" --password-stdin \
        --trust-fingerprint "$fingerprint" &
fi
echo "Okna is running at https://$listen (Ctrl+C stops the server and its PostgreSQL)."
wait $server_pid

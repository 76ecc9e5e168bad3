#!/usr/bin/env bash
# Refreshes docs/screenshots/{login,operator,coordinator,master,admin}.png: a demo server on a
# throwaway data directory, the real client under Xvfb in Russian, one login per role.
#   tools/take-screenshots.sh [BUILD_DIR]   (default: build/, as tools/run-demo.sh builds it)
set -euo pipefail
top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$top/build}"
server="$build/server/okna-server"
client="$build/client/okna-client"
shots="$top/docs/screenshots"
listen="127.0.0.1:${OKNA_SCREENSHOT_PORT:-18643}"
display=":${OKNA_SCREENSHOT_DISPLAY:-97}"

work="$(mktemp -d -t okna-shots.XXXXXX)"
chmod 755 "$work" # the embedded PostgreSQL runs as postgres when we are root
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

"$server" --data-dir "$work/data" seed-demo >/dev/null
"$server" --data-dir "$work/data" --listen "$listen" >"$work/server.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 60); do
    curl -skf "https://$listen/api/v1/health" >/dev/null 2>&1 && break
    sleep 0.5
done
fingerprint="$(sed -n 's/.*SHA-256 fingerprint: *\([0-9A-Fa-f:]\{95\}\).*/\1/p' "$work/server.log" | tail -n 1)"

Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
pids+=($!)
sleep 1
export DISPLAY="$display" QT_QPA_PLATFORM=xcb LANG=ru_RU.UTF-8 XDG_CONFIG_HOME="$work/config"

shoot() { # name, then the client's arguments
    local name="$1"
    shift
    "$client" --language ru --server "https://$listen" --trust-fingerprint "$fingerprint" "$@" &
    local client_pid=$!
    sleep "${OKNA_SCREENSHOT_WAIT:-5}"
    import -window root "$shots/$name.png"
    kill -TERM "$client_pid" 2>/dev/null || true
    wait "$client_pid" 2>/dev/null || true
}

mkdir -p "$shots"
shoot login </dev/null
for role in operator coordinator master1 admin; do
    echo okna-demo | shoot "${role%1}" --login "$role" --password-stdin
done
echo "screenshots in $shots"

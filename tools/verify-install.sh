#!/usr/bin/env bash
# Proof that IT can install Okna on a clean Debian 12: builds the .deb packages, checks them with
# lintian, installs them into a fresh debootstrap root, boots it with systemd-nspawn so that the
# real unit starts the server as user okna, then from the host: first admin, login, an order over
# verified HTTPS, /health; an upgrade to a newer package version keeps the order; remove keeps the
# data, purge deletes it. Finally the AppImage check (tools/verify-appimage.sh).
#
#   tools/verify-install.sh        (as root; by hand or in a long CI job, not on every commit)
#
# One line per step; stops at the first failing step with the end of its log; cleans up on exit.
# OKNA_VERIFY_KEEP=1 keeps the work directory (roots, logs: steps.log) for a look afterwards;
# OKNA_VERIFY_CACHE=DIR caches the bootstrapped root and fetched packages elsewhere than
# /var/cache/okna-verify (an empty directory: a cold run, as on a fresh machine).
set -euo pipefail

SOURCE_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD_DIR=${OKNA_PACKAGE_BUILD_DIR:-$SOURCE_DIR/build-package}
BUILD_LOCK=/tmp/okna-build-package.lock
CACHE_DIR=${OKNA_VERIFY_CACHE:-/var/cache/okna-verify}
UPGRADE_VERSION=${OKNA_VERIFY_UPGRADE_VERSION:-}
ADMIN_PASSWORD='verify-Install-1'
START=$(date +%s)

[ "$(id -u)" -eq 0 ] || { echo "run as root (debootstrap, systemd-nspawn)" >&2; exit 1; }

WORK=$(mktemp -d /var/tmp/okna-verify.XXXXXX)
ROOT=$WORK/root
LOG=$WORK/step.log
NSPAWN_PID=
LEADER=

# The script's own stdout and stderr, for the trap: a failing step has its output redirected.
exec 3>&1 4>&2

cleanup() {
    local code=$?
    set +e
    exec 1>&3 2>&4
    if [ "$code" -ne 0 ] && [ -n "$CURRENT_STEP" ]; then
        printf 'FAIL %s (after %ss, exit %s)\n' "$CURRENT_STEP" $(($(date +%s) - STEP_BEGAN)) "$code"
        echo "---- last lines of its output ----"
        tail -n 40 "$LOG"
        echo "----"
    fi
    if [ -n "$NSPAWN_PID" ] && kill -0 "$NSPAWN_PID" 2>/dev/null; then
        # SIGRTMIN+3 asks the container's systemd for a clean poweroff.
        [ -n "$LEADER" ] && kill -s SIGRTMIN+3 "$LEADER" 2>/dev/null
        for _ in $(seq 1 60); do kill -0 "$NSPAWN_PID" 2>/dev/null || break; sleep 0.5; done
        kill -0 "$NSPAWN_PID" 2>/dev/null && kill -s KILL "$NSPAWN_PID" 2>/dev/null
        wait "$NSPAWN_PID" 2>/dev/null
    fi
    # Anything still mounted below the work directory (nothing, normally).
    grep -o " $WORK/[^ ]*" /proc/self/mounts | sort -r | while read -r mount; do umount -l "$mount"; done
    if [ "${OKNA_VERIFY_KEEP:-0}" = 1 ]; then
        echo "kept $WORK"
    else
        rm -rf --one-file-system "$WORK"
    fi
    exit "$code"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

elapsed() { echo $(($(date +%s) - START)); }

# step "what" command...: runs it in this shell (its variables stay set) with errexit on and its
# output in $LOG; one line when it passes. A failing command ends the script, and the EXIT trap
# prints the step's name and the end of its log.
CURRENT_STEP=
step() {
    CURRENT_STEP=$1
    shift
    STEP_BEGAN=$(date +%s)
    "$@" >"$LOG" 2>&1
    printf 'ok   %-66s %4ss\n' "$CURRENT_STEP" $(($(date +%s) - STEP_BEGAN))
    { echo "==== $CURRENT_STEP"; cat "$LOG"; } >>"$WORK/steps.log"
    CURRENT_STEP=
}

# Succeeds when the command fails (`! cmd` would not stop the script under errexit).
fails() {
    if "$@"; then
        return 1
    fi
}

note() { printf '     %s\n' "$*"; }

# ---- host side -----------------------------------------------------------------------------

install_tools() {
    local missing=()
    command -v debootstrap >/dev/null || missing+=(debootstrap)
    command -v systemd-nspawn >/dev/null || missing+=(systemd-container)
    command -v lintian >/dev/null || missing+=(lintian)
    command -v curl >/dev/null || missing+=(curl)
    command -v nsenter >/dev/null || missing+=(util-linux)
    if [ ${#missing[@]} -gt 0 ]; then
        apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
    fi
}

build_packages() {
    flock "$BUILD_LOCK" sh -c "cmake -S '$SOURCE_DIR' -B '$BUILD_DIR' -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DOKNA_BUILD_TESTS=OFF -DOKNA_BUILD_BENCH=OFF -DCMAKE_INSTALL_PREFIX=/usr >/dev/null \
        && cmake --build '$BUILD_DIR' -j2 \
        && cd '$BUILD_DIR' && rm -f okna-server_*.deb okna-client_*.deb && cpack -G DEB"
    mkdir -p "$WORK/debs"
    cp "$BUILD_DIR"/okna-server_*_amd64.deb "$BUILD_DIR"/okna-client_*_amd64.deb "$WORK/debs/"
    ls -l "$WORK/debs"
}

# The same sources, one version higher (cpack -D: the build directory's cache stays as it is).
build_upgrade_packages() {
    flock "$BUILD_LOCK" sh -c "cd '$BUILD_DIR' && cpack -G DEB -D CPACK_PACKAGE_VERSION='$UPGRADE_VERSION' \
        -B '$WORK/upgrade'"
    ls -l "$WORK"/upgrade/okna-*_"$UPGRADE_VERSION"-*_amd64.deb
}

run_lintian() {
    local deb
    for deb in "$WORK"/debs/okna-server_*.deb "$WORK"/debs/okna-client_*.deb; do
        echo "== $deb"
        lintian --fail-on error --display-info "$deb" | tee -a "$WORK/lintian.txt"
    done
}

# The host's first Debian mirror (sources.list or deb822 .sources).
host_mirror() {
    local mirror
    mirror=$(grep -hsE '^deb +(\[[^]]*\] +)?https?://' /etc/apt/sources.list /etc/apt/sources.list.d/*.list |
        sed -E 's/^deb +(\[[^]]*\] +)?//' | awk '$2 ~ /^bookworm$/ {print $1; exit}')
    if [ -z "$mirror" ]; then
        mirror=$(awk '/^URIs:/ {print $2}' /etc/apt/sources.list.d/*.sources 2>/dev/null |
            grep -v -- '-security' | head -n 1)
    fi
    echo "${mirror:-http://deb.debian.org/debian}"
}

# A minimal bookworm with systemd and dbus, from a cached tarball when there is one.
make_root() {
    local mirror tarball
    mirror=$(host_mirror)
    tarball=$CACHE_DIR/bookworm-minbase-systemd-$(echo "$mirror" | md5sum | cut -c1-8).tar
    echo "mirror $mirror"
    mkdir -p "$ROOT"
    if [ -f "$tarball" ]; then
        echo "from cache $tarball"
        tar -C "$ROOT" -xpf "$tarball"
    else
        debootstrap --variant=minbase --include=systemd,systemd-sysv,dbus bookworm "$ROOT" "$mirror"
        # The host's apt sources (main, updates, security), so that the root sees what the host does.
        rm -f "$ROOT/etc/apt/sources.list"
        cp -a /etc/apt/sources.list.d/*.sources "$ROOT/etc/apt/sources.list.d/" 2>/dev/null || true
        [ -f /etc/apt/sources.list ] && grep -E '^deb ' /etc/apt/sources.list >"$ROOT/etc/apt/sources.list" || true
        in_root apt-get update
        rm -rf "$ROOT/var/cache/apt/archives/"*.deb
        mkdir -p "$CACHE_DIR"
        tar -C "$ROOT" -cpf "$tarball.part" . && mv "$tarball.part" "$tarball"
    fi
    echo okna-verify >"$ROOT/etc/hostname"
    # Packages fetched by earlier runs: apt takes them from here instead of the mirror.
    mkdir -p "$CACHE_DIR/archives"
    cp "$CACHE_DIR"/archives/*.deb "$ROOT/var/cache/apt/archives/" 2>/dev/null || true
}

# A command in the root while it is not booted (systemd-nspawn mounts /proc, /dev, /sys itself).
in_root() {
    systemd-nspawn --quiet --register=no --keep-unit --console=pipe -M okna-verify -E DEBIAN_FRONTEND=noninteractive \
        -D "$ROOT" "$@"
}

install_packages() {
    cp "$WORK"/debs/*.deb "$ROOT/var/tmp/"
    # postgresql-15 (for the embedded cluster's programs) would create and start Debian's default
    # cluster "main" on port 5432, which okna does not use; the booted root shares the host's
    # network, so it would take the host's 5432. An administrator may do the same (README).
    mkdir -p "$ROOT/etc/postgresql-common/createcluster.d"
    echo 'create_main_cluster = false' >"$ROOT/etc/postgresql-common/createcluster.d/okna-verify.conf"
    in_root sh -c 'cd /var/tmp && apt-get install -y ./okna-server_*.deb ./okna-client_*.deb'
    cp -n "$ROOT"/var/cache/apt/archives/*.deb "$CACHE_DIR/archives/" 2>/dev/null || true
    in_root dpkg-query -W okna-server okna-client
    # What the package promised: the user, the unit enabled, the conffile.
    in_root getent passwd okna
    test -L "$ROOT/etc/systemd/system/multi-user.target.wants/okna-server.service"
    grep -qx /etc/okna/okna-server.conf "$ROOT/var/lib/dpkg/info/okna-server.conffiles"
    in_root okna-server --version
}

# The client's libraries and Qt's platform plugin resolve in the clean root (no display needed).
check_client_runs() {
    in_root sh -c 'if ldd /usr/bin/okna-client | grep "not found"; then exit 1; fi'
    in_root env QT_QPA_PLATFORM=offscreen okna-client --version
    test -f "$ROOT/usr/share/applications/ru.okna.Client.desktop"
    test -f "$ROOT/usr/share/metainfo/ru.okna.Client.metainfo.xml"
    test -f "$ROOT/usr/share/icons/hicolor/scalable/apps/ru.okna.Client.svg"
}

free_port() {
    local port
    for _ in $(seq 1 50); do
        port=$((20000 + RANDOM % 20000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    return 1
}

configure_listen() {
    PORT=$(free_port)
    sed -i "s/^listen=.*/listen=127.0.0.1:$PORT/" "$ROOT/etc/okna/okna-server.conf"
    grep -n '^listen=' "$ROOT/etc/okna/okna-server.conf"
}

# ---- the booted container -------------------------------------------------------------------

boot_root() {
    # Shares the host's network, so the host reaches 127.0.0.1:PORT.
    systemd-nspawn --quiet -b --register=no --keep-unit --console=read-only -M okna-verify -D "$ROOT" \
        >"$WORK/nspawn.log" 2>&1 </dev/null &
    NSPAWN_PID=$!
    # The container's init is nspawn's child once it runs systemd (before, an intermediate child).
    local child
    for _ in $(seq 1 200); do
        for child in $(pgrep -P "$NSPAWN_PID" || true); do
            [ "$(cat "/proc/$child/comm" 2>/dev/null)" = systemd ] && LEADER=$child
        done
        [ -n "$LEADER" ] && break
        sleep 0.1
    done
    [ -n "$LEADER" ] || { cat "$WORK/nspawn.log"; return 1; }
    echo "nspawn $NSPAWN_PID, container init $LEADER"
    # systemd answers once it is up; is-system-running waits for the boot to finish.
    for _ in $(seq 1 120); do
        timeout 10 nsenter --target "$LEADER" --mount --pid -- true || { sleep 1; continue; }
        timeout 60 nsenter --target "$LEADER" --mount --uts --ipc --net --pid --cgroup --root --wd=/ -- \
            systemctl is-system-running --wait 2>/dev/null && return 0
        state=$(inside systemctl is-system-running 2>/dev/null || true)
        case "$state" in running | degraded) inside systemctl --failed --no-pager || true; return 0 ;; esac
        sleep 1
    done
    cat "$WORK/nspawn.log"
    return 1
}

# A command in the booted container: its namespaces and root, a clean environment.
inside() {
    nsenter --target "$LEADER" --mount --uts --ipc --net --pid --cgroup --root --wd=/ -- \
        env -i -C / PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
        DEBIAN_FRONTEND=noninteractive "$@"
}

api() { # METHOD PATH [BODY]: prints the body, then the status on its own last line
    local method=$1 path=$2 body=${3:-}
    local args=(-sS --max-time 20 --cacert "$WORK/server.crt" -X "$method" -w '\n%{http_code}\n'
        -H 'Content-Type: application/json' -H 'Accept-Language: en')
    [ -n "${TOKEN:-}" ] && args+=(-H "Authorization: Bearer $TOKEN")
    [ -n "$body" ] && args+=(--data "$body")
    curl "${args[@]}" "https://127.0.0.1:$PORT/api/v1$path"
}

status_of() { tail -n 1 <<<"$1"; }
body_of() { sed '$d' <<<"$1"; }
# The first top-level number or string of KEY in a JSON object (our answers: flat enough).
json_number() { grep -o "\"$2\":[0-9]*" <<<"$1" | head -n 1 | cut -d: -f2; }
json_string() { grep -o "\"$2\":\"[^\"]*\"" <<<"$1" | head -n 1 | cut -d'"' -f4; }

wait_for_service() {
    local previous_pid=${1:-}
    for _ in $(seq 1 120); do
        if inside systemctl is-active --quiet okna-server.service; then
            MAIN_PID=$(inside systemctl show -p MainPID --value okna-server.service)
            if [ "$MAIN_PID" != 0 ] && [ "$MAIN_PID" != "$previous_pid" ]; then
                cp "$ROOT/var/lib/okna/tls/server.crt" "$WORK/server.crt" 2>/dev/null &&
                    [ "$(status_of "$(api GET /health 2>/dev/null || true)")" = 200 ] && {
                    echo "okna-server.service active, main pid $MAIN_PID (in the container)"
                    return 0
                }
            fi
        fi
        sleep 1
    done
    inside systemctl status --no-pager okna-server.service || true
    inside journalctl -u okna-server --no-pager | tail -n 30 || true
    return 1
}

check_runs_as_okna() {
    local user
    user=$(inside ps -o user= -p "$MAIN_PID")
    echo "okna-server (pid $MAIN_PID) runs as $user"
    [ "$user" = okna ]
    # The embedded PostgreSQL too, in the service's own cgroup.
    inside ps -o user=,args= -u okna | grep -E 'postgres' | head -n 3
    inside ps -o user= -C postgres | sort -u | grep -qx okna
    [ -z "$(inside ps -o user= -C postgres | grep -vx okna || true)" ]
    inside systemctl show -p LimitNOFILE -p User -p ProtectSystem okna-server.service
    inside grep 'Max open files' "/proc/$MAIN_PID/limits"
}

check_first_log() {
    inside journalctl -u okna-server --no-pager -o cat >"$WORK/journal.txt"
    cat "$WORK/journal.txt"
    FINGERPRINT=$(sed -n 's/.*SHA-256 fingerprint: \([0-9A-Fa-f:]*\).*/\1/p' "$WORK/journal.txt" | head -n 1)
    HINT=$(sed -n 's/.*No administrator exists yet\. Create the first one.* with: \(.*\) (it reads the password from stdin).*/\1/p' \
        "$WORK/journal.txt" | head -n 1)
    [ -n "$FINGERPRINT" ]
    [ -n "$HINT" ]
    # The fingerprint is that of the certificate the clients get.
    local actual
    actual=$(openssl x509 -in "$WORK/server.crt" -noout -fingerprint -sha256 | cut -d= -f2)
    echo "logged $FINGERPRINT, certificate $actual"
    [ "$(tr -d : <<<"$FINGERPRINT" | tr a-f A-F)" = "$(tr -d : <<<"$actual" | tr a-f A-F)" ]
}

create_first_admin() {
    echo "as the log says: $HINT"
    printf '%s\n' "$ADMIN_PASSWORD" | inside sh -c "$HINT"
}

login_and_create_order() {
    local answer
    answer=$(api POST /auth/login "{\"login\":\"admin\",\"password\":\"$ADMIN_PASSWORD\"}")
    echo "$answer"
    [ "$(status_of "$answer")" = 200 ]
    TOKEN=$(json_string "$(body_of "$answer")" token)
    [ -n "$TOKEN" ]
    answer=$(api POST /locations '{"name":"Центральный"}')
    echo "$answer"
    [ "$(status_of "$answer")" = 201 ]
    local location
    location=$(json_number "$(body_of "$answer")" id)
    answer=$(api POST /orders "{\"client_name\":\"Проверкин Иван\",\"phone\":\"8 912 345 67 89\",\
\"address\":\"ул. Садовая, д. 12, кв. 3\",\"location_id\":$location,\"comment\":\"verify-install\"}")
    echo "$answer"
    [ "$(status_of "$answer")" = 201 ]
    ORDER_ID=$(json_number "$(body_of "$answer")" id)
    ORDER_NUMBER=$(json_number "$(body_of "$answer")" number)
    [ -n "$ORDER_ID" ]
    echo "order id $ORDER_ID, number $ORDER_NUMBER"
}

check_health() {
    local answer
    answer=$(api GET /health)
    echo "$answer"
    [ "$(status_of "$answer")" = 200 ]
    grep -q '"status":"ok"' <<<"$answer"
}

# Backups as README tells IT to make them: from the client (POST /backups, pg_dump run by the
# sandboxed service) and on the command line as user okna (e.g. from cron).
check_backups() {
    local answer
    answer=$(api POST /backups)
    echo "$answer"
    [ "$(status_of "$answer")" = 202 ]
    for _ in $(seq 1 120); do
        answer=$(api GET /backups)
        grep -q '"status":"running"' <<<"$answer" || break
        sleep 1
    done
    echo "$answer"
    grep -q '"status":"verified"' <<<"$answer"
    fails grep -q '"status":"failed"' <<<"$answer"
    inside runuser -u okna -- okna-server --config /etc/okna/okna-server.conf backup
    ls -l "$ROOT/var/lib/okna/backups"
    [ "$(find "$ROOT/var/lib/okna/backups" -type f | wc -l)" -ge 2 ]
}

upgrade_inside() {
    cp "$WORK"/upgrade/okna-*_"$UPGRADE_VERSION"-*_amd64.deb "$ROOT/var/tmp/"
    OLD_PID=$MAIN_PID
    inside sh -c "cd /var/tmp && apt-get install -y -o Dpkg::Options::=--force-confold \
        ./okna-server_${UPGRADE_VERSION}-*_amd64.deb ./okna-client_${UPGRADE_VERSION}-*_amd64.deb"
    inside dpkg-query -W okna-server okna-client
    inside dpkg-query -W -f '${Version}' okna-server | grep -q "^$UPGRADE_VERSION-"
    # The administrator's listen= survived the upgrade (a conffile).
    grep -qx "listen=127.0.0.1:$PORT" "$ROOT/etc/okna/okna-server.conf"
}

check_order_kept() {
    local answer
    answer=$(api GET "/orders/$ORDER_ID")
    echo "$answer"
    [ "$(status_of "$answer")" = 200 ]
    grep -q '"client_name":"Проверкин Иван"' <<<"$answer"
    grep -q '"phone":"+79123456789"' <<<"$answer"
    [ "$(json_number "$(body_of "$answer")" number)" = "$ORDER_NUMBER" ]
    # The first-admin hint was logged by the first start only: an admin exists now.
    [ "$(inside journalctl -u okna-server --no-pager -o cat | grep -c 'No administrator exists yet')" = 1 ]
    inside journalctl -u okna-server --no-pager -o cat | grep -E 'listening on|fingerprint|migration'
}

remove_keeps_data() {
    inside apt-get remove -y okna-server
    fails inside systemctl is-active --quiet okna-server.service
    fails inside pgrep -u okna postgres
    test -f "$ROOT/var/lib/okna/postgres/PG_VERSION"
    test -f "$ROOT/var/lib/okna/tls/server.crt"
    test -f "$ROOT/etc/okna/okna-server.conf"
    ls -la "$ROOT/var/lib/okna"
}

purge_deletes_data() {
    inside apt-get purge -y okna-server
    test ! -e "$ROOT/var/lib/okna"
    test ! -e "$ROOT/etc/okna/okna-server.conf"
    fails inside dpkg -s okna-server
    echo "/var/lib/okna and /etc/okna/okna-server.conf are gone; user okna: $(inside getent passwd okna || echo removed)"
}

shutdown_root() {
    inside systemctl poweroff --no-block || kill -s SIGRTMIN+3 "$LEADER"
    for _ in $(seq 1 60); do
        kill -0 "$NSPAWN_PID" 2>/dev/null || break
        sleep 0.5
    done
    if kill -0 "$NSPAWN_PID" 2>/dev/null; then
        return 1
    fi
    wait "$NSPAWN_PID" || true
    NSPAWN_PID=
}

# ---- the AppImage ---------------------------------------------------------------------------

build_appimage() {
    flock "$BUILD_LOCK" cmake --build "$BUILD_DIR" -j2 --target appimage
    APPIMAGE=$(ls -t "$BUILD_DIR"/okna-client-*-x86_64.AppImage "$BUILD_DIR"/*/okna-client-*-x86_64.AppImage \
        2>/dev/null | head -n 1 || true)
    [ -n "$APPIMAGE" ]
    ls -l "$APPIMAGE"
}

# ---- the run --------------------------------------------------------------------------------

echo "okna verify-install: work directory $WORK"
step "tools: debootstrap, systemd-container, lintian, curl" install_tools
step "build $BUILD_DIR and cpack -G DEB" build_packages
VERSION=$(dpkg-deb -f "$WORK"/debs/okna-server_*.deb Version)
if [ -z "$UPGRADE_VERSION" ]; then
    # One patch level above the built version.
    base=${VERSION%-*}
    UPGRADE_VERSION=${base%.*}.$((${base##*.} + 1))
fi
note "okna-server $VERSION, okna-client $(dpkg-deb -f "$WORK"/debs/okna-client_*.deb Version)"
step "lintian: no errors in okna-server and okna-client" run_lintian
note "lintian: $(grep -c '^W: ' "$WORK/lintian.txt" || true) warning(s), $(grep -c '^I: ' "$WORK/lintian.txt" || true) info(s)"
step "clean Debian 12 root (debootstrap --variant=minbase, systemd, dbus)" make_root
step "apt-get install ./okna-server_*.deb ./okna-client_*.deb in the root" install_packages
step "okna-client --version in the root (offscreen), desktop entry, icon" check_client_runs
step "conffile: listen on 127.0.0.1 at a free port" configure_listen
note "port $PORT"
step "boot the root (systemd-nspawn -b --register=no --keep-unit)" boot_root
step "okna-server.service active and /health answers over verified TLS" wait_for_service
step "the service and its embedded PostgreSQL run as user okna" check_runs_as_okna
step "journalctl -u okna-server: fingerprint and first-admin hint" check_first_log
note "fingerprint $FINGERPRINT"
step "create-user as the log says (password on stdin)" create_first_admin
step "login as admin, create an order over HTTPS" login_and_create_order
step "GET /api/v1/health answers 200" check_health
step "backups: POST /backups (verified) and okna-server backup as okna" check_backups
step "build okna-* $UPGRADE_VERSION (cpack -D CPACK_PACKAGE_VERSION)" build_upgrade_packages
step "apt-get install the $UPGRADE_VERSION packages (upgrade)" upgrade_inside
step "okna-server.service restarted by the upgrade" wait_for_service "$OLD_PID"
step "order $ORDER_ID still there after the upgrade" check_order_kept
step "apt-get remove okna-server: service stopped, data kept" remove_keeps_data
step "apt-get purge okna-server: /var/lib/okna deleted" purge_deletes_data
step "shut the container down" shutdown_root

if flock "$BUILD_LOCK" cmake --build "$BUILD_DIR" --target help 2>/dev/null | grep -q '^appimage:'; then
    step "cmake --build --target appimage" build_appimage
    if [ -x "$SOURCE_DIR/tools/verify-appimage.sh" ]; then
        printf -- '---- tools/verify-appimage.sh %s\n' "$APPIMAGE"
        # Its own lines go straight out; a failure ends this script like a failed step.
        CURRENT_STEP="tools/verify-appimage.sh $APPIMAGE"
        LOG=/dev/null
        STEP_BEGAN=$(date +%s)
        "$SOURCE_DIR/tools/verify-appimage.sh" "$APPIMAGE"
        CURRENT_STEP=
        printf -- '---- tools/verify-appimage.sh passed\n'
    else
        note "SKIPPED: tools/verify-appimage.sh is missing"
    fi
else
    note "SKIPPED the AppImage: the build has no 'appimage' target (installer/appimage/)"
fi

echo "sizes:"
for deb in "$WORK"/debs/*.deb ${APPIMAGE:+"$APPIMAGE"}; do
    printf '     %-45s %8s KiB\n' "$(basename "$deb")" $(($(stat -c %s "$deb") / 1024))
done
echo "verify-install passed in $(elapsed) s"

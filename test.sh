#!/usr/bin/env bash
# Runs every test of MED-portalen on a fresh Debian/Ubuntu machine that has the .NET SDK and Node.
#
#   ./test.sh                      all tests (Release)
#   ./test.sh --filter Category=X  extra arguments go to `dotnet test`
#
# Installs Chromium, PostgreSQL and Redis with apt when they are missing (needs root or passwordless
# sudo), starts a throw-away PostgreSQL cluster and Redis server on 127.0.0.1 for the duration of the
# run and removes them afterwards, whatever the outcome. Exits with the exit code of `dotnet test`.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"

CHROMIUM=/usr/bin/chromium
PG_FIRST_PORT=55432

log() { printf 'test.sh: %s\n' "$*" >&2; }
die() { printf 'test.sh: ERROR: %s\n' "$*" >&2; exit 1; }

# ---------------------------------------------------------------- system packages

SUDO=()
can_install() {
  if [ "$(id -u)" -eq 0 ]; then
    SUDO=()
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO=(sudo -n)
  else
    return 1
  fi
  command -v apt-get >/dev/null 2>&1
}

APT_UPDATED=0
apt_install() {
  if ! can_install; then
    die "missing $*; install it with: sudo apt-get install -y $* (this script needs root or passwordless sudo and apt-get to do it itself)"
  fi
  if [ "$APT_UPDATED" -eq 0 ]; then
    log "apt-get update"
    "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q || die "apt-get update failed"
    APT_UPDATED=1
  fi
  log "apt-get install -y $*"
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" \
    || die "apt-get install $* failed"
}

find_pg_bin() {
  local initdb dir
  initdb=$(command -v initdb 2>/dev/null || true)
  if [ -n "$initdb" ]; then
    dir=$(dirname "$(readlink -f "$initdb")")
    if [ -x "$dir/pg_ctl" ] && [ -x "$dir/postgres" ]; then
      printf '%s\n' "$dir"
      return 0
    fi
  fi
  # Debian/Ubuntu keep the server binaries off PATH; take the newest version.
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && [ -x "$dir/postgres" ]; then
      printf '%s\n' "$dir"
      return 0
    fi
  done
  return 1
}

ensure_prerequisites() {
  command -v dotnet >/dev/null 2>&1 || die "the .NET SDK (dotnet) is not on PATH"
  command -v npm >/dev/null 2>&1 || die "Node.js/npm is not on PATH (the theme build runs npm ci)"

  if [ ! -x "$CHROMIUM" ]; then
    apt_install chromium
    [ -x "$CHROMIUM" ] || die "$CHROMIUM is still missing after installing chromium"
  fi

  if ! PG_BIN=$(find_pg_bin); then
    apt_install postgresql
    PG_BIN=$(find_pg_bin) || die "PostgreSQL server binaries (initdb, pg_ctl, postgres) not found after installing postgresql"
  fi
  log "PostgreSQL binaries: $PG_BIN"

  if ! command -v redis-server >/dev/null 2>&1; then
    apt_install redis-server
    command -v redis-server >/dev/null 2>&1 || die "redis-server is still missing after installing redis-server"
  fi
}

# ---------------------------------------------------------------- throw-away PostgreSQL

PG_DIR=""
PG_PORT=""
PG_AS=()

# Run a PostgreSQL program (as the postgres user when we are root) from inside the cluster's
# directory, so it never needs access to the current directory.
pg() { (cd "$PG_DIR" && "${PG_AS[@]}" "$@"); }

port_in_use() {
  # Something accepts connections on the port (IPv4 loopback)?
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

start_postgres() {
  PG_DIR=$(mktemp -d "${TMPDIR:-/tmp}/portal-pg.XXXXXX")
  if [ "$(id -u)" -eq 0 ]; then
    # PostgreSQL refuses to run as root: run it as the postgres system user.
    if ! id postgres >/dev/null 2>&1; then
      useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin postgres \
        || die "cannot create the postgres system user"
    fi
    chown postgres: "$PG_DIR"
    PG_AS=(runuser -u postgres --)
  fi
  chmod 700 "$PG_DIR"

  local locale=C
  if locale -a 2>/dev/null | grep -qixE 'c\.utf-?8'; then locale=C.UTF-8; fi
  pg "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 --locale="$locale" \
    >"$PG_DIR/initdb.log" 2>&1 || { cat "$PG_DIR/initdb.log" >&2; die "initdb failed"; }

  local port=$PG_FIRST_PORT tries=0
  while :; do
    tries=$((tries + 1))
    [ "$tries" -le 50 ] || die "no free port for PostgreSQL in $PG_FIRST_PORT..$((PG_FIRST_PORT + 49))"
    if port_in_use "$port"; then port=$((port + 1)); continue; fi
    # Loopback only, socket in our own directory, tuned for a disposable test database.
    if pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 start -o "\
-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories='$PG_DIR' \
-c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off \
-c log_min_messages=warning" >/dev/null; then
      break
    fi
    # Lost a race for the port (or another failure): show why and try the next port.
    tail -n 5 "$PG_DIR/server.log" >&2 2>/dev/null || true
    port=$((port + 1))
  done
  PG_PORT=$port
  log "PostgreSQL started on 127.0.0.1:$PG_PORT (data in $PG_DIR)"
}

stop_postgres() {
  [ -n "$PG_DIR" ] || return 0
  if [ -f "$PG_DIR/data/postmaster.pid" ]; then
    pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w -t 30 stop >/dev/null 2>&1 \
      || pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate -w -t 30 stop >/dev/null 2>&1 \
      || log "could not stop PostgreSQL in $PG_DIR"
  fi
  rm -rf "$PG_DIR"
  log "PostgreSQL stopped and removed"
  PG_DIR=""
}

# ---------------------------------------------------------------- throw-away Redis

REDIS_DIR=""
REDIS_PORT=""

start_redis() {
  REDIS_DIR=$(mktemp -d "${TMPDIR:-/tmp}/portal-redis.XXXXXX")
  for port in $(seq 56379 56399); do
    if redis-server --port "$port" --bind 127.0.0.1 --dir "$REDIS_DIR" --save "" --appendonly no \
        --daemonize yes --pidfile "$REDIS_DIR/redis.pid" --logfile "$REDIS_DIR/redis.log" >/dev/null 2>&1; then
      for _ in $(seq 1 50); do
        if [ -s "$REDIS_DIR/redis.pid" ] && (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
          REDIS_PORT=$port
          log "Redis on 127.0.0.1:$REDIS_PORT"
          return 0
        fi
        sleep 0.1
      done
    fi
  done
  cat "$REDIS_DIR/redis.log" >&2 2>/dev/null || true
  die "could not start Redis"
}

stop_redis() {
  [ -n "$REDIS_DIR" ] || return 0
  if [ -s "$REDIS_DIR/redis.pid" ]; then
    kill "$(cat "$REDIS_DIR/redis.pid")" 2>/dev/null || true
  fi
  rm -rf "$REDIS_DIR"
  log "Redis stopped and removed"
  REDIS_DIR=""
}

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  stop_redis || true
  stop_postgres || true
  exit "$rc"
}

# ---------------------------------------------------------------- tests

run_tests() {
  local log rc
  log=$(mktemp "${TMPDIR:-/tmp}/portal-test.XXXXXX.log")
  set +e
  dotnet test Portal.sln -c Release "$@" 2>&1 | tee "$log"
  rc=${PIPESTATUS[0]}
  set -e
  # One line with the totals over all test projects (dotnet test prints one summary per project).
  awk '
    /(Passed|Failed)! +- +Failed: +[0-9]+, +Passed: +[0-9]+, +Skipped: +[0-9]+/ {
      line = $0
      sub(/.*Failed: +/, "", line); f += line + 0
      line = $0; sub(/.*Passed: +/, "", line); p += line + 0
      line = $0; sub(/.*Skipped: +/, "", line); s += line + 0
      n++
    }
    END { if (n > 0) printf "\n%d test projects\nTotal: %d passed, %d failed, %d skipped\n", n, p, f, s }
  ' "$log"
  rm -f "$log"
  return "$rc"
}

main() {
  export DOTNET_CLI_TELEMETRY_OPTOUT=1
  export DOTNET_NOLOGO=1
  export DOTNET_CLI_UI_LANGUAGE=en

  ensure_prerequisites

  trap cleanup EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  start_postgres
  start_redis

  export PORTAL_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres"
  export PORTAL_TEST_REDIS="127.0.0.1:$REDIS_PORT"
  export PORTAL_TEST_CHROMIUM="$CHROMIUM"

  local rc=0
  run_tests "$@" || rc=$?
  exit "$rc"
}

main "$@"

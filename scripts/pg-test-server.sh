#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server on loopback for the test suite and prints
# its URL on stdout (all other output goes to stderr):
#
#   url=$(bash scripts/pg-test-server.sh start /tmp/wgp-pg)   # → postgres://portal:portal@127.0.0.1:PORT/portal
#   TEST_POSTGRES_URL=$url npm test
#   bash scripts/pg-test-server.sh stop /tmp/wgp-pg
#
# Needs Debian's PostgreSQL server binaries (apt-get install postgresql); the
# cluster Debian itself may run is not touched. As root, the server runs as the
# user `postgres` (created when missing). Data is thrown away on stop.
set -euo pipefail

action=${1:-}
dir=$(realpath -m "${2:-/tmp/wgp-pg}")
cd / # the server user may not be allowed into the caller's folder

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bindir" ] || [ ! -x "$bindir/pg_ctl" ]; then
  echo "PostgreSQL server binaries not found (apt-get install postgresql)." >&2
  exit 2
fi

as_root() { [ "$(id -u)" = 0 ]; }
as_owner() {
  if as_root; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$action" in
  start)
    if as_root && ! id postgres >/dev/null 2>&1; then
      useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
    fi
    if [ -f "$dir/data/postmaster.pid" ]; then
      as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    mkdir -p "$dir"
    if as_root; then chown postgres: "$dir"; fi
    # A free port on loopback, from 55432 upwards.
    port=55432
    while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
    printf 'portal\n' >"$dir/pwfile"
    if as_root; then chown postgres: "$dir/pwfile"; fi
    # C.UTF-8: text sorts by code point, as in SQLite; lower/upper know non-ASCII letters.
    as_owner "$bindir/initdb" -D "$dir/data" --username=portal --pwfile="$dir/pwfile" \
      --auth-local=trust --auth-host=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
      { cat "$dir/initdb.log" >&2; exit 1; }
    # A test server only: no durability needed, so no fsync.
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    as_owner "$bindir/createdb" -h "$dir" -p "$port" -U portal portal
    echo "postgres://portal:portal@127.0.0.1:$port/portal"
    ;;
  stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
      as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start|stop [dir]" >&2
    exit 2
    ;;
esac

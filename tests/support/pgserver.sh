#!/usr/bin/env bash
# A throwaway PostgreSQL 15 server for the tests, on a Unix socket in DIR (no TCP port):
#   tests/support/pgserver.sh start DIR    initdb + pg_ctl start (about a second)
#   tests/support/pgserver.sh stop DIR     stops it and removes DIR
# CTest runs these as the setup and cleanup fixtures of every test that needs a server, so the
# server is stopped whatever the tests do. As root, the server runs as the "postgres" user
# (initdb refuses root); otherwise as the current user.
set -euo pipefail

action=${1:?start or stop}
dir=${2:?DIR}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bin" ] || [ ! -x "$bin/pg_ctl" ]; then
    echo "PostgreSQL is not installed (Debian: postgresql); packaging/build.sh test installs it" >&2
    exit 1
fi

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

stop() {
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
}

case "$action" in
    start)
        stop # a server left over by an interrupted run
        mkdir -p "$dir"
        [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
        as_owner "$bin/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 \
            >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
        as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 start \
            -o "-k $dir -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
            >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
        echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on $dir"
        ;;
    stop)
        stop
        ;;
    *)
        echo "usage: $0 start|stop DIR" >&2
        exit 2
        ;;
esac

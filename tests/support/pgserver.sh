#!/usr/bin/env bash
# A throwaway PostgreSQL 15 server for the tests, on a Unix socket in DIR (no TCP port unless
# --tls):
#   tests/support/pgserver.sh start DIR    initdb + pg_ctl start (about a second)
#   tests/support/pgserver.sh start DIR --tls CERT KEY --port N
#                                          the same, also listening on TCP 127.0.0.1:N with
#                                          TLS only (ssl=on with CERT and KEY, copied into DIR
#                                          for the server's user; hostssl, trust); the socket
#                                          stays, named for port N
#   tests/support/pgserver.sh stop DIR     stops it and removes DIR
#   tests/support/pgserver.sh halt DIR     kills it at once (as a crash would), keeping its data
#   tests/support/pgserver.sh resume DIR   starts it again on its data
#   tests/support/pgserver.sh pause DIR    freezes every process of it (SIGSTOP): a server that
#                                          stops answering without closing a connection
#   tests/support/pgserver.sh unpause DIR  lets it go on (SIGCONT)
# CTest runs these as the setup and cleanup fixtures of every test that needs a server, so the
# server is stopped whatever the tests do. Logins are trusted, except those of members of the
# role jcr_password_login, which must give their password (SCRAM): the tests of the keyring
# and ~/.pgpass use such a login to see that the password really reached the server. As root, the server runs as the "postgres" user
# (initdb refuses root); otherwise as the current user.
set -euo pipefail

action=${1:?start or stop}
dir=${2:?DIR}
shift 2
tls_cert='' tls_key='' port=''
while [ $# -gt 0 ]; do
    case "$1" in
        --tls)
            tls_cert=${2:?--tls CERT KEY}
            tls_key=${3:?--tls CERT KEY}
            shift 3
            ;;
        --port)
            port=${2:?--port N}
            shift 2
            ;;
        *)
            echo "unknown option $1" >&2
            exit 2
            ;;
    esac
done
if [ -n "$tls_cert" ] && [ -z "$port" ]; then
    echo "--tls needs --port N" >&2
    exit 2
fi
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
        # A server left paused (a test that failed before "unpause") cannot act on the stop
        # signal: it would outlive the removal of its folder.
        signal_all CONT
        as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
}

launch() {
    # The TCP and TLS settings of "start" are kept in DIR, so that "resume" starts the same.
    local network="-c listen_addresses=''"
    [ -f "$dir/network.conf" ] && network=$(cat "$dir/network.conf")
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 start \
        -o "-k $dir $network -c fsync=off -c full_page_writes=off -c max_connections=200" \
        >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
}

# TLS on 127.0.0.1 only: the certificate and key copied where the server's user owns them
# (PostgreSQL refuses a key others may read), and TCP connections without TLS refused.
setup_tls() {
    install -m 0644 "$tls_cert" "$dir/server.crt"
    install -m 0600 "$tls_key" "$dir/server.key"
    if [ "$(id -u)" -eq 0 ]; then chown postgres "$dir/server.crt" "$dir/server.key"; fi
    printf '%s\n' 'local   all all              trust' 'hostssl all all 127.0.0.1/32 trust' \
        >"$dir/data/pg_hba.conf"
    echo "-c listen_addresses=127.0.0.1 -c port=$port -c ssl=on" \
        "-c ssl_cert_file=$dir/server.crt -c ssl_key_file=$dir/server.key" >"$dir/network.conf"
}

signal_all() {
    local pid
    pid=$(head -n 1 "$dir/data/postmaster.pid")
    kill "-$1" "$pid" $(pgrep -P "$pid") 2>/dev/null || true
}

case "$action" in
    start)
        stop # a server left over by an interrupted run
        mkdir -p "$dir"
        [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
        as_owner "$bin/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 \
            >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
        if [ -n "$tls_cert" ]; then
            setup_tls
        elif [ -n "$port" ]; then
            echo "-c listen_addresses='' -c port=$port" >"$dir/network.conf"
        fi
        # The first matching line decides: members of jcr_password_login need a password.
        hba="$dir/data/pg_hba.conf"
        { echo "local all +jcr_password_login scram-sha-256"; cat "$hba"; } >"$hba.new"
        mv "$hba.new" "$hba"
        [ "$(id -u)" -eq 0 ] && chown postgres "$hba"
        launch
        as_owner "$bin/psql" -h "$dir" -p "${port:-5432}" -U postgres -d postgres -q -v ON_ERROR_STOP=1 \
            -c "CREATE ROLE jcr_password_login NOLOGIN" >/dev/null
        echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on $dir"
        ;;
    stop)
        stop
        ;;
    halt)
        as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null
        ;;
    resume)
        launch
        ;;
    pause)
        signal_all STOP
        ;;
    unpause)
        signal_all CONT
        ;;
    *)
        echo "usage: $0 start|stop|halt|resume|pause|unpause DIR [--tls CERT KEY] [--port N]" >&2
        exit 2
        ;;
esac

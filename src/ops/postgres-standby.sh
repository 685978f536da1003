#!/usr/bin/env bash
# A PostgreSQL primary with a streaming standby, of their own, beside the machine's server: what the
# reporting datasource reads in production, made on this machine for the tests (as root, through the
# postgres system user; the machine's own cluster is left alone).
#   postgres-standby.sh ensure [DBNAME]   primary on $HOTLINE_PAIR_PORT (5442), standby on +1 (5443),
#                                         a fresh DBNAME on the primary; prints HOTLINE_PAIR_* lines
#   postgres-standby.sh stop-standby      stops only the standby (to test the fallback)
#   postgres-standby.sh start-standby     starts it again
#   postgres-standby.sh stop              stops both
set -euo pipefail
source "$(dirname "$0")/common.sh"

pair_dir="$HOTLINE_STATE_DIR/pg-pair"
primary_port="${HOTLINE_PAIR_PORT:-5442}"
standby_port=$((primary_port + 1))
db_name="${2:-hotline_pair}"

pg_bin() {
    local bin
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    [ -n "$bin" ] || die "missing: the PostgreSQL server binaries (initdb, pg_ctl). Install them: apt-get install postgresql"
    echo "$bin"
}

as_postgres() {
    is_root || die "the standby pair is made as the postgres system user: run as root"
    id postgres >/dev/null 2>&1 || die "missing: the postgres system user (apt-get install postgresql)"
    runuser -u postgres -- "$@"
}

running() { as_postgres "$(pg_bin)/pg_ctl" -D "$1" status >/dev/null 2>&1; }

start_server() {
    local dir=$1 port=$2
    running "$dir" && return 0
    as_postgres "$(pg_bin)/pg_ctl" -D "$dir" -l "$dir.log" -w -t 60 -o "-p $port -k $pair_dir -c listen_addresses=127.0.0.1" start >&2 \
        || { tail -n 20 "$dir.log" >&2; die "PostgreSQL in $dir did not start; see $dir.log"; }
}

stop_server() {
    local dir=$1
    [ -d "$dir" ] && running "$dir" && as_postgres "$(pg_bin)/pg_ctl" -D "$dir" -m fast -w stop >&2
    return 0
}

sql() { psql -h 127.0.0.1 -p "$primary_port" -U postgres -d postgres -v ON_ERROR_STOP=1 -Atqc "$1"; }

ensure() {
    mkdir -p "$pair_dir"
    chown postgres:postgres "$pair_dir"
    if [ ! -f "$pair_dir/primary/PG_VERSION" ]; then
        say "creating a PostgreSQL primary in $pair_dir/primary"
        as_postgres "$(pg_bin)/initdb" -D "$pair_dir/primary" --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
        cat >>"$pair_dir/primary/postgresql.conf" <<CONF
wal_level = replica
max_wal_senders = 5
hot_standby = on
CONF
        echo "host replication all 127.0.0.1/32 trust" >>"$pair_dir/primary/pg_hba.conf"
    fi
    start_server "$pair_dir/primary" "$primary_port"
    sql "do \$\$ begin if not exists (select from pg_roles where rolname = '$HOTLINE_DB_USER') then
           create role \"$HOTLINE_DB_USER\" login createdb password '$HOTLINE_DB_PASSWORD'; end if; end \$\$;"
    if [ ! -f "$pair_dir/standby/PG_VERSION" ]; then
        say "copying it into a streaming standby (pg_basebackup) in $pair_dir/standby"
        as_postgres "$(pg_bin)/pg_basebackup" -h 127.0.0.1 -p "$primary_port" -U postgres -D "$pair_dir/standby" -R -X stream >&2
    fi
    start_server "$pair_dir/standby" "$standby_port"
    sql "drop database if exists \"$db_name\" with (force)"
    sql "create database \"$db_name\" owner \"$HOTLINE_DB_USER\" encoding 'UTF8' template template0"
    echo "HOTLINE_PAIR_PRIMARY_URL=jdbc:postgresql://127.0.0.1:$primary_port/$db_name"
    echo "HOTLINE_PAIR_STANDBY_URL=jdbc:postgresql://127.0.0.1:$standby_port/$db_name"
    echo "HOTLINE_PAIR_USER=$HOTLINE_DB_USER"
    echo "HOTLINE_PAIR_PASSWORD=$HOTLINE_DB_PASSWORD"
}

case "${1:-}" in
    ensure) ensure ;;
    stop-standby) stop_server "$pair_dir/standby" ;;
    start-standby) start_server "$pair_dir/standby" "$standby_port" ;;
    stop) stop_server "$pair_dir/standby"; stop_server "$pair_dir/primary" ;;
    *) die "usage: postgres-standby.sh ensure [DBNAME] | stop-standby | start-standby | stop" ;;
esac

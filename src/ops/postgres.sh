#!/usr/bin/env bash
# Makes sure PostgreSQL answers, the hotline role exists and the named database exists.
#   postgres.sh ensure [DBNAME] [--fresh]   (--fresh drops and recreates the database)
# Prints HOTLINE_DB_* lines on stdout for callers to read.
set -euo pipefail
source "$(dirname "$0")/common.sh"

db_name="$HOTLINE_DB_NAME"
fresh=""
for argument in "${@:2}"; do
    case "$argument" in
        --fresh) fresh="--fresh" ;;
        -*) die "unknown option $argument" ;;
        *) db_name="$argument" ;;
    esac
done

as_app() { PGPASSWORD="$HOTLINE_DB_PASSWORD" psql -h "$HOTLINE_DB_HOST" -p "$HOTLINE_DB_PORT" -U "$HOTLINE_DB_USER" "$@"; }

# A superuser session: trust over TCP as postgres, or peer authentication on the local socket.
as_superuser() {
    if psql -h "$HOTLINE_DB_HOST" -p "$HOTLINE_DB_PORT" -U postgres -d postgres -Atqc 'select 1' >/dev/null 2>&1; then
        psql -h "$HOTLINE_DB_HOST" -p "$HOTLINE_DB_PORT" -U postgres -d postgres "$@"
    elif is_root && id postgres >/dev/null 2>&1; then
        runuser -u postgres -- psql -p "$HOTLINE_DB_PORT" -d postgres "$@"
    else
        return 1
    fi
}

server_answers() {
    local answer
    answer=$(PGPASSWORD="$HOTLINE_DB_PASSWORD" psql -h "$HOTLINE_DB_HOST" -p "$HOTLINE_DB_PORT" -U "$HOTLINE_DB_USER" \
        -d postgres -Atqc 'select 1' 2>&1) && return 0
    # An authentication refusal still means the server is up.
    grep -q -E 'authentication|does not exist|no pg_hba' <<<"$answer"
}

start_local_server() {
    [ "$HOTLINE_DB_HOST" = "127.0.0.1" ] || [ "$HOTLINE_DB_HOST" = "localhost" ] || return 1
    is_root || return 1
    if ! have pg_ctlcluster; then
        apt_install postgresql postgresql-client
    fi
    for version in $(ls /etc/postgresql 2>/dev/null); do
        say "starting PostgreSQL $version"
        pg_ctlcluster --skip-systemctl-redirect "$version" main start >&2 2>&1 || true
    done
    for _ in $(seq 1 30); do server_answers && return 0; sleep 1; done
    return 1
}

ensure() {
    have psql || apt_install postgresql-client
    if ! server_answers; then
        start_local_server || die "PostgreSQL is not answering on $HOTLINE_DB_HOST:$HOTLINE_DB_PORT. Start it (Debian: pg_ctlcluster 15 main start), or set HOTLINE_DB_HOST/HOTLINE_DB_PORT."
    fi
    if ! as_app -d postgres -Atqc 'select 1' >/dev/null 2>&1; then
        say "creating role $HOTLINE_DB_USER"
        case "$HOTLINE_DB_USER$HOTLINE_DB_PASSWORD" in
            *\'*|*\"*) die "HOTLINE_DB_USER and HOTLINE_DB_PASSWORD may not contain quotes" ;;
        esac
        as_superuser -v ON_ERROR_STOP=1 -qc "do \$\$ begin
              if not exists (select from pg_roles where rolname = '$HOTLINE_DB_USER') then
                create role \"$HOTLINE_DB_USER\" login createdb password '$HOTLINE_DB_PASSWORD';
              else
                alter role \"$HOTLINE_DB_USER\" login createdb password '$HOTLINE_DB_PASSWORD';
              end if; end \$\$;" >/dev/null \
            || die "cannot log in to PostgreSQL as $HOTLINE_DB_USER and no superuser access to create it. Create it: CREATE ROLE $HOTLINE_DB_USER LOGIN CREATEDB PASSWORD '...'; then set HOTLINE_DB_USER/HOTLINE_DB_PASSWORD."
        as_app -d postgres -Atqc 'select 1' >/dev/null 2>&1 \
            || die "role $HOTLINE_DB_USER exists but cannot log in over TCP: check pg_hba.conf for $HOTLINE_DB_HOST"
    fi
    if [ "$fresh" = "--fresh" ]; then
        as_app -d postgres -qc "drop database if exists \"$db_name\" with (force)" >/dev/null
    fi
    if [ -z "$(as_app -d postgres -Atqc "select 1 from pg_database where datname = '$db_name'")" ]; then
        say "creating database $db_name"
        as_app -d postgres -v ON_ERROR_STOP=1 -qc "create database \"$db_name\" encoding 'UTF8' template template0" >/dev/null
    fi
    echo "HOTLINE_DB_URL=jdbc:postgresql://$HOTLINE_DB_HOST:$HOTLINE_DB_PORT/$db_name"
    echo "HOTLINE_DB_USER=$HOTLINE_DB_USER"
    echo "HOTLINE_DB_PASSWORD=$HOTLINE_DB_PASSWORD"
}

case "${1:-}" in
    ensure) ensure ;;
    *) die "usage: postgres.sh ensure [DBNAME] [--fresh]" ;;
esac

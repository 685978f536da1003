#!/usr/bin/env bash
# The local Asterisk 22 sandbox, without Docker: Debian sid's asterisk packages installed with
# debootstrap into $HOTLINE_STATE_DIR/asterisk/rootfs and run there with chroot, loaded with the
# configuration in telephony/asterisk/, with the files of telephony/asterisk/sandbox/ (simulated
# agents and citizens) added or put in place of the production ones of the same name.
#   asterisk.sh ensure [--cdr-database NAME]
#                        reuse a running sandbox (pushing changed configuration) or install and start
#                        one; the PBX writes its CDRs into table pbx_cdr of database NAME (kept for
#                        later calls; default HOTLINE_DB_NAME) once that table exists
#   asterisk.sh stop
#   asterisk.sh status
#   asterisk.sh cli "queue show"   a command on the sandbox's console
#   asterisk.sh crash    kill -9 the PBX (fault tests: nothing is said to the adapter)
# ensure prints the adapter's settings (HOTLINE_AMI_*). Secrets are made on first start and kept in
# the state folder, never in git. debootstrap and chroot need root.
set -euo pipefail
source "$(dirname "$0")/../src/ops/common.sh"

rootfs="$HOTLINE_STATE_DIR/asterisk/rootfs"
secrets="$HOTLINE_STATE_DIR/asterisk/secrets"
config_src="$HOTLINE_ROOT/telephony/asterisk"
ami_port=5038 # manager.conf's port
# The PBX's own user, with an id of its own: Debian gives it whatever is free in the rootfs, which
# may be the id of a host account (such as postgres) that the PBX must not act as.
asterisk_id="${HOTLINE_ASTERISK_UID:-64038}"
sandbox_agents="${HOTLINE_SANDBOX_AGENTS:-60}"
mirror="${HOTLINE_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
cdr_target="$HOTLINE_STATE_DIR/asterisk/cdr-database"

answers() { timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$ami_port && head -c 22 <&3" 2>/dev/null | grep -q "Asterisk Call Manager"; }
in_root() { chroot "$rootfs" "$@"; }
as_asterisk() { chroot --userspec=asterisk:asterisk "$rootfs" "$@"; }

need_root() {
    is_root || die "the Asterisk sandbox needs root (debootstrap, chroot): run this as root, or set HOTLINE_AMI_HOST and HOTLINE_AMI_SECRET to use another PBX"
}

install_rootfs() {
    [ -x "$rootfs/usr/sbin/asterisk" ] && return 0
    have debootstrap || apt_install debootstrap
    say "installing Asterisk from Debian sid into $rootfs (about 500 MB, a few minutes)"
    rm -rf "$rootfs.partial"
    mkdir -p "$(dirname "$rootfs")"
    debootstrap --variant=minbase --include=asterisk,asterisk-modules,tzdata sid "$rootfs.partial" "$mirror" \
        >"$HOTLINE_STATE_DIR/asterisk/debootstrap.log" 2>&1 \
        || { tail -n 20 "$HOTLINE_STATE_DIR/asterisk/debootstrap.log" >&2; die "debootstrap of Debian sid failed; see $HOTLINE_STATE_DIR/asterisk/debootstrap.log"; }
    mv "$rootfs.partial" "$rootfs"
}

secret() {
    local file="$secrets/$1"
    if [ ! -s "$file" ]; then
        mkdir -p "$secrets" && chmod 700 "$secrets"
        head -c 24 /dev/urandom | base64 | tr -d '/+=' >"$file"
        chmod 600 "$file"
    fi
    cat "$file"
}

# The configuration as the PBX will read it; prints its checksum.
write_config() {
    local etc="$rootfs/etc/asterisk" staging
    staging="$(mktemp -d)"
    cp "$config_src"/*.conf "$staging/" || return 1
    cp "$config_src"/sandbox/*.conf "$staging/" || return 1
    cat >"$staging/manager-users.conf" <<EOF
[hotline]
secret = $(secret ami-hotline)
deny = 0.0.0.0/0.0.0.0
permit = 127.0.0.1/255.255.255.255
read = system,call,agent,user,cdr
write = call,originate,agent,reporting
writetimeout = 5000

; the sandbox's call generator: places calls (and reads the PBX's version), nothing else
[hotline-callgen]
secret = $(secret ami-callgen)
deny = 0.0.0.0/0.0.0.0
permit = 127.0.0.1/255.255.255.255
read = call
write = originate,reporting
EOF
    {
        echo "; The sandbox only: $sandbox_agents simulated agents (8001...) in both queues, rung 2 seconds each."
        local queue ext
        for queue in hotline-consult hotline-complaint; do
            printf '[%s](+)\ntimeout = 2\nretry = 1\nwrapuptime = 0\n' "$queue"
            for ext in $(seq 8001 $((8000 + sandbox_agents))); do
                echo "member => Local/$ext@hotline-sandbox-agents/n,0,$ext"
            done
        done
    } >"$staging/queues-sandbox.conf"
    # CDRs into the app's database (cdr_pgsql; loaded by load_cdr_backend once the table exists).
    cat >"$staging/cdr_pgsql.conf" <<EOF
[global]
hostname = $HOTLINE_DB_HOST
port = $HOTLINE_DB_PORT
dbname = $(cdr_database)
user = $HOTLINE_DB_USER
password = $HOTLINE_DB_PASSWORD
appname = asterisk-cdr
table = pbx_cdr
encoding = UTF8
timezone = UTC
EOF
    rm -rf "$etc.new" && mv "$staging" "$etc.new" || return 1
    rm -rf "$etc" && mv "$etc.new" "$etc" || return 1
    chmod 755 "$etc"
    in_root chown -R asterisk:asterisk /etc/asterisk || return 1
    chmod 640 "$etc/manager-users.conf" "$etc/cdr_pgsql.conf" || return 1
    cat "$etc"/*.conf | sha256sum | cut -c1-16
}

own_ids() {
    [ "$(in_root id -u asterisk)" = "$asterisk_id" ] && return 0
    if getent passwd "$asterisk_id" >/dev/null || getent group "$asterisk_id" >/dev/null; then
        die "id $asterisk_id is taken on this host: set HOTLINE_ASTERISK_UID to a free one for the sandbox's asterisk user"
    fi
    if answers; then
        say "restarting the sandbox as its own user id $asterisk_id"
        stop
    fi
    in_root groupmod -g "$asterisk_id" asterisk || die "could not renumber the sandbox's asterisk group"
    in_root usermod -u "$asterisk_id" -g "$asterisk_id" asterisk || die "could not renumber the sandbox's asterisk user"
}

prepare_dirs() {
    # /var/run is an absolute link to /run inside the rootfs: make it from inside.
    in_root mkdir -p /var/run/asterisk /var/spool/asterisk/monitor/hotline /var/log/asterisk /var/lib/asterisk
    in_root chown -R asterisk:asterisk /var/run/asterisk /var/spool/asterisk /var/log/asterisk /var/lib/asterisk /var/cache/asterisk
}

print_settings() {
    echo "HOTLINE_AMI_HOST=127.0.0.1"
    echo "HOTLINE_AMI_PORT=$ami_port"
    echo "HOTLINE_AMI_USERNAME=hotline"
    echo "HOTLINE_AMI_SECRET=$(secret ami-hotline)"
    echo "HOTLINE_CALLGEN_USERNAME=hotline-callgen"
    echo "HOTLINE_CALLGEN_SECRET=$(secret ami-callgen)"
    echo "HOTLINE_RECORDINGS_ROOT=$rootfs"
    # Agents' phones and callbacks in the sandbox are Local channels into its simulated parties.
    echo "HOTLINE_TELEPHONY_AGENT_INTERFACE=Local/{extension}@hotline-sandbox-agents/n"
    echo "HOTLINE_TELEPHONY_CALLBACK_CONTEXT=hotline-sandbox-callback"
}

cli() { as_asterisk /usr/sbin/asterisk -rx "$1"; }

cdr_database() { cat "$cdr_target" 2>/dev/null || echo "$HOTLINE_DB_NAME"; }
# (Whole outputs are read before they are matched: with pipefail, `grep -q` ending a pipe early
# would fail the pipe it matched in.)
cdr_table_exists() {
    local answer
    answer="$(PGPASSWORD="$HOTLINE_DB_PASSWORD" psql -h "$HOTLINE_DB_HOST" -p "$HOTLINE_DB_PORT" -U "$HOTLINE_DB_USER" \
        -d "$(cdr_database)" -Atqc "select to_regclass('public.pbx_cdr') is not null" 2>/dev/null || true)"
    [ "$answer" = "t" ]
}
cdr_backend_loaded() { [[ "$(cli "module show like cdr_pgsql" 2>/dev/null || true)" == *cdr_pgsql.so* ]]; }

# Asterisk 22's cdr_pgsql brings the whole PBX down when it loads against a database without its
# table, so it is loaded only once the app's migrations have made pbx_cdr, and unloaded before
# the configuration changes or when the table is gone (a database made afresh).
# Asterisk refuses to unload it while CDRs are open (calls up): tried for a while; fails if it stays.
unload_cdr_backend() {
    local _
    for _ in $(seq 1 20); do
        cdr_backend_loaded || return 0
        cli "module unload cdr_pgsql.so" >/dev/null 2>&1 || true
        cdr_backend_loaded || return 0
        sleep 0.5
    done
    return 1
}
load_cdr_backend() {
    if cdr_table_exists; then
        if ! cdr_backend_loaded; then
            cli "module load cdr_pgsql.so" >/dev/null 2>&1 || true
            if cdr_backend_loaded; then
                say "the PBX writes its CDRs into $(cdr_database).pbx_cdr"
            else
                say "WARNING: cdr_pgsql did not load; see $rootfs/var/log/asterisk/messages.log"
            fi
        fi
    else
        unload_cdr_backend || true
        say "CDRs to PostgreSQL wait for table pbx_cdr in $(cdr_database) (the app makes it when it starts; run ensure again then)"
    fi
}

ensure() {
    need_root
    if [ "${1:-}" = "--cdr-database" ]; then
        mkdir -p "$HOTLINE_STATE_DIR/asterisk"
        echo "${2:?usage: asterisk.sh ensure [--cdr-database NAME]}" >"$cdr_target"
    fi
    have psql || apt_install postgresql-client
    case "$HOTLINE_DB_PASSWORD" in
        *[\;\ \'\"]*) die "HOTLINE_DB_PASSWORD may not contain ; spaces or quotes: the PBX's cdr_pgsql.conf cannot carry them" ;;
    esac
    install_rootfs
    own_ids
    local sum applied="$HOTLINE_STATE_DIR/asterisk/config.applied"
    sum="$(write_config)" || die "could not write the sandbox's configuration"
    prepare_dirs
    if answers; then
        if [ "$(cat "$applied" 2>/dev/null)" != "$sum" ]; then
            if unload_cdr_backend; then
                say "configuration changed: reloading the Asterisk sandbox"
                cli "core reload" >/dev/null
                echo "$sum" >"$applied"
            else
                # A reload would load the changed cdr_pgsql.conf, perhaps against a database without
                # its table: the next ensure tries again.
                say "WARNING: configuration changed but calls are up (cdr_pgsql cannot be unloaded): not reloaded; run ensure again when the calls are over"
            fi
        fi
        load_cdr_backend
        print_settings
        return 0
    fi
    say "starting the Asterisk sandbox (AMI on 127.0.0.1:$ami_port)"
    in_root /usr/sbin/asterisk -U asterisk -G asterisk >"$HOTLINE_STATE_DIR/asterisk/startup.out" 2>&1 \
        || { cat "$HOTLINE_STATE_DIR/asterisk/startup.out" >&2; die "Asterisk did not start"; }
    for _ in $(seq 1 60); do
        if answers && cli "core waitfullybooted" >/dev/null 2>&1; then
            echo "$sum" >"$applied"
            say "Asterisk is up: $(cli "core show version" | head -n 1)"
            load_cdr_backend
            print_settings
            return 0
        fi
        sleep 0.5
    done
    tail -n 30 "$rootfs/var/log/asterisk/messages.log" >&2 2>/dev/null || true
    die "Asterisk did not answer on AMI port $ami_port within 30 s; see $rootfs/var/log/asterisk/messages.log"
}

stop() {
    need_root
    if ! answers; then
        say "the Asterisk sandbox is not running"
        return 0
    fi
    cli "core stop now" >/dev/null 2>&1 || true
    for _ in $(seq 1 20); do answers || break; sleep 0.5; done
    if answers; then
        local pid
        pid="$(cat "$rootfs/run/asterisk/asterisk.pid" 2>/dev/null || true)"
        [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null || true
    fi
    say "the Asterisk sandbox stopped"
}

crash() {
    need_root
    local pid
    pid="$(cat "$rootfs/run/asterisk/asterisk.pid" 2>/dev/null || true)"
    [ -n "$pid" ] && tr "\\0" " " <"/proc/$pid/cmdline" 2>/dev/null | grep -q asterisk || die "no sandbox PBX is running"
    kill -9 "$pid"
    for _ in $(seq 1 20); do answers || break; sleep 0.25; done
    say "the Asterisk sandbox was killed"
}

case "${1:-}" in
    ensure) shift; ensure "$@" ;;
    crash) crash ;;
    stop) stop ;;
    status) if answers; then echo "up: AMI on 127.0.0.1:$ami_port"; else echo "down"; exit 1; fi ;;
    cli) need_root; cli "${2:?usage: asterisk.sh cli COMMAND}" ;;
    *) die "usage: asterisk.sh ensure|stop|status|crash|cli COMMAND" ;;
esac

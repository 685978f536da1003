# Shared settings and helpers for the service scripts. Sourced, never run.
# Every value can be overridden from the environment; docs/operations.md lists them.

HOTLINE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

if [ "$(id -u)" = "0" ]; then
    HOTLINE_STATE_DIR="${HOTLINE_STATE_DIR:-/var/lib/hotline}"
else
    HOTLINE_STATE_DIR="${HOTLINE_STATE_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/hotline}"
fi

HOTLINE_DB_HOST="${HOTLINE_DB_HOST:-127.0.0.1}"
HOTLINE_DB_PORT="${HOTLINE_DB_PORT:-5432}"
HOTLINE_DB_USER="${HOTLINE_DB_USER:-hotline}"
HOTLINE_DB_PASSWORD="${HOTLINE_DB_PASSWORD:-hotline}"
HOTLINE_DB_NAME="${HOTLINE_DB_NAME:-hotline}"

HOTLINE_ES_VERSION="${HOTLINE_ES_VERSION:-9.2.0}"
HOTLINE_ES_PORT="${HOTLINE_ES_PORT:-9200}"
HOTLINE_ES_HEAP="${HOTLINE_ES_HEAP:-512m}"
HOTLINE_ES_USER="${HOTLINE_ES_USER:-hotline-es}"

say() { printf '[hotline] %s\n' "$*" >&2; }
die() { printf '[hotline] ERROR: %s\n' "$*" >&2; exit 1; }
is_root() { [ "$(id -u)" = "0" ]; }

# Exports the KEY=VALUE lines a service script printed, values taken whole (no word splitting).
export_lines() {
    local key value
    while IFS='=' read -r key value; do
        [ -n "$key" ] && export "$key=$value"
    done <<<"$1"
}
have() { command -v "$1" >/dev/null 2>&1; }

# apt-get install, only where we may; otherwise stop with the exact command to run.
apt_install() {
    if is_root && have apt-get; then
        say "installing $* with apt-get"
        if [ ! -f "$HOTLINE_STATE_DIR/.apt-updated" ]; then
            apt-get update -qq >&2 || die "apt-get update failed"
            mkdir -p "$HOTLINE_STATE_DIR" && touch "$HOTLINE_STATE_DIR/.apt-updated"
        fi
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >&2 || die "apt-get install $* failed"
    else
        die "missing: $*. Install it as root: apt-get install $*"
    fi
}

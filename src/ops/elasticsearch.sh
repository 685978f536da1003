#!/usr/bin/env bash
# Provisions and runs a single-node Elasticsearch for the hotline, without Docker.
#   elasticsearch.sh ensure   reuse a running node on HOTLINE_ES_PORT, or install and start one
#   elasticsearch.sh stop     stop the node this script started
#   elasticsearch.sh status
# The distribution is Maven Central's integ-test-zip (see docs/operations.md). It needs a JDK 21+
# and refuses to run as root, so under root it runs as the unprivileged user $HOTLINE_ES_USER.
set -euo pipefail
source "$(dirname "$0")/common.sh"

es_home="$HOTLINE_STATE_DIR/elasticsearch-$HOTLINE_ES_VERSION"
es_data="$HOTLINE_STATE_DIR/es-data"
es_logs="$HOTLINE_STATE_DIR/es-logs"
es_pid="$HOTLINE_STATE_DIR/es.pid"
es_url="http://127.0.0.1:$HOTLINE_ES_PORT"

answers() { curl -fsS --max-time 2 "$es_url/_cluster/health" 2>/dev/null | grep -q '"cluster_name"'; }

java_major() { "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1; }

find_es_java() {
    local candidate
    for candidate in "${ES_JAVA_HOME:-}" "${JAVA_HOME:-}" /usr/lib/jvm/*; do
        [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
        if [ "$(java_major "$candidate")" -ge 21 ] 2>/dev/null; then echo "$candidate"; return 0; fi
    done
    return 1
}

install_distribution() {
    [ -x "$es_home/bin/elasticsearch" ] && return 0
    have mvn || die "Maven (mvn) is needed to fetch Elasticsearch from Maven Central: apt-get install maven"
    have unzip || apt_install unzip
    local artifact="org.elasticsearch.distribution.integ-test-zip:elasticsearch:$HOTLINE_ES_VERSION:zip"
    say "fetching Elasticsearch $HOTLINE_ES_VERSION from Maven Central"
    mvn -B -q -Dstyle.color=never dependency:get -Dartifact="$artifact" -Dtransitive=false >&2 \
        || die "could not fetch $artifact from Maven Central"
    local repo zip
    repo="$(mvn -B -q help:evaluate -Dexpression=settings.localRepository -DforceStdout 2>/dev/null | sed 's/\x1b\[[0-9;]*m//g')"
    [ -d "$repo" ] || repo="$HOME/.m2/repository"
    zip="$repo/org/elasticsearch/distribution/integ-test-zip/elasticsearch/$HOTLINE_ES_VERSION/elasticsearch-$HOTLINE_ES_VERSION.zip"
    [ -f "$zip" ] || die "Elasticsearch zip not found at $zip"
    mkdir -p "$HOTLINE_STATE_DIR"
    local staging="$HOTLINE_STATE_DIR/.es-unpack"
    rm -rf "$staging" && mkdir -p "$staging"
    unzip -q "$zip" -d "$staging"
    mv "$staging/elasticsearch-$HOTLINE_ES_VERSION" "$es_home"
    rm -rf "$staging"
}

ensure_user() {
    is_root || return 0
    id "$HOTLINE_ES_USER" >/dev/null 2>&1 && return 0
    say "creating system user $HOTLINE_ES_USER for Elasticsearch"
    useradd --system --no-create-home --shell /usr/sbin/nologin "$HOTLINE_ES_USER" \
        || die "could not create user $HOTLINE_ES_USER"
}

run_as_es() {
    if is_root; then runuser -u "$HOTLINE_ES_USER" -- "$@"; else "$@"; fi
}

ensure() {
    if answers; then
        echo "HOTLINE_ES_URL=$es_url"
        return 0
    fi
    local java_home
    java_home="$(find_es_java)" || die "no JDK 21+ found for Elasticsearch: install one (e.g. Temurin 21) or set ES_JAVA_HOME"
    install_distribution
    ensure_user
    mkdir -p "$es_data" "$es_logs"
    if is_root; then
        chmod 755 "$HOTLINE_STATE_DIR"
        chown -R "$HOTLINE_ES_USER" "$es_home" "$es_data" "$es_logs"
    fi
    say "starting Elasticsearch $HOTLINE_ES_VERSION on port $HOTLINE_ES_PORT (logs: $es_logs)"
    rm -f "$es_pid"
    touch "$es_pid" && { is_root && chown "$HOTLINE_ES_USER" "$es_pid" || true; }
    run_as_es env ES_JAVA_HOME="$java_home" ES_JAVA_OPTS="-Xms$HOTLINE_ES_HEAP -Xmx$HOTLINE_ES_HEAP" \
        "$es_home/bin/elasticsearch" -d -p "$es_pid" \
        -E cluster.name=hotline \
        -E discovery.type=single-node \
        -E xpack.security.enabled=false \
        -E network.host=127.0.0.1 \
        -E http.port="$HOTLINE_ES_PORT" \
        -E path.data="$es_data" \
        -E path.logs="$es_logs" \
        -E cluster.routing.allocation.disk.threshold_enabled=false \
        -E action.destructive_requires_name=false >"$es_logs/startup.out" 2>&1 \
        || { tail -n 20 "$es_logs/startup.out" >&2; die "Elasticsearch did not start; see $es_logs/startup.out"; }
    for _ in $(seq 1 120); do
        if curl -fsS --max-time 2 "$es_url/_cluster/health?wait_for_status=yellow&timeout=1s" >/dev/null 2>&1; then
            say "Elasticsearch is up at $es_url"
            echo "HOTLINE_ES_URL=$es_url"
            return 0
        fi
        sleep 1
    done
    tail -n 30 "$es_logs/hotline.log" >&2 2>/dev/null || true
    die "Elasticsearch did not become healthy within 120 s; see $es_logs/hotline.log"
}

stop() {
    local pid
    pid="$(cat "$es_pid" 2>/dev/null || true)"
    # Only a process that is really this node: a stale pid file must never kill something else.
    if [ -n "$pid" ] && tr "\\0" " " <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- "-Des.path.home=$es_home"; then
        kill "$pid" || die "could not stop Elasticsearch (pid $pid): it may belong to another user"
        for _ in $(seq 1 30); do answers || break; sleep 1; done
        rm -f "$es_pid"
        say "Elasticsearch stopped"
    else
        rm -f "$es_pid"
        say "no Elasticsearch started by this script is running"
    fi
}

case "${1:-}" in
    ensure) ensure ;;
    stop) stop ;;
    status) if answers; then echo "up at $es_url"; else echo "down"; exit 1; fi ;;
    *) die "usage: elasticsearch.sh ensure|stop|status" ;;
esac

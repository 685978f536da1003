# Shared set-up of the load benchmarks (bench-workorders.sh, bench-knowledge.sh). Sourced after
# common.sh. The app runs on its own port, database and state folder so that a running hotline is
# not disturbed; PostgreSQL and Elasticsearch are the usual ones (started if they are not running),
# so a benchmark never leaves a service running out of a temporary folder.
# BENCH_KEEP=1 leaves the database, the indices and the files for inspection.

bench_dir="$(mktemp -d /tmp/hotline-bench.XXXXXX)"
chmod 755 "$bench_dir"
base="http://127.0.0.1:18080"

# Cleans up on exit; a benchmark adds its own steps with bench_on_exit.
bench_exit_steps=()
bench_on_exit() { bench_exit_steps+=("$1"); }
bench_cleanup() {
    [ -n "${app:-}" ] && kill "$app" 2>/dev/null || true
    if [ -n "${BENCH_KEEP:-}" ]; then
        echo "kept for inspection: database hotline_bench, files in $bench_dir"
        return
    fi
    local step
    for step in "${bench_exit_steps[@]}"; do "$step" || true; done
    PGPASSWORD="$HOTLINE_DB_PASSWORD" psql -h "$HOTLINE_DB_HOST" -U "$HOTLINE_DB_USER" -d postgres -qc \
        "drop database if exists hotline_bench with (force)" >/dev/null 2>&1 || true
    rm -rf "$bench_dir"
}
trap bench_cleanup EXIT

# Builds the app if needed, starts the services and a fresh hotline_bench database; sets es_url.
bench_services() {
    [ -f target/quarkus-app/quarkus-run.jar ] || mvn -B -q -DskipTests package
    export_lines "$(bash src/ops/postgres.sh ensure hotline_bench --fresh 2>/dev/null)"
    es_url="$(bash src/ops/elasticsearch.sh ensure 2>/dev/null | sed -n 's|^HOTLINE_ES_URL=https\?://||p')"
    [ -n "$es_url" ] || die "Elasticsearch did not start: bash src/ops/elasticsearch.sh ensure"
}

# Starts the app with demo data on port 18080 and waits until it is ready; sets app.
bench_start_app() {
    # Another app on the port would answer for this one (and read another database).
    if curl -fsS --max-time 2 "$base/q/health/ready" >/dev/null 2>&1; then
        die "something already answers on $base: stop it first"
    fi
    HOTLINE_HTTP_PORT=18080 HOTLINE_DB_NAME=hotline_bench HOTLINE_STATE_DIR="$bench_dir/state" \
        HOTLINE_ES_HOSTS="$es_url" HOTLINE_DEMO_DATA=true HOTLINE_SLA_SWEEP_EVERY=off HOTLINE_LOG_JSON=false \
        HOTLINE_SESSION_KEY="$(head -c 48 /dev/urandom | base64)" \
        java -Xmx1g -jar target/quarkus-app/quarkus-run.jar >"$bench_dir/app.log" 2>&1 &
    app=$!
    for _ in $(seq 1 240); do curl -fsS "$base/q/health/ready" >/dev/null 2>&1 && break; sleep 0.25; done
    curl -fsS "$base/q/health/ready" >/dev/null || { tail -n 30 "$bench_dir/app.log"; die "the app did not start"; }
}

#!/usr/bin/env bash
# Start-up benchmark (docs/benchmarks.md):
#   warm: PostgreSQL and Elasticsearch already running; time from `java -jar` to a healthy app, 5 runs
#   cold: nothing provisioned (a fresh state folder, database and Elasticsearch port); time of the
#         whole `./hotline start --no-build`, beside the raw services' own start times in the same run
# It uses its own ports, database and state folder, so a running hotline is not disturbed.
set -euo pipefail
cd "$(dirname "$0")/../.."
source src/ops/common.sh

runs="${BENCH_RUNS:-5}"
bench_dir="$(mktemp -d /tmp/hotline-bench.XXXXXX)"
chmod 755 "$bench_dir"
export HOTLINE_HTTP_PORT=18080 HOTLINE_ES_PORT=19200 HOTLINE_DB_NAME=hotline_bench HOTLINE_STATE_DIR="$bench_dir/state"

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
healthy() { curl -fsS --max-time 1 "http://127.0.0.1:$HOTLINE_HTTP_PORT/q/health/ready" >/dev/null 2>&1; }

[ -f target/quarkus-app/quarkus-run.jar ] || mvn -B -q -DskipTests package

cleanup() {
    ./hotline stop >/dev/null 2>&1 || true
    PGPASSWORD="$HOTLINE_DB_PASSWORD" psql -h "$HOTLINE_DB_HOST" -U "$HOTLINE_DB_USER" -d postgres -qc \
        "drop database if exists hotline_bench with (force)" >/dev/null 2>&1 || true
    rm -rf "$bench_dir"
}
trap cleanup EXIT

echo "== cold: nothing provisioned (state folder $HOTLINE_STATE_DIR, Elasticsearch on $HOTLINE_ES_PORT) =="
# BENCH_FRESH_MAVEN=1 also fetches the Elasticsearch distribution from Maven Central again (an empty local repository).
cold_env=()
if [ "${BENCH_FRESH_MAVEN:-0}" = "1" ]; then
    cold_env=(env MAVEN_OPTS="-Dmaven.repo.local=$bench_dir/m2")
    echo "(with an empty local Maven repository: Elasticsearch is downloaded)"
fi
t0=$(now_ms)
"${cold_env[@]}" ./hotline start --no-build >/dev/null
cold_total=$(( $(now_ms) - t0 ))
echo "cold ./hotline start --no-build to healthy app: ${cold_total} ms"
./hotline stop >/dev/null

echo "== raw services, same run =="
t0=$(now_ms)
PGPASSWORD="$HOTLINE_DB_PASSWORD" psql -h "$HOTLINE_DB_HOST" -U "$HOTLINE_DB_USER" -d postgres -Atqc 'select 1' >/dev/null
echo "raw PostgreSQL connect + query: $(( $(now_ms) - t0 )) ms"
t0=$(now_ms)
bash src/ops/elasticsearch.sh ensure >/dev/null 2>&1
echo "raw Elasticsearch start (installed, to yellow): $(( $(now_ms) - t0 )) ms"

echo "== warm: services running, app start to healthy, $runs runs =="
db="$(bash src/ops/postgres.sh ensure hotline_bench 2>/dev/null)"
export_lines "$db"
export HOTLINE_ES_HOSTS="127.0.0.1:$HOTLINE_ES_PORT" HOTLINE_DEMO_DATA=true
export HOTLINE_SESSION_KEY="${HOTLINE_SESSION_KEY:-$(head -c 48 /dev/urandom | base64)}"
for i in $(seq 1 "$runs"); do
    t0=$(now_ms)
    java -Xmx1g -jar target/quarkus-app/quarkus-run.jar >"$bench_dir/app-$i.log" 2>&1 &
    pid=$!
    until healthy; do
        kill -0 "$pid" 2>/dev/null || die "the application exited; see $bench_dir/app-$i.log"
        [ $(( $(now_ms) - t0 )) -lt 60000 ] || { kill "$pid"; die "not healthy within 60 s; see $bench_dir/app-$i.log"; }
        sleep 0.05
    done
    echo "warm run $i: $(( $(now_ms) - t0 )) ms"
    kill "$pid"; wait "$pid" 2>/dev/null || true
done

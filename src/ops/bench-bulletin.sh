#!/usr/bin/env bash
# Bulletin benchmark (docs/benchmarks.md), on its own port, database and state folder: a month of
# BENCH_MONTH_ORDERS (1,000,000) work orders with their dispatches and BENCH_MONTH_CALLS (3,000,000)
# call records, with BENCH_BACKGROUND_ORDERS (300,000) the month before; then, each several times:
#   1. the unit statistics of the month over HTTP, beside the same SQL sent straight to PostgreSQL;
#   2. the call statistics of the month, beside their SQL straight to PostgreSQL;
#   3. the whole draft bulletin (every section counted: create, then refresh);
#   4. the hot topics of the month, beside the same significant_terms aggregation straight to Elasticsearch;
#   5. the published bulletin's PDF;
#   6. the published bulletin's page;
# while the app's heap is sampled (it runs with -Xmx1g).
set -euo pipefail
cd "$(dirname "$0")/../.."
source src/ops/common.sh

orders="${BENCH_MONTH_ORDERS:-1000000}"
calls="${BENCH_MONTH_CALLS:-3000000}"
background="${BENCH_BACKGROUND_ORDERS:-300000}"
runs="${BENCH_RUNS:-3}"
source src/ops/bench/bench.sh
psql_bench() { PGPASSWORD="$HOTLINE_DB_PASSWORD" psql -h "$HOTLINE_DB_HOST" -p "$HOTLINE_DB_PORT" -U "$HOTLINE_DB_USER" -d hotline_bench "$@"; }
month="$(TZ=Asia/Shanghai date -d "$(TZ=Asia/Shanghai date +%Y-%m-01) -1 month" +%Y-%m)"
from="$month-01"
to="$(TZ=Asia/Shanghai date -d "$from +1 month -1 day" +%Y-%m-%d)"
auth=(-u manager:Demo12345)

bench_services
export HOTLINE_DEMO_HISTORY=false HOTLINE_ORDERS_INDEX=bench-orders HOTLINE_KNOWLEDGE_INDEX=bench-knowledge
cleanup_indices() { curl -s -XDELETE "http://$es_url/bench-orders-*,bench-knowledge-*" >/dev/null; }
bench_on_exit cleanup_indices
bench_start_app
javac -d "$bench_dir" -cp target/quarkus-app/app/hotline-1.0.0-SNAPSHOT.jar src/ops/bench/ReportSql.java
javac -d "$bench_dir" src/ops/bench/HttpLoad.java
report_sql() { java -cp "target/quarkus-app/app/hotline-1.0.0-SNAPSHOT.jar:$bench_dir" cn.hotline12345.statistics.ReportSql "$@"; }

# The heap, sampled every half second from the app's own metrics, for the whole run.
heap_samples="$bench_dir/heap.txt"
( while kill -0 "$app" 2>/dev/null; do
      curl -s -u admin:Demo12345 "$base/q/metrics" | grep '^jvm_memory_used_bytes{area="heap"' \
          | awk '{s += $NF} END {if (s) printf "%d\n", s}' >>"$heap_samples"
      sleep 0.5
  done ) &
sampler=$!
stop_sampler() { kill "$sampler" 2>/dev/null || true; }
bench_on_exit stop_sampler

echo "== load: $orders orders and $calls calls in $month, $background orders the month before =="
t0=$(date +%s)
psql_bench -q -v orders="$orders" -v background="$background" -v calls="$calls" \
    -v start="timestamptz '$from 00:00+08'" -f src/ops/bench/bulletin-month.sql
echo "loaded in $(( $(date +%s) - t0 )) s: $(psql_bench -Atc "select count(*) from work_order") orders, $(psql_bench -Atc "select count(*) from work_order_dispatch") dispatches, $(psql_bench -Atc "select count(*) from call_record") calls"
echo "-- the order index rebuilt from PostgreSQL (HanLP words, bulk into Elasticsearch):"
curl -s -u admin:Demo12345 -XPOST "$base/api/order-index/rebuild"; echo

# Times a request RUNS times (after one warm-up) and prints min / median / max in ms.
timed() {
    local label=$1; shift
    local times=()
    "$@" >/dev/null
    for _ in $(seq 1 "$runs"); do
        local start=$(date +%s%N)
        "$@" >/dev/null
        times+=($(( ($(date +%s%N) - start) / 1000000 )))
    done
    printf '%s\n' "${times[@]}" | sort -n | awk -v label="$label" '{a[NR]=$1} END {printf "%-58s min %6d  median %6d  max %6d ms\n", label, a[1], a[int((NR+1)/2)], a[NR]}'
}
get() { curl -fsS "${auth[@]}" "$base$1" -o /dev/null; }

echo "== 1. unit statistics of $month =="
report_sql units "$month" >"$bench_dir/units.sql"
timed "app: GET /api/statistics/units (${runs} runs)" get "/api/statistics/units?from=$from&to=$to"
timed "PostgreSQL: the same statement by psql" psql_bench -Atq -f "$bench_dir/units.sql"
echo "== 2. call statistics of $month =="
report_sql calls "$month" >"$bench_dir/calls.sql"
timed "app: GET /api/statistics/calls (with 环比 and 同比)" get "/api/statistics/calls?from=$from&to=$to"
timed "PostgreSQL: the statement of one period by psql" psql_bench -Atq -f "$bench_dir/calls.sql"

echo "== 3. the whole draft bulletin of $month =="
start=$(date +%s%N)
id=$(curl -fsS "${auth[@]}" -H 'Content-Type: application/json' -d "{\"month\":\"$month\"}" "$base/api/bulletins" | sed -E 's/.*"id":([0-9]+).*/\1/')
echo "create (every section counted)                              $(( ($(date +%s%N) - start) / 1000000 )) ms"
refresh() {
    local version
    version=$(curl -fsS "${auth[@]}" "$base/api/bulletins/$id" | sed -E 's/.*"summary":\{[^}]*"version":([0-9]+).*/\1/')
    curl -fsS "${auth[@]}" -H 'Content-Type: application/json' -d "{\"version\":$version}" "$base/api/bulletins/$id/refresh"
}
timed "refresh (every section counted again)" refresh

echo "== 4. hot topics of $month =="
# Without Elasticsearch's request cache, for the app and the raw aggregation alike: on a hotline that
# takes orders all day the index changes every second and the cache seldom holds.
curl -fsS -XPUT -H 'Content-Type: application/json' "http://$es_url/bench-orders/_settings" \
    -d '{"index.requests.cache.enable": false}' >/dev/null
timed "app: GET /api/statistics/hot-topics" get "/api/statistics/hot-topics?from=$from&to=$to"
bg_from="$(TZ=Asia/Shanghai date -d "$from -90 days" +%Y-%m-%d)"
cat >"$bench_dir/hot.json" <<JSON
{"size":0,"track_total_hits":false,"query":{"bool":{"filter":[{"range":{"registeredAt":{"gte":"${from}T00:00:00+08:00","lt":"$(TZ=Asia/Shanghai date -d "$to +1 day" +%Y-%m-%d)T00:00:00+08:00"}}}]}},
 "aggs":{"hot":{"significant_terms":{"field":"words","size":10,"min_doc_count":3,
   "background_filter":{"bool":{"filter":[{"range":{"registeredAt":{"gte":"${bg_from}T00:00:00+08:00","lt":"$(TZ=Asia/Shanghai date -d "$to +1 day" +%Y-%m-%d)T00:00:00+08:00"}}}]}}},
   "aggs":{"districts":{"terms":{"field":"districtUnitId","size":3}},"units":{"terms":{"field":"leadUnitId","size":3}}}}}}
JSON
es_hot() { curl -fsS -H 'Content-Type: application/json' "http://$es_url/bench-orders/_search?request_cache=false" -d @"$bench_dir/hot.json"; }
timed "Elasticsearch: the significant_terms aggregation alone" es_hot
echo "hot words: $(es_hot | grep -o '"key":"[^"]*"' | head -5 | tr '\n' ' ')"

echo "== 5. publish, then the PDF =="
version=$(curl -fsS "${auth[@]}" "$base/api/bulletins/$id" | sed -E 's/.*"summary":\{[^}]*"version":([0-9]+).*/\1/')
curl -fsS "${auth[@]}" -H 'Content-Type: application/json' -d "{\"version\":$version}" "$base/api/bulletins/$id/publish" >/dev/null
timed "app: GET .../revisions/1/bulletin.pdf" get "/api/bulletins/$id/revisions/1/bulletin.pdf"
curl -fsS "${auth[@]}" "$base/api/bulletins/$id/revisions/1/bulletin.pdf" -o "$bench_dir/b.pdf"
echo "PDF: $(stat -c %s "$bench_dir/b.pdf") bytes, $(pdfinfo "$bench_dir/b.pdf" 2>/dev/null | awk '/^Pages/ {print $2}') pages"
timed "app: GET .../revisions/1/bulletin.xlsx" get "/api/bulletins/$id/revisions/1/bulletin.xlsx"

echo "== 6. the published bulletin's page =="
runs=$(( runs * 5 )) timed "app: GET /bulletins/$id/revisions/1 (page)" get "/bulletins/$id/revisions/1"

stop_sampler
echo "== heap =="
sort -n "$heap_samples" | awk '{a[NR]=$1} END {printf "app heap used (-Xmx1g): max %.0f MB over %d samples, median %.0f MB\n", a[NR]/1048576, NR, a[int((NR+1)/2)]/1048576}'
echo "OutOfMemoryError in the log: $(grep -c OutOfMemory "$bench_dir/app.log" || true)"

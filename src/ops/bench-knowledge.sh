#!/usr/bin/env bash
# Knowledge-base benchmark (docs/benchmarks.md), on its own port, database and index alias:
#   1. bulk import of BENCH_ENTRIES (100,000) entries from one JSON file through the app's import
#      API (published at once), then the time until the outbox is drained and all are searchable;
#   2. the relevance set's questions through the app's search API at BENCH_CONCURRENCY (16)
#      agents, beside the very same Elasticsearch requests sent straight to the index;
#   3. a full rebuild (new index from PostgreSQL, alias swap).
set -euo pipefail
cd "$(dirname "$0")/../.."
source src/ops/common.sh

entries="${BENCH_ENTRIES:-100000}"
concurrency="${BENCH_CONCURRENCY:-16}"
searches="${BENCH_SEARCHES:-4000}"
warmup="${BENCH_WARMUP:-500}"
bench_dir="$(mktemp -d /tmp/hotline-bench.XXXXXX)"
chmod 755 "$bench_dir"
export HOTLINE_HTTP_PORT=18080 HOTLINE_DB_NAME=hotline_bench HOTLINE_STATE_DIR="$bench_dir/state"
export HOTLINE_KNOWLEDGE_INDEX=bench-knowledge
base="http://127.0.0.1:$HOTLINE_HTTP_PORT"
admin=(-u admin:Demo12345)

[ -f target/quarkus-app/quarkus-run.jar ] || mvn -B -q -DskipTests package

drop_indices() {
    for index in $(curl -fsS "http://$es_url/_cat/indices/bench-knowledge*?h=index" 2>/dev/null); do
        curl -fsS -X DELETE "http://$es_url/$index" >/dev/null 2>&1 || true
    done
}
cleanup() {
    [ -n "${app:-}" ] && kill "$app" 2>/dev/null || true
    PGPASSWORD="$HOTLINE_DB_PASSWORD" psql -h "$HOTLINE_DB_HOST" -U "$HOTLINE_DB_USER" -d postgres -qc \
        "drop database if exists hotline_bench with (force)" >/dev/null 2>&1 || true
    [ -n "${es_url:-}" ] && drop_indices
    rm -rf "$bench_dir"
}
trap cleanup EXIT

export_lines "$(bash src/ops/postgres.sh ensure hotline_bench --fresh 2>/dev/null)"
es_url="$(bash src/ops/elasticsearch.sh ensure 2>/dev/null | sed -n 's|^HOTLINE_ES_URL=https\?://||p')"
drop_indices
export HOTLINE_ES_HOSTS="$es_url" HOTLINE_DEMO_DATA=true HOTLINE_SLA_SWEEP_EVERY=off HOTLINE_LOG_JSON=false
export HOTLINE_SESSION_KEY="$(head -c 48 /dev/urandom | base64)"
java -Xmx1g -jar target/quarkus-app/quarkus-run.jar >"$bench_dir/app.log" 2>&1 &
app=$!
for _ in $(seq 1 240); do curl -fsS "$base/q/health/ready" >/dev/null 2>&1 && break; sleep 0.25; done
curl -fsS "$base/q/health/ready" >/dev/null || { tail -n 30 "$bench_dir/app.log"; die "the app did not start"; }
classpath="target/quarkus-app/lib/main/*:$bench_dir"
javac -cp "$classpath" -d "$bench_dir" src/ops/bench/HttpLoad.java src/ops/bench/KnowledgeCorpus.java
java -cp "$classpath" KnowledgeCorpus knowledge-base "$entries" "$bench_dir/entries.json" "$bench_dir/questions.txt"

backlog() { curl -fsS "${admin[@]}" "$base/api/knowledge/index" | sed -n 's/.*"outboxBacklog":\([0-9]*\).*/\1/p'; }
documents() { curl -fsS "${admin[@]}" "$base/api/knowledge/index" | sed -n 's/.*"documents":\([0-9]*\).*/\1/p'; }
for _ in $(seq 1 120); do [ "$(backlog)" = "0" ] && break; sleep 0.5; done

echo "== 1. bulk import: $entries entries in one JSON file ($(du -h "$bench_dir/entries.json" | cut -f1)), published at once =="
t0=$(date +%s.%N)
curl -fsS -u reviewer:Demo12345 -F "file=@$bench_dir/entries.json" -F publish=true "$base/api/knowledge/import" \
    | sed 's/"problems":.*/.../'
echo
t1=$(date +%s.%N)
for _ in $(seq 1 1200); do [ "$(backlog)" = "0" ] && break; sleep 0.25; done
t2=$(date +%s.%N)
awk -v a="$t0" -v b="$t1" -v c="$t2" 'BEGIN {printf "import request: %.1f s; until every entry is searchable (outbox drained): %.1f s\n", b-a, c-a}'
echo "documents in the index: $(documents)"

echo "== 2. search: the relevance set's questions, $concurrency agents, $searches searches =="
while IFS= read -r question; do
    curl -fsS -G "${admin[@]}" --data-urlencode "q=$question" --data-urlencode size=10 \
        "$base/api/knowledge/search/request"
    echo
done <"$bench_dir/questions.txt" >"$bench_dir/requests.jsonl"
java -cp "$bench_dir" HttpLoad search "$base" agent Demo12345 "$bench_dir/questions.txt" "$warmup" "$concurrency" >/dev/null
java -cp "$bench_dir" HttpLoad es-search "http://$es_url/bench-knowledge" x x "$bench_dir/requests.jsonl" "$warmup" "$concurrency" >/dev/null
java -cp "$bench_dir" HttpLoad search "$base" agent Demo12345 "$bench_dir/questions.txt" "$searches" "$concurrency"
java -cp "$bench_dir" HttpLoad es-search "http://$es_url/bench-knowledge" x x "$bench_dir/requests.jsonl" "$searches" "$concurrency"
java -cp "$bench_dir" HttpLoad search "$base" agent Demo12345 "$bench_dir/questions.txt" 330 1
java -cp "$bench_dir" HttpLoad es-search "http://$es_url/bench-knowledge" x x "$bench_dir/requests.jsonl" 330 1

echo "== 3. full rebuild from PostgreSQL with an alias swap =="
curl -fsS "${admin[@]}" -X POST "$base/api/knowledge/index/rebuild"
echo

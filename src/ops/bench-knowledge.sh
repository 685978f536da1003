#!/usr/bin/env bash
# Knowledge-base benchmark (docs/benchmarks.md), on its own port, database and index alias:
#   1. bulk import of BENCH_ENTRIES (100,000) entries from one JSON file through the app's import
#      API (published at once), then the time until the outbox is drained and all are searchable,
#      and until the app has merged the index into one segment;
#   2. the relevance set's questions through the app's search API at BENCH_CONCURRENCY (16)
#      clients, beside the very same Elasticsearch requests sent straight to the index and the
#      cheapest possible search (the machine's floor); then 16 agents each searching once every
#      BENCH_PACE_MS (1000), and 1 client;
#   3. a full rebuild (new index from PostgreSQL, alias swap).
set -euo pipefail
cd "$(dirname "$0")/../.."
source src/ops/common.sh

entries="${BENCH_ENTRIES:-100000}"
concurrency="${BENCH_CONCURRENCY:-16}"
searches="${BENCH_SEARCHES:-4000}"
warmup="${BENCH_WARMUP:-500}"
pace="${BENCH_PACE_MS:-1000}"
paced="${BENCH_PACED_SEARCHES:-960}"
source src/ops/bench/bench.sh
export HOTLINE_KNOWLEDGE_INDEX=bench-knowledge
admin=(-u admin:Demo12345)

drop_indices() {
    for index in $(curl -fsS "http://$es_url/_cat/indices/bench-knowledge*?h=index" 2>/dev/null); do
        curl -fsS -X DELETE "http://$es_url/$index" >/dev/null 2>&1 || true
    done
}
bench_on_exit drop_indices

bench_services
drop_indices
bench_start_app
classpath="target/quarkus-app/lib/main/*:$bench_dir"
javac -cp "$classpath" -d "$bench_dir" src/ops/bench/HttpLoad.java src/ops/bench/KnowledgeCorpus.java
java -cp "$classpath" KnowledgeCorpus knowledge-base "$entries" "$bench_dir/entries.json" "$bench_dir/questions.txt"

backlog() { curl -fsS "${admin[@]}" "$base/api/knowledge/index" | sed -n 's/.*"outboxBacklog":\([0-9]*\).*/\1/p'; }
documents() { curl -fsS "${admin[@]}" "$base/api/knowledge/index" | sed -n 's/.*"documents":\([0-9]*\).*/\1/p'; }
segments() { curl -fsS "${admin[@]}" "$base/api/knowledge/index" | sed -n 's/.*"segments":\([0-9]*\).*/\1/p'; }
for _ in $(seq 1 120); do [ "$(backlog)" = "0" ] && break; sleep 0.5; done

echo "== 1. bulk import: $entries entries in one JSON file ($(du -h "$bench_dir/entries.json" | cut -f1)), published at once =="
t0=$(date +%s.%N)
curl -fsS -u reviewer:Demo12345 -F "file=@$bench_dir/entries.json" -F publish=true "$base/api/knowledge/import" \
    | sed 's/"problems":.*/.../'
echo
t1=$(date +%s.%N)
for _ in $(seq 1 1200); do [ "$(backlog)" = "0" ] && break; sleep 0.25; done
t2=$(date +%s.%N)
# After a large import the app merges the index into one segment on its own (KnowledgeCompaction).
for _ in $(seq 1 600); do [ "$(segments)" = "1" ] && break; sleep 0.25; done
t3=$(date +%s.%N)
awk -v a="$t0" -v b="$t1" -v c="$t2" -v d="$t3" 'BEGIN {printf "import request: %.1f s; until every entry is searchable (outbox drained): %.1f s; until merged into one segment: %.1f s\n", b-a, c-a, d-a}'
echo "documents in the index: $(documents); segments: $(segments)"

echo "== 2. search: the relevance set's questions, $concurrency agents, $searches searches =="
while IFS= read -r question; do
    curl -fsS -G "${admin[@]}" --data-urlencode "q=$question" --data-urlencode size=10 \
        "$base/api/knowledge/search/request"
    echo
done <"$bench_dir/questions.txt" >"$bench_dir/requests.jsonl"
# The cheapest search there is (match_all, same fields returned): what this machine allows at all.
sed -n '1s/.*\("_source":{"includes":\[[^]]*\]}\).*/{"size":10,\1,"query":{"match_all":{}}}/p' \
    "$bench_dir/requests.jsonl" >"$bench_dir/match-all.jsonl"
load() { java -cp "$bench_dir" "$@"; }
load HttpLoad search "$base" agent Demo12345 "$bench_dir/questions.txt" "$warmup" "$concurrency" >/dev/null
load HttpLoad es-search "http://$es_url/bench-knowledge" - - "$bench_dir/requests.jsonl" "$warmup" "$concurrency" >/dev/null
echo "-- $concurrency clients, each sending its next search as soon as the last is answered:"
load HttpLoad search "$base" agent Demo12345 "$bench_dir/questions.txt" "$searches" "$concurrency"
load HttpLoad es-search "http://$es_url/bench-knowledge" - - "$bench_dir/requests.jsonl" "$searches" "$concurrency"
load HttpLoad es-search "http://$es_url/bench-knowledge" - - "$bench_dir/match-all.jsonl" "$searches" "$concurrency" \
    | sed 's/^raw Elasticsearch _search/raw Elasticsearch match_all (the floor)/'
echo "-- $concurrency agents, each searching once every $pace ms:"
load -Dpace="$pace" HttpLoad search "$base" agent Demo12345 "$bench_dir/questions.txt" "$paced" "$concurrency"
load -Dpace="$pace" HttpLoad es-search "http://$es_url/bench-knowledge" - - "$bench_dir/requests.jsonl" "$paced" "$concurrency"
echo "-- 1 client:"
load HttpLoad search "$base" agent Demo12345 "$bench_dir/questions.txt" 330 1
load HttpLoad es-search "http://$es_url/bench-knowledge" - - "$bench_dir/requests.jsonl" 330 1

echo "== 3. full rebuild from PostgreSQL with an alias swap =="
curl -fsS "${admin[@]}" -X POST "$base/api/knowledge/index/rebuild"
echo

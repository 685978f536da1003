#!/usr/bin/env bash
# Telephony benchmark (docs/benchmarks.md), on its own port and database:
#   1. event ingestion: a real call's AMI traffic recorded from the sandbox, replayed BENCH_CALLS
#      (3000) times with new ids by a scripted AMI peer as fast as the adapter reads it; the rate
#      at which the app turns AMI events into call records, beside pgbench single-row inserts;
#   2. screen pop on the real sandbox: BENCH_AGENTS (50) agents' event streams open, as many calls
#      answered and kept talking, so all are in progress at once; AgentConnect -> the agent's
#      event stream, beside AgentConnect -> a raw AMI client.
set -euo pipefail
cd "$(dirname "$0")/../.."
source src/ops/common.sh

calls="${BENCH_CALLS:-3000}"
agents="${BENCH_AGENTS:-50}"
replay_port=15038
source src/ops/bench/bench.sh
psql_bench() { PGPASSWORD="$HOTLINE_DB_PASSWORD" psql -h "$HOTLINE_DB_HOST" -p "$HOTLINE_DB_PORT" -U "$HOTLINE_DB_USER" -d hotline_bench "$@"; }
stop_app() { [ -n "${app:-}" ] && kill "$app" 2>/dev/null && wait "$app" 2>/dev/null || true; app=; }
stop_replay() { [ -n "${replay:-}" ] && kill "$replay" 2>/dev/null || true; }
bench_on_exit stop_replay

have pgbench || apt_install postgresql-contrib
bench_services
export_lines "$(bash telephony/asterisk.sh ensure --cdr-database hotline_bench)"
classpath="target/quarkus-app/lib/main/*:target/quarkus-app/app/*:$bench_dir"
javac -cp "$classpath" -d "$bench_dir" src/ops/bench/AmiReplay.java src/ops/bench/ScreenPopLoad.java \
    src/test/java/cn/hotline12345/testing/ScriptedAmiPeer.java
generator() { java -cp "$classpath" cn.hotline12345.telephony.CallGenerator "$@" >/dev/null 2>&1; }

echo "== 1. event ingestion: one real call's AMI traffic replayed $calls times =="
java -cp "$bench_dir" AmiReplay record 127.0.0.1 "$HOTLINE_AMI_PORT" "$HOTLINE_AMI_USERNAME" "$HOTLINE_AMI_SECRET" 12 \
    "$bench_dir/template.ami" &
recorder=$!
sleep 1
generator --calls 1 --abandon 0 --talk 3
wait "$recorder"
java -cp "$bench_dir" AmiReplay serve "$replay_port" "$bench_dir/template.ami" "$calls" 10 >"$bench_dir/replay.log" 2>&1 &
replay=$!
sleep 0.5
HOTLINE_TELEPHONY=true HOTLINE_AMI_PORT="$replay_port" HOTLINE_AMI_SECRET=bench bench_start_app
for _ in $(seq 1 600); do
    ended=$(psql_bench -Atc "select count(*) from call_record where state = 'ENDED'")
    [ "$ended" -ge "$calls" ] && break
    sleep 0.5
done
cat "$bench_dir/replay.log" | grep -v "^serving" || true
sent=$(sed -n 's/^sent \([0-9]*\) events.*/\1/p' "$bench_dir/replay.log")
psql_bench -At -F ' ' -c "select count(*), (select count(*) from call_event),
        extract(epoch from max(updated_at) - (select min(received_at) from call_event))
   from call_record where state = 'ENDED'" | while read -r records stored seconds; do
    awk -v r="$records" -v s="$stored" -v t="$seconds" -v n="${sent:-0}" 'BEGIN {
        printf "app: %d AMI events read, %d call events stored, %d call records ended in %.2f s = %.0f AMI events/s (%.0f stored/s, %.0f calls/s)\n",
               n, s, r, t, n / t, s / t, r / t }'
done
stop_app
stop_replay
psql_bench -qc "create table bench_event (like call_event including all)"
printf '%s\n' '\set r random(1, 1000000000)' \
    "insert into bench_event (linked_id, unique_id, kind, occurred_at, detail_key, payload) values ('x', 'y', 'HANGUP', now(), :r, '{}');" \
    >"$bench_dir/event.sql"
echo "-- pgbench, the same database, single-row inserts of an event row, 8 clients, 10 s:"
PGPASSWORD="$HOTLINE_DB_PASSWORD" pgbench -h "$HOTLINE_DB_HOST" -U "$HOTLINE_DB_USER" -n -c 8 -j 2 -T 10 \
    -f "$bench_dir/event.sql" hotline_bench 2>&1 | grep -E "^tps|rror" || true

echo "== 2. screen pop: $agents agents, $agents calls in progress on the Asterisk sandbox =="
HOTLINE_TELEPHONY=true bench_start_app
admin=(-u admin:Demo12345 -H "Content-Type: application/json")
# The demo users give up their extensions to the bench agents (8001...).
for id in $(curl -fsS "${admin[@]}" "$base/api/telephony/agents" | grep -o '"accountId":[0-9]*' | cut -d: -f2); do
    curl -fsS "${admin[@]}" -X PUT -d '{"extension":null}' "$base/api/telephony/agents/$id/extension" >/dev/null
done
for i in $(seq 1 "$agents"); do
    user=$(printf "benchagent%02d" "$i")
    id=$(curl -fsS "${admin[@]}" -d "{\"username\":\"$user\",\"displayName\":\"压测话务员$i\",\"role\":\"AGENT\",\"password\":\"Bench12345x\"}" \
        "$base/api/accounts" | grep -o '"id":[0-9]*' | head -n 1 | cut -d: -f2)
    curl -fsS "${admin[@]}" -X PUT -d "{\"extension\":\"$((8000 + i))\"}" "$base/api/telephony/agents/$id/extension" >/dev/null
done
java -cp "$classpath" ScreenPopLoad "$base" benchagent Bench12345x "$agents" 10 "$HOTLINE_AMI_PORT" \
    "$HOTLINE_CALLGEN_USERNAME" "$HOTLINE_CALLGEN_SECRET" "$HOTLINE_AMI_USERNAME" "$HOTLINE_AMI_SECRET" 2>/dev/null
echo "calls in progress when the last pop was counted: $(psql_bench -Atc "select count(*) from call_record where state = 'CONNECTED'")"
bash telephony/asterisk.sh cli "channel request hangup all" >/dev/null 2>&1 || true

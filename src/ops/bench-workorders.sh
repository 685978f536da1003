#!/usr/bin/env bash
# Work-order benchmark (docs/benchmarks.md), on its own port, database and state folder:
#   1. register + dispatch over HTTP (BENCH_ORDERS orders, BENCH_CONCURRENCY clients), beside
#      pgbench single-row inserts into the same database in the same run;
#   2. BENCH_OPEN (1,000,000) open orders loaded with SQL, then a unit's inbox page over HTTP
#      beside the same queries sent straight to PostgreSQL by pgbench;
#   3. one deadline sweep pass (30 s since the last) and one catch-up pass (1 hour), and the
#      EXPLAIN plans of the inbox and sweep queries.
set -euo pipefail
cd "$(dirname "$0")/../.."
source src/ops/common.sh

orders="${BENCH_ORDERS:-10000}"
concurrency="${BENCH_CONCURRENCY:-32}"
open_orders="${BENCH_OPEN:-1000000}"
source src/ops/bench/bench.sh
psql_bench() { PGPASSWORD="$HOTLINE_DB_PASSWORD" psql -h "$HOTLINE_DB_HOST" -p "$HOTLINE_DB_PORT" -U "$HOTLINE_DB_USER" -d hotline_bench "$@"; }

have pgbench || apt_install postgresql-contrib
have pgbench || die "missing: pgbench (Debian package postgresql-client or postgresql-contrib)"
bench_services
bench_start_app
javac -d "$bench_dir" src/ops/bench/HttpLoad.java

category=$(psql_bench -Atc "select id from category where code = 'MF02'")
unit=$(psql_bench -Atc "select id from member_unit where code = '440600-D015'")
echo "== 1. register + dispatch over HTTP: $orders orders in two requests each, then $orders in one, $concurrency clients (warm-up 500 first) =="
java -cp "$bench_dir" HttpLoad orders "$base" agent Demo12345 500 "$concurrency" "$category" "$unit" >/dev/null
java -cp "$bench_dir" HttpLoad orders "$base" agent Demo12345 "$orders" "$concurrency" "$category" "$unit"
java -cp "$bench_dir" HttpLoad orders-one-step "$base" agent Demo12345 "$orders" "$concurrency" "$category" "$unit"
psql_bench -qc "create table bench_insert (id bigserial primary key, payload text not null, created_at timestamptz not null default now())"
echo "insert into bench_insert (payload) values ('压测数据');" >"$bench_dir/insert.sql"
echo "-- pgbench, the same database, single-row inserts, $concurrency clients, 10 s:"
PGPASSWORD="$HOTLINE_DB_PASSWORD" pgbench -h "$HOTLINE_DB_HOST" -U "$HOTLINE_DB_USER" -n -c "$concurrency" -j 2 -T 10 \
    -f "$bench_dir/insert.sql" hotline_bench 2>/dev/null | grep -E "^tps|latency average"

echo "== 2. $open_orders open orders: load, then the inbox =="
t0=$(date +%s)
psql_bench -q -v count="$open_orders" -f src/ops/bench/open-orders.sql
echo "loaded in $(( $(date +%s) - t0 )) s; open orders: $(psql_bench -Atc "select count(*) from work_order where state in ('DISPATCHED','SIGNED')"); in the inbox of 440600-D015: $(psql_bench -Atc "select count(*) from work_order_dispatch where unit_id = $unit and open")"
java -cp "$bench_dir" HttpLoad get "$base" handler Demo12345 "/api/work-orders/inbox" 100 4 >/dev/null
java -cp "$bench_dir" HttpLoad get "$base" handler Demo12345 "/api/work-orders/inbox" 1000 1
java -cp "$bench_dir" HttpLoad get "$base" handler Demo12345 "/api/work-orders/inbox" 2000 8
cat >"$bench_dir/inbox.sql" <<SQL
select d.id, o.id, o.number, o.state, o.summary, c.name, d.reply_due_at from work_order_dispatch d
  join work_order o on o.id = d.work_order_id join category c on c.id = o.category_id
 where d.unit_id = $unit and d.open order by d.reply_due_at limit 50;
select count(*) from work_order_dispatch d where d.unit_id = $unit and d.open;
SQL
echo "-- pgbench, the same two queries straight to PostgreSQL, 1 client, 1000 transactions:"
(cd "$bench_dir" && PGPASSWORD="$HOTLINE_DB_PASSWORD" pgbench -h "$HOTLINE_DB_HOST" -U "$HOTLINE_DB_USER" -n -c 1 -j 1 \
    -t 1000 -f inbox.sql -l --log-prefix=single hotline_bench 2>/dev/null | grep -E "^tps|latency average")
cat "$bench_dir"/single.* 2>/dev/null | awk '{print $3/1000}' | sort -n | awk '{a[NR]=$1} END {printf "raw SQL, 1 client, latency ms p50 %.1f p99 %.1f\n", a[int(NR*0.5)], a[int(NR*0.99)]}'
echo "-- pgbench, the same two queries straight to PostgreSQL, 8 clients, 2000 transactions:"
(cd "$bench_dir" && PGPASSWORD="$HOTLINE_DB_PASSWORD" pgbench -h "$HOTLINE_DB_HOST" -U "$HOTLINE_DB_USER" -n -c 8 -j 2 \
    -t 250 -f inbox.sql -l --log-prefix=inbox hotline_bench 2>/dev/null | grep -E "^tps|latency average")
cat "$bench_dir"/inbox.* 2>/dev/null | awk '{print $3/1000}' | sort -n | awk '{a[NR]=$1} END {printf "raw SQL, 8 clients, latency ms p50 %.1f p99 %.1f\n", a[int(NR*0.5)], a[int(NR*0.99)]}'

echo "== 3. the deadline sweep over $open_orders open orders =="
psql_bench -qc "update sla_sweep_cursor set swept_until = now() - interval '30 seconds'"
echo "pass after 30 s: $(curl -fsS -u admin:Demo12345 -X POST "$base/api/sla/sweep")"
psql_bench -qc "update sla_sweep_cursor set swept_until = now() - interval '1 hour'"
echo "catch-up after 1 hour away: $(curl -fsS -u admin:Demo12345 -X POST "$base/api/sla/sweep")"
echo "-- EXPLAIN of the inbox page query:"
psql_bench -c "explain (analyze, costs off, timing off, summary on) $(head -n 3 "$bench_dir/inbox.sql")" | grep -E "Index|Scan|Execution|Sort|Limit"
echo "-- EXPLAIN of the sweep's read (reply deadlines that fell due in the last 35 s):"
psql_bench -c "explain (analyze, costs off, timing off, summary on) select d.id from work_order_dispatch d
  where d.current and d.lead and d.replied_at is null and d.returned_at is null and d.paused_at is null
    and d.reply_due_at > now() - interval '35 seconds' and d.reply_due_at <= now()" | grep -E "Index|Scan|Execution|Filter"

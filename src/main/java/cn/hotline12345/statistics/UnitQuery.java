package cn.hotline12345.statistics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The SQL of the per-unit figures (docs/metrics.md, "Member units"). Each figure is counted where
 * the timestamp that places it lies in the period, so each kind of fact is one index range: the
 * dispatches made, the replies made, the returns, send-backs, reviews, callbacks, supervisions,
 * approved extensions and urges of the period, and the dispatches overdue at its end. The ranges
 * are added up per unit in one statement.
 */
final class UnitQuery {

    /** One kind of fact: where it is read, which timestamp places it, and which figures it gives. */
    private record Branch(String from, String unit, String order, String placedBy, String where,
            Map<String, String> figures) {
    }

    private static final String D = "work_order_dispatch d";

    private static final List<Branch> FLOWS = List.of(
            new Branch(D, "d.unit_id", "d.work_order_id", "d.dispatched_at", "true", Map.of(
                    "dispatched", "count(*) filter (where d.lead and d.rework_of_id is null)",
                    "co_dispatched", "count(*) filter (where not d.lead)",
                    "signed_on_time", "count(*) filter (where d.lead and d.rework_of_id is null and d.signed_on_time)")),
            new Branch(D, "d.unit_id", "d.work_order_id", "d.replied_at", "d.lead", Map.of(
                    "replied", "count(*)",
                    "replied_on_time", "count(*) filter (where d.replied_on_time)")),
            new Branch(D, "d.unit_id", "d.work_order_id", "d.returned_at", "d.lead", Map.of("returned", "count(*)")),
            new Branch(D, "d.unit_id", "d.work_order_id", "d.sent_back_at", "true", Map.of("sent_back", "count(*)")),
            new Branch(D, "d.unit_id", "d.work_order_id", "d.reviewed_at", "true", Map.of("reviewed", "count(*)")),
            new Branch(D, "d.unit_id", "d.work_order_id", "d.called_back_at", "true", Map.of(
                    "called_back", "count(*)",
                    "satisfied", "count(*) filter (where d.satisfaction = 'SATISFIED')",
                    "basically_satisfied", "count(*) filter (where d.satisfaction = 'BASICALLY_SATISFIED')",
                    "dissatisfied", "count(*) filter (where d.satisfaction = 'DISSATISFIED')",
                    "unreachable", "count(*) filter (where d.satisfaction = 'UNREACHABLE')")),
            new Branch(D, "d.unit_id", "d.work_order_id", "d.supervised_at", "true", Map.of("supervised", "count(*)")),
            new Branch("work_order_request r join work_order_dispatch d on d.id = r.dispatch_id", "d.unit_id",
                    "d.work_order_id", "r.decided_at", "r.kind = 'EXTENSION' and r.state = 'APPROVED'",
                    Map.of("extended", "count(*)")),
            // Urges name the unit they were sent to, by the system's sweep or by a person.
            new Branch("work_order_event e join member_unit eu on eu.code = e.details ->> 'unit'", "eu.id",
                    "e.work_order_id", "e.occurred_at", "e.action = 'URGE'", Map.of("urged", "count(*)")));

    /**
     * With the unit at the period's end (or now): past the reply deadline in force and not paused,
     * then. Three disjoint ways to have been so, each read from its own partial index.
     */
    private static final List<String> OVERDUE_AT_END = List.of(
            "d.current and d.replied_at is null and d.returned_at is null",
            "d.replied_on_time = false and d.replied_at >= :asOf",
            "d.replied_at is null and d.returned_at >= :asOf");

    private UnitQuery() {
    }

    /**
     * The statement: one row per unit with any figure, with its code, name, level and kind.
     * Parameters: start, end, asOf; units (ids) when {@code byUnit}; district, categories,
     * channel and type when the scope names them.
     */
    static String sql(Scope scope, boolean byUnit) {
        List<String> parts = new ArrayList<>();
        for (Branch branch : FLOWS) {
            parts.add(select(branch, scope, byUnit, branch.placedBy() + " >= :start and " + branch.placedBy()
                    + " < :end and " + branch.where()));
        }
        for (String way : OVERDUE_AT_END) {
            Branch overdue = new Branch(D, "d.unit_id", "d.work_order_id", "d.reply_due_at",
                    "d.lead and d.dispatched_at < :asOf and (d.paused_at is null or d.paused_at > :asOf) and " + way,
                    Map.of("overdue_open", "count(*)"));
            parts.add(select(overdue, scope, byUnit, "d.reply_due_at < :asOf and " + overdue.where()));
        }
        String sums = UnitFigures.COLUMNS.stream().map(c -> "sum(f." + c + ")::bigint as " + c)
                .collect(Collectors.joining(", "));
        return "select u.id, u.code, u.name, u.level, u.kind, " + sums + "\n  from (\n"
                + String.join("\n  union all\n", parts) + "\n  ) f join member_unit u on u.id = f.unit_id"
                + "\n group by u.id, u.code, u.name, u.level, u.kind order by u.code";
    }

    private static String select(Branch branch, Scope scope, boolean byUnit, String where) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (String column : UnitFigures.COLUMNS) {
            columns.put(column, branch.figures().getOrDefault(column, "0"));
        }
        StringBuilder sql = new StringBuilder("  select ").append(branch.unit()).append(" as unit_id, ")
                .append(columns.entrySet().stream().map(e -> e.getValue() + " as " + e.getKey())
                        .collect(Collectors.joining(", ")))
                .append("\n    from ").append(branch.from());
        if (scope.narrowsOrders()) {
            sql.append(" join work_order o on o.id = ").append(branch.order());
        }
        sql.append("\n   where ").append(where);
        if (byUnit) {
            sql.append(" and ").append(branch.unit()).append(" = any(:units)");
        }
        sql.append(OrderScope.conditions(scope, "o"));
        return sql.append("\n   group by 1").toString();
    }
}

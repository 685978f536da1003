package cn.hotline12345.statistics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import cn.hotline12345.common.DomainException;
import cn.hotline12345.common.HotlineConfig;
import cn.hotline12345.statistics.ReportingDatabase.Source;
import cn.hotline12345.unit.UnitGroup;
import cn.hotline12345.unit.UnitKind;
import cn.hotline12345.unit.UnitLevel;
import cn.hotline12345.workorder.Channel;
import cn.hotline12345.workorder.WorkOrderType;

/**
 * The figures of any period and scope, counted by SQL over indexed columns on the reporting
 * database; never by loading orders. Definitions: docs/metrics.md.
 */
@ApplicationScoped
public class StatisticsService {

    @Inject
    ReportingDatabase db;

    @Inject
    HotlineConfig hotline;

    @Inject
    Clock clock;

    @Inject
    ReportWorkers workers;

    /** One unit's row of the unit table. */
    public record UnitRow(long unitId, String unitCode, String unitName, UnitGroup group,
            @JsonUnwrapped UnitFigures figures) {
    }

    /** A unit's figures in the period before (环比) and the same period a year earlier (同比). */
    public record UnitComparison(long unitId, UnitFigures previous, UnitFigures lastYear) {
    }

    /**
     * Every unit with a figure in the period and scope, and their sum; asked for with comparisons,
     * also each unit's and the sum's figures of the period before and a year earlier.
     */
    public record UnitTable(Period period, Source source, List<UnitRow> rows, UnitFigures totals,
            @JsonInclude(JsonInclude.Include.NON_NULL) Period previousPeriod,
            @JsonInclude(JsonInclude.Include.NON_NULL) UnitFigures previousTotals,
            @JsonInclude(JsonInclude.Include.NON_NULL) Period lastYearPeriod,
            @JsonInclude(JsonInclude.Include.NON_NULL) UnitFigures lastYearTotals,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<UnitComparison> comparisons) {

        public UnitFigures of(long unitId) {
            return rows.stream().filter(row -> row.unitId() == unitId).map(UnitRow::figures).findFirst()
                    .orElse(UnitFigures.NONE);
        }

        /** A unit's figures of the period before, in a table asked for with comparisons. */
        public UnitFigures previousOf(long unitId) {
            return comparisons == null ? UnitFigures.NONE : comparisons.stream().filter(c -> c.unitId() == unitId)
                    .map(UnitComparison::previous).findFirst().orElse(UnitFigures.NONE);
        }
    }

    /** Figures of a period beside those of the period before (环比) and a year before (同比). */
    public record Compared<T>(Period period, T current, Period previousPeriod, T previous, Period lastYearPeriod,
            T lastYear, Source source) {
    }

    public UnitTable units(Period period, Scope scope) {
        Map<String, Object> parameters = bounds(period);
        List<Long> units = unitsOf(scope);
        if (units != null) {
            parameters.put("units", units);
        }
        OrderScope.parameters(scope, categoriesOf(scope), parameters);
        var result = db.list(UnitQuery.sql(scope, units != null), parameters, StatisticsService::unitRow);
        List<UnitRow> rows = scope.group() == null ? result.rows()
                : result.rows().stream().filter(row -> row.group() == scope.group()).toList();
        UnitFigures totals = rows.stream().map(UnitRow::figures).reduce(UnitFigures.NONE, UnitFigures::plus);
        return new UnitTable(period, result.source(), rows, totals, null, null, null, null, null);
    }

    /** The unit table with 环比 and 同比: the three periods counted side by side. */
    public UnitTable unitsCompared(Period period, Scope scope) {
        var previous = workers.start(() -> units(period.previous(), scope));
        var lastYear = workers.start(() -> units(period.sameLastYear(), scope));
        UnitTable current = units(period, scope);
        UnitTable before = ReportWorkers.result(previous);
        UnitTable yearAgo = ReportWorkers.result(lastYear);
        List<UnitComparison> comparisons = current.rows().stream().map(row -> new UnitComparison(row.unitId(),
                before.of(row.unitId()), yearAgo.of(row.unitId()))).toList();
        return new UnitTable(period, current.source(), current.rows(), current.totals(), before.period(),
                before.totals(), yearAgo.period(), yearAgo.totals(), comparisons);
    }

    /** One unit's figures in each of the given months, oldest first: the trend of its scorecard. */
    public List<UnitFigures> unitByMonth(long unitId, List<Period> months) {
        List<UnitFigures> figures = new ArrayList<>();
        for (Period month : months) {
            figures.add(units(month, Scope.unit(unitId)).of(unitId));
        }
        return figures;
    }

    /** A dispatch behind a figure: its order, and the moment that placed it in the period. */
    public record FactRow(long dispatchId, long workOrderId, String number, String summary, java.time.Instant at,
            java.time.Instant replyDueAt) {
    }

    /** The dispatches of one unit behind a figure that counts against it, newest first, at most {@code limit}. */
    public List<FactRow> behind(long unitId, Period period, UnitFact fact, int offset, int limit) {
        Map<String, Object> parameters = bounds(period);
        parameters.put("unit", unitId);
        parameters.put("limit", limit);
        parameters.put("offset", offset);
        String sql = "select d.id, o.id as order_id, o.number, o.summary, " + fact.placedBy + " as at, d.reply_due_at"
                + " from work_order_dispatch d join work_order o on o.id = d.work_order_id"
                + " where d.unit_id = :unit and " + fact.where + " order by " + fact.placedBy + " desc, d.id desc"
                + " limit :limit offset :offset";
        return db.list(sql, parameters, row -> new FactRow(row.getLong(1), row.getLong(2), row.getString(3),
                row.getString(4), row.getObject(5, java.time.OffsetDateTime.class).toInstant(),
                row.getObject(6, java.time.OffsetDateTime.class).toInstant())).rows();
    }

    public long countBehind(long unitId, Period period, UnitFact fact) {
        Map<String, Object> parameters = bounds(period);
        parameters.put("unit", unitId);
        return db.list("select count(*) from work_order_dispatch d where d.unit_id = :unit and " + fact.where,
                parameters, row -> row.getLong(1)).rows().get(0);
    }

    public Compared<CallFigures> calls(Period period) {
        var current = calls1(period);
        return new Compared<>(period, current.figures, period.previous(), calls1(period.previous()).figures,
                period.sameLastYear(), calls1(period.sameLastYear()).figures, current.source);
    }

    public Compared<OrderFigures> orders(Period period, Scope scope) {
        var current = orders1(period, scope);
        return new Compared<>(period, current.figures, period.previous(), orders1(period.previous(), scope).figures,
                period.sameLastYear(), orders1(period.sameLastYear(), scope).figures, current.source);
    }

    /** The calls of one period, without comparisons. */
    public CallFigures callFigures(Period period) {
        return calls1(period).figures;
    }

    /** The work orders of one period and scope, without comparisons. */
    public OrderFigures orderFigures(Period period, Scope scope) {
        return orders1(period, scope).figures;
    }

    private record Read<T>(T figures, Source source) {
    }

    private Read<CallFigures> calls1(Period period) {
        Map<String, Object> parameters = bounds(period);
        var result = db.list(CallFigures.SQL, parameters, CallRow::read);
        return new Read<>(CallRow.figures(result.rows()), result.source());
    }

    private Read<OrderFigures> orders1(Period period, Scope scope) {
        Map<String, Object> parameters = bounds(period);
        List<Long> units = unitsOf(scope);
        String conditions = OrderScope.conditions(scope, "o");
        if (units != null) {
            parameters.put("units", units);
            conditions += " and o.lead_unit_id = any(:units)";
        }
        OrderScope.parameters(scope, categoriesOf(scope), parameters);
        String registeredConditions = conditions.replace(" o.", " w.");
        List<RegisteredRow> registered = db.list(OrderFigures.REGISTERED_SQL.formatted(registeredConditions),
                parameters, RegisteredRow::read).rows();
        String join = conditions.isEmpty() ? "" : "join work_order o on o.id = d.work_order_id";
        var flows = db.list(OrderFigures.FLOW_SQL.formatted(conditions, join), parameters,
                row -> new long[] {row.getLong("dispatched"), row.getLong("closed"), row.getLong("open_at_end")});
        long[] flow = flows.rows().get(0);
        return new Read<>(orderFigures(registered, flow), flows.source());
    }

    // --- scope --------------------------------------------------------------------------------

    /** The unit and every unit below it, or null when the scope names no unit. */
    private List<Long> unitsOf(Scope scope) {
        return scope.unitId() == null ? null : subtree("member_unit", scope.unitId(), "unit");
    }

    /** The topic and every topic below it, or null when the scope names none. */
    List<Long> categoriesOf(Scope scope) {
        return scope.categoryId() == null ? null : subtree("category", scope.categoryId(), "category");
    }

    /** A row of a tree table (parent_id) and every row below it; 404 when there is no such row. */
    private List<Long> subtree(String table, long id, String what) {
        List<Long> ids = db.list("""
                with recursive tree (id) as (
                    select id from %1$s where id = :root
                    union all
                    select t.id from %1$s t join tree on t.parent_id = tree.id)
                select id from tree""".formatted(table), Map.of("root", id), row -> row.getLong(1)).rows();
        if (ids.isEmpty()) {
            throw DomainException.notFound(what, id);
        }
        return ids;
    }

    private Map<String, Object> bounds(Period period) {
        ZoneId zone = hotline.timeZone();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("start", period.start(zone));
        parameters.put("end", period.end(zone));
        parameters.put("asOf", period.asOf(zone, clock.instant()));
        parameters.put("zone", zone.getId());
        return parameters;
    }

    // --- rows ---------------------------------------------------------------------------------

    private static UnitRow unitRow(ResultSet row) throws SQLException {
        UnitGroup group = UnitGroup.of(UnitLevel.valueOf(row.getString("level")), UnitKind.valueOf(row.getString("kind")));
        return new UnitRow(row.getLong("id"), row.getString("code"), row.getString("name"), group,
                UnitFigures.read(row));
    }

    /** A row of the call query: the whole period, one hour of the day, or one day. */
    private record CallRow(boolean total, Integer hour, LocalDate day, long[] v) {

        static final String[] COLUMNS = {"received", "offered", "answered", "abandoned", "answered_within_15s",
            "wait_seconds", "talk_seconds", "waited_calls", "talked_calls", "called_back", "called_back_1h",
            "callback_delay", "surveyed", "survey_satisfied", "survey_basically", "survey_dissatisfied"};

        static CallRow read(ResultSet row) throws SQLException {
            long[] v = new long[COLUMNS.length];
            for (int i = 0; i < v.length; i++) {
                v[i] = row.getLong(COLUMNS[i]);
            }
            boolean byHour = row.getInt("by_hour") == 0;
            boolean byDay = row.getInt("by_day") == 0;
            return new CallRow(!byHour && !byDay, byHour ? row.getInt("hour") : null,
                    byDay ? row.getObject("day", LocalDate.class) : null, v);
        }

        static CallFigures figures(List<CallRow> rows) {
            long[] t = rows.stream().filter(CallRow::total).findFirst().map(CallRow::v)
                    .orElse(new long[COLUMNS.length]);
            long[][] hours = new long[24][];
            List<CallFigures.Day> days = new ArrayList<>();
            for (CallRow row : rows) {
                if (row.hour() != null) {
                    hours[row.hour()] = row.v();
                } else if (row.day() != null) {
                    days.add(new CallFigures.Day(row.day(), row.v()[1], row.v()[2], row.v()[3]));
                }
            }
            List<CallFigures.Hour> byHour = new ArrayList<>();
            for (int h = 0; h < 24; h++) {
                long[] v = hours[h] == null ? new long[COLUMNS.length] : hours[h];
                byHour.add(new CallFigures.Hour(h, v[1], v[2], v[3], v[4]));
            }
            days.sort(java.util.Comparator.comparing(CallFigures.Day::day));
            return new CallFigures(t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7], t[8], t[9], t[10], t[11], t[12],
                    t[13], t[14], t[15], byHour, days);
        }
    }

    /** A row of the registration query: the whole period, or one channel, type, topic, district or day. */
    private record RegisteredRow(String dimension, Object key, long registered, long direct) {

        static RegisteredRow read(ResultSet row) throws SQLException {
            String dimension = "total";
            Object key = null;
            if (row.getInt("g_channel") == 0) {
                dimension = "channel";
                key = Channel.valueOf(row.getString("channel"));
            } else if (row.getInt("g_type") == 0) {
                dimension = "type";
                key = WorkOrderType.valueOf(row.getString("type"));
            } else if (row.getInt("g_category") == 0) {
                dimension = "category";
                key = row.getLong("root_id");
            } else if (row.getInt("g_district") == 0) {
                dimension = "district";
                long district = row.getLong("district_unit_id");
                key = row.wasNull() ? null : district;
            } else if (row.getInt("g_day") == 0) {
                dimension = "day";
                key = row.getObject("day", LocalDate.class);
            }
            return new RegisteredRow(dimension, key, row.getLong("registered"), row.getLong("direct"));
        }
    }

    private OrderFigures orderFigures(List<RegisteredRow> rows, long[] flow) {
        RegisteredRow total = rows.stream().filter(r -> r.dimension().equals("total")).findFirst()
                .orElse(new RegisteredRow("total", null, 0, 0));
        List<OrderFigures.Count<Channel>> channels = new ArrayList<>();
        List<OrderFigures.Count<WorkOrderType>> types = new ArrayList<>();
        List<OrderFigures.Count<LocalDate>> days = new ArrayList<>();
        Map<Long, Long> categories = new HashMap<>();
        Map<Long, Long> districts = new HashMap<>();
        for (RegisteredRow row : rows) {
            switch (row.dimension()) {
                case "channel" -> channels.add(new OrderFigures.Count<>((Channel) row.key(), row.registered()));
                case "type" -> types.add(new OrderFigures.Count<>((WorkOrderType) row.key(), row.registered()));
                case "day" -> days.add(new OrderFigures.Count<>((LocalDate) row.key(), row.registered()));
                case "category" -> categories.put((Long) row.key(), row.registered());
                case "district" -> districts.put((Long) row.key(), row.registered());
                default -> {
                }
            }
        }
        channels.sort(java.util.Comparator.comparing((OrderFigures.Count<Channel> c) -> -c.count()));
        types.sort(java.util.Comparator.comparing((OrderFigures.Count<WorkOrderType> c) -> -c.count()));
        days.sort(java.util.Comparator.comparing(OrderFigures.Count::key));
        return new OrderFigures(total.registered(), total.direct(), flow[0], flow[1], flow[2], channels, types,
                named("category", categories), named("member_unit", districts), days);
    }

    /** Counts keyed by id, with the code and name of each, largest first. */
    private List<OrderFigures.Named> named(String table, Map<Long, Long> counts) {
        if (counts.isEmpty()) {
            return List.of();
        }
        List<Long> ids = counts.keySet().stream().filter(java.util.Objects::nonNull).toList();
        Map<Long, String[]> names = new HashMap<>();
        if (!ids.isEmpty()) {
            db.list("select id, code, name from " + table + " where id = any(:ids)", Map.of("ids", ids),
                    row -> names.put(row.getLong(1), new String[] {row.getString(2), row.getString(3)}));
        }
        List<OrderFigures.Named> out = new ArrayList<>();
        counts.forEach((id, count) -> {
            String[] name = id == null ? new String[] {null, null} : names.getOrDefault(id, new String[] {null, null});
            out.add(new OrderFigures.Named(id, name[0], name[1], count));
        });
        out.sort(java.util.Comparator.comparing((OrderFigures.Named n) -> -n.count())
                .thenComparing(n -> n.code() == null ? "~" : n.code()));
        return out;
    }
}

package cn.hotline12345.statistics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.hotline12345.common.HotlineConfig;
import cn.hotline12345.common.Masking;
import cn.hotline12345.orderindex.OrderTopics;

/**
 * Hot and hard topics of a period (热点、难点, docs/metrics.md "Hot and hard topics"): the topics
 * that grew most, the words significantly more frequent than before, and the topics most sent
 * back, most overdue, most dissatisfied and most repeated by the same callers.
 */
@ApplicationScoped
public class HotTopics {

    /** How many of each list a report shows. */
    static final int TOP = 10;
    /** A word must be in this many orders of the period to be a hot topic. */
    static final int MIN_ORDERS_PER_WORD = 3;

    @Inject
    ReportingDatabase db;

    @Inject
    OrderTopics topics;

    @Inject
    HotlineConfig config;

    @Inject
    Clock clock;

    @Inject
    ReportWorkers workers;

    @Inject
    StatisticsService statistics;

    public record Named(long id, String name, long count) {
    }

    /** A topic (category) of the period with its count before. */
    public record Topic(long categoryId, String code, String name, long count, long previous) {

        public long growth() {
            return count - previous;
        }

        public String change() {
            return Rates.change(count, previous);
        }
    }

    /** A hot word: its orders in the period and before, and the districts and units it concerns most. */
    public record Word(String word, long count, long previous, double score, List<Named> districts,
            List<Named> units) {

        public String change() {
            return Rates.change(count, previous);
        }
    }

    /** A caller who called about several orders in the period (number masked). */
    public record RepeatCaller(String caller, long orders, String topic, long lastOrderId, String lastOrderNumber) {
    }

    /** {@code indexed}: false when the order index could not be reached, and the words and repeat callers are missing. */
    public record Report(Period period, List<Topic> growing, List<Word> words, List<Topic> sentBack,
            List<Topic> overdue, List<Topic> dissatisfied, List<RepeatCaller> repeatCallers, boolean indexed) {
    }

    /**
     * The report; its six parts are counted at once, on PostgreSQL and on Elasticsearch side by
     * side, so the whole takes about as long as its slowest part.
     */
    public Report of(Period period, Scope scope) {
        var growing = workers.start(() -> growing(period, scope));
        var words = workers.start(() -> words(period, scope));
        var sentBack = workers.start(() -> byTopic(period, scope, """
                select o.category_id, count(*) from work_order_dispatch d join work_order o on o.id = d.work_order_id
                 where d.sent_back_at >= :start and d.sent_back_at < :end %s group by 1"""));
        var overdue = workers.start(() -> byTopic(period, scope, """
                select o.category_id, count(*) from work_order_dispatch d join work_order o on o.id = d.work_order_id
                 where %s %%s group by 1""".formatted(UnitFact.OVERDUE_OPEN.where)));
        var dissatisfied = workers.start(() -> byTopic(period, scope, """
                select o.category_id, count(*) from work_order_dispatch d join work_order o on o.id = d.work_order_id
                 where d.called_back_at >= :start and d.called_back_at < :end and d.satisfaction = 'DISSATISFIED' %s
                 group by 1"""));
        var repeat = workers.start(() -> repeatCallers(period, scope));
        // Without the order index the rest of the report still stands; the page says what is missing.
        List<Word> hotWords = List.of();
        List<RepeatCaller> callers = List.of();
        boolean indexed = true;
        try {
            hotWords = ReportWorkers.result(words);
            callers = ReportWorkers.result(repeat);
        } catch (cn.hotline12345.common.DomainException e) {
            if (e.type() != cn.hotline12345.common.ProblemType.SERVICE_UNAVAILABLE) {
                throw e;
            }
            indexed = false;
        }
        return new Report(period, ReportWorkers.result(growing), hotWords, ReportWorkers.result(sentBack),
                ReportWorkers.result(overdue), ReportWorkers.result(dissatisfied), callers, indexed);
    }

    /** Topics by orders registered in the period, those that grew most over the period before first. */
    private List<Topic> growing(Period period, Scope scope) {
        Map<String, Object> p = parameters(period, scope);
        Period before = period.previous();
        p.put("prevStart", before.start(config.timeZone()));
        p.put("prevEnd", before.end(config.timeZone()));
        String where = scopeSql(scope);
        List<Topic> all = db.list("""
                select c.id, c.code, c.name, n.now, n.before from (
                    select o.category_id,
                           count(*) filter (where o.registered_at >= :start) as now,
                           count(*) filter (where o.registered_at < :prevEnd) as before
                      from work_order o
                     where ((o.registered_at >= :start and o.registered_at < :end)
                         or (o.registered_at >= :prevStart and o.registered_at < :prevEnd)) %s
                     group by 1) n join category c on c.id = n.category_id
                 where n.now > 0""".formatted(where), p,
                row -> new Topic(row.getLong(1), row.getString(2), row.getString(3), row.getLong(4), row.getLong(5)))
                .rows();
        return all.stream().sorted(java.util.Comparator.comparingLong(Topic::growth).reversed()
                .thenComparing(java.util.Comparator.comparingLong(Topic::count).reversed())
                .thenComparing(Topic::code)).limit(TOP).toList();
    }

    private List<Word> words(Period period, Scope scope) {
        ZoneId zone = config.timeZone();
        // "Before": at least three months, or three periods as long as this one.
        Duration lookback = Duration.ofDays(Math.max(90, 3 * period.days()));
        Instant start = period.start(zone);
        OrderTopics.Slice slice = new OrderTopics.Slice(start, period.end(zone), scope.districtUnitId(), scope.categoryId());
        List<OrderTopics.Word> found = topics.significantWords(slice, start.minus(lookback), TOP, MIN_ORDERS_PER_WORD);
        Period before = period.previous();
        Map<String, Long> previous = topics.counts(new OrderTopics.Slice(before.start(zone), before.end(zone),
                scope.districtUnitId(), scope.categoryId()), found.stream().map(OrderTopics.Word::word).toList());
        List<Long> unitIds = new ArrayList<>();
        found.forEach(w -> {
            w.districts().forEach(b -> unitIds.add(b.id()));
            w.units().forEach(b -> unitIds.add(b.id()));
        });
        Map<Long, String> names = unitNames(unitIds);
        return found.stream().map(w -> new Word(w.word(), w.count(), previous.getOrDefault(w.word(), 0L),
                Math.round(w.score() * 1000) / 1000.0, named(w.districts(), names), named(w.units(), names))).toList();
    }

    private List<Topic> byTopic(Period period, Scope scope, String sql) {
        Map<String, Object> p = parameters(period, scope);
        Map<Long, Long> counts = new HashMap<>();
        db.list(sql.formatted(scopeSql(scope)), p, row -> counts.put(row.getLong(1), row.getLong(2)));
        if (counts.isEmpty()) {
            return List.of();
        }
        return db.list("select id, code, name from category where id = any(:ids)", Map.of("ids", List.copyOf(counts.keySet())),
                row -> new Topic(row.getLong(1), row.getString(2), row.getString(3), counts.get(row.getLong(1)), 0))
                .rows().stream().sorted(java.util.Comparator.comparingLong(Topic::count).reversed()
                        .thenComparing(Topic::code)).limit(TOP).toList();
    }

    private List<RepeatCaller> repeatCallers(Period period, Scope scope) {
        ZoneId zone = config.timeZone();
        List<OrderTopics.Caller> callers = topics.repeatCallers(new OrderTopics.Slice(period.start(zone),
                period.end(zone), scope.districtUnitId(), scope.categoryId()), TOP);
        if (callers.isEmpty()) {
            return List.of();
        }
        Map<Long, String> categories = new HashMap<>();
        Map<Long, String> numbers = new HashMap<>();
        db.list("select id, name from category where id = any(:ids)", Map.of("ids",
                callers.stream().map(OrderTopics.Caller::topCategoryId).distinct().toList()),
                row -> categories.put(row.getLong(1), row.getString(2)));
        db.list("select id, number from work_order where id = any(:ids)", Map.of("ids",
                callers.stream().map(OrderTopics.Caller::lastOrderId).toList()),
                row -> numbers.put(row.getLong(1), row.getString(2)));
        return callers.stream().map(c -> new RepeatCaller(Masking.phone(c.number()), c.orders(),
                categories.getOrDefault(c.topCategoryId(), ""), c.lastOrderId(), numbers.getOrDefault(c.lastOrderId(), "")))
                .toList();
    }

    private Map<String, Object> parameters(Period period, Scope scope) {
        ZoneId zone = config.timeZone();
        Map<String, Object> p = new HashMap<>();
        p.put("start", period.start(zone));
        p.put("end", period.end(zone));
        p.put("asOf", period.asOf(zone, clock.instant()));
        if (scope.districtUnitId() != null) {
            p.put("district", scope.districtUnitId());
        }
        if (scope.categoryId() != null) {
            p.put("categories", statistics.categoriesOf(scope));
        }
        return p;
    }

    /** The district and topic of a scope, over the order aliased o (the topic with every topic below it). */
    private static String scopeSql(Scope scope) {
        StringBuilder sql = new StringBuilder();
        if (scope.districtUnitId() != null) {
            sql.append(" and o.district_unit_id = :district");
        }
        if (scope.categoryId() != null) {
            sql.append(" and o.category_id = any(:categories)");
        }
        return sql.toString();
    }

    private Map<Long, String> unitNames(List<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            db.list("select id, name from member_unit where id = any(:ids)", Map.of("ids", ids),
                    row -> names.put(row.getLong(1), row.getString(2)));
        }
        return names;
    }

    private static List<Named> named(List<OrderTopics.Bucket> buckets, Map<Long, String> names) {
        return buckets.stream().map(b -> new Named(b.id(), names.getOrDefault(b.id(), String.valueOf(b.id())), b.count()))
                .toList();
    }
}

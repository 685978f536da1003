package cn.hotline12345.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

import cn.hotline12345.bulletin.DemoBulletins;
import cn.hotline12345.common.HotlineConfig;
import cn.hotline12345.orderindex.OrderIndex;
import cn.hotline12345.orderindex.OrderIndexer;

/**
 * With demo data on, an empty hotline gets the last three full months and the current month of
 * history: work orders of every type and outcome across the city's units, the calls behind them and
 * many more, a published bulletin of last month and a draft of this one. Written in one
 * transaction with set-based batches, in the shape the domain's own steps leave.
 */
@ApplicationScoped
public class DemoHistory {

    private static final Logger LOG = Logger.getLogger(DemoHistory.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Orders and calls a month brings (Foshan: some 940 orders and 14,000 calls a month). */
    static final int ORDERS_PER_MONTH = 900;
    static final int CALLS_PER_DAY = 160;

    @Inject
    HotlineConfig config;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Clock clock;

    @Inject
    DemoBulletins bulletins;

    @Inject
    OrderIndexer orderIndexer;

    @Inject
    OrderIndex orderIndex;

    // After the demo accounts and the assessment scheme are in place.
    void onStart(@Observes @Priority(4000) StartupEvent event) {
        if (!config.demoData() || !config.demoHistory()) {
            return;
        }
        ZoneId zone = config.timeZone();
        Instant now = clock.instant();
        YearMonth current = YearMonth.from(now.atZone(zone));
        YearMonth first = current.minusMonths(3);
        QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection()) {
                if (exists(c, "select 1 from work_order where call_linked_id like 'demo-%' limit 1")) {
                    return false;
                }
                long started = System.nanoTime();
                DemoWorld world = world(c);
                List<DemoOrders.Order> orders = new DemoOrders(world, now, zone).plan(first, ORDERS_PER_MONTH, Map.of(
                        first, "EN01", first.plusMonths(1), "HF04", current.minusMonths(1), "UT01", current, "TR04"));
                orders.forEach(DemoOrders::settle);
                List<DemoCalls.Call> calls = new DemoCalls(now, zone).plan(first.atDay(1), CALLS_PER_DAY, orders);
                writeCalls(c, calls);
                writeOrders(c, orders, zone);
                LOG.infof("demo history: %d work orders and %d calls since %s, in %d ms", orders.size(), calls.size(),
                        first, (System.nanoTime() - started) / 1_000_000);
                return true;
            }
        });
        // The bulletins' hot topics read the order index: it takes the history in first (the indexer's
        // own first pass may be building it at this moment).
        awaitOrderIndex();
        // Each bulletin is made once, whether the history was made now or at an earlier start.
        bulletins.seed(current.minusMonths(1), current);
    }

    private void awaitOrderIndex() {
        long until = System.nanoTime() + java.time.Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < until) {
            try {
                orderIndexer.drain();
                if (orderIndex.aliasExists() && orderIndexer.backlog() == 0) {
                    orderIndex.refresh(orderIndex.alias());
                    return;
                }
            } catch (RuntimeException e) {
                LOG.debugf("order index not ready yet: %s", e.getMessage());
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        LOG.warn("demo bulletins made before the order index took the history in: their hot words are missing");
    }

    private static boolean exists(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            return r.next();
        }
    }

    private DemoWorld world(Connection c) throws SQLException {
        Map<String, List<String[]>> texts = new HashMap<>();
        for (String line : text("demo/order-texts.csv").lines().skip(1).toList()) {
            String[] cells = line.split(",", 3);
            texts.computeIfAbsent(cells[0], k -> new ArrayList<>()).add(new String[] {cells[1], cells[2]});
        }
        List<DemoWorld.Topic> topics = new ArrayList<>();
        Map<String, Long> categoryIds = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("select id, code, parent_id from category where active");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                categoryIds.put(r.getString(2), r.getLong(1));
                if (r.getObject(3) != null && texts.containsKey(r.getString(2))) {
                    topics.add(new DemoWorld.Topic(r.getLong(1), r.getString(2), texts.get(r.getString(2))));
                }
            }
        }
        Map<Long, String> codes = new HashMap<>();
        Map<Long, Long> parents = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        Map<Long, String> kinds = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("select id, code, name, parent_id, level || '/' || kind from member_unit where active");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                codes.put(r.getLong(1), r.getString(2));
                names.put(r.getLong(1), r.getString(3));
                parents.put(r.getLong(1), (Long) r.getObject(4));
                kinds.put(r.getLong(1), r.getString(5));
            }
        }
        List<DemoWorld.District> districts = new ArrayList<>();
        kinds.forEach((id, kind) -> {
            if (kind.equals("DISTRICT/GOVERNMENT")) {
                List<DemoWorld.Town> towns = new ArrayList<>();
                List<Long> departments = new ArrayList<>();
                parents.forEach((child, parent) -> {
                    if (id.equals(parent) && kinds.get(child).equals("TOWN/TOWN_STREET")) {
                        towns.add(new DemoWorld.Town(child, names.get(child)));
                    } else if (id.equals(parent) && kinds.get(child).equals("DISTRICT/DEPARTMENT")) {
                        departments.add(child);
                    }
                });
                towns.sort(java.util.Comparator.comparing(DemoWorld.Town::id));
                departments.sort(Long::compare);
                districts.add(new DemoWorld.District(id, names.get(id), towns, departments));
            }
        });
        districts.sort(java.util.Comparator.comparing(DemoWorld.District::id));
        // The routing rules by topic alone (the leaf's own, else its parent's), as the dispatch form suggests them.
        Map<Long, Long> byCategory = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("""
                select category_id, unit_id from routing_rule
                 where active and category_id is not null and district_unit_id is null and town_unit_id is null
                   and keywords is null"""); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                byCategory.put(r.getLong(1), r.getLong(2));
            }
        }
        Map<Long, Long> routes = new HashMap<>();
        for (DemoWorld.Topic topic : topics) {
            Long unit = byCategory.get(topic.id());
            if (unit == null) {
                unit = byCategory.get(categoryIds.get(topic.code().substring(0, 2)));
            }
            if (unit != null) {
                routes.put(topic.id(), unit);
            }
        }
        Map<Long, String> handlers = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("select unit_id, min(username) from account where unit_id is not null group by 1");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                handlers.put(r.getLong(1), r.getString(2));
            }
        }
        return new DemoWorld(topics, districts, routes, codes, handlers);
    }

    private void writeOrders(Connection c, List<DemoOrders.Order> orders, ZoneId zone) throws SQLException {
        List<Long> orderIds = ids(c, "work_order", orders.size());
        int parts = orders.stream().mapToInt(o -> o.parts.size()).sum();
        List<Long> partIds = ids(c, "work_order_dispatch", parts);
        List<Long> numbers = sequence(c, "work_order_number_seq", orders.size());
        Map<DemoOrders.Part, Long> partId = new IdentityHashMap<>();
        int next = 0;
        for (DemoOrders.Order o : orders) {
            for (DemoOrders.Part p : o.parts) {
                partId.put(p, partIds.get(next++));
            }
        }
        try (PreparedStatement order = c.prepareStatement("""
                insert into work_order (id, number, channel, type, category_id, caller_number, caller_name, anonymous,
                    callback_consent, district_unit_id, town_unit_id, citizen_text, summary, state, lead_unit_id,
                    registered_by, registered_at, answer, satisfaction, closed_at, updated_at, supervised_at,
                    supervision_note, call_linked_id)
                overriding system value values (?, ?, ?, ?, ?, ?, ?, false, true, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
                PreparedStatement dispatch = c.prepareStatement("""
                insert into work_order_dispatch (id, work_order_id, unit_id, lead, current, open, dispatched_at,
                    dispatched_by, sign_due_at, reply_due_at, original_reply_due_at, signed_at, signed_by, replied_at,
                    replied_by, reply_text, reply_outcome, signed_on_time, replied_on_time, returned_at, return_reason,
                    urge_count, rework_of_id, sent_back_at, reviewed_at, called_back_at, satisfaction, supervised_at)
                overriding system value values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
                PreparedStatement request = c.prepareStatement("""
                insert into work_order_request (work_order_id, dispatch_id, kind, state, reason, requested_due_at,
                    requested_by, requested_at, decided_by, decided_at, decision_note)
                values (?, ?, 'EXTENSION', 'APPROVED', '需要现场核查，申请延期', ?, ?, ?, 'supervisor', ?, '同意延期')""");
                PreparedStatement event = c.prepareStatement("""
                insert into work_order_event (work_order_id, occurred_at, actor, action, from_state, to_state, note, details)
                values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))""")) {
            for (int i = 0; i < orders.size(); i++) {
                DemoOrders.Order o = orders.get(i);
                long id = orderIds.get(i);
                int k = 1;
                order.setLong(k++, id);
                order.setString(k++, DAY.format(o.registeredAt.atZone(zone)) + String.format("%06d", numbers.get(i)));
                order.setString(k++, o.channel);
                order.setString(k++, o.type);
                order.setLong(k++, o.categoryId);
                order.setString(k++, o.callerNumber);
                order.setString(k++, o.callerName);
                order.setLong(k++, o.districtId);
                order.setLong(k++, o.townId);
                order.setString(k++, o.citizenText);
                order.setString(k++, o.summary);
                order.setString(k++, o.state);
                order.setObject(k++, o.state.equals("REGISTERED") || o.state.equals("RETURNED") ? null : o.leadUnitId,
                        Types.BIGINT);
                order.setString(k++, o.registeredBy);
                order.setObject(k++, at(o.registeredAt));
                order.setString(k++, o.answer);
                order.setString(k++, o.satisfaction);
                order.setObject(k++, at(o.closedAt));
                order.setObject(k++, at(o.updatedAt));
                order.setObject(k++, at(o.supervisedAt));
                order.setString(k++, o.supervisionNote);
                order.setString(k, o.callLinkedId);
                order.addBatch();
                for (DemoOrders.Part p : o.parts) {
                    int j = 1;
                    dispatch.setLong(j++, partId.get(p));
                    dispatch.setLong(j++, id);
                    dispatch.setLong(j++, p.unitId);
                    dispatch.setBoolean(j++, p.lead);
                    dispatch.setBoolean(j++, p.current);
                    dispatch.setBoolean(j++, p.open);
                    dispatch.setObject(j++, at(p.dispatchedAt));
                    dispatch.setString(j++, o.registeredBy);
                    dispatch.setObject(j++, at(p.signDue));
                    dispatch.setObject(j++, at(p.replyDue));
                    dispatch.setObject(j++, at(p.originalReplyDue));
                    dispatch.setObject(j++, at(p.signedAt));
                    dispatch.setString(j++, p.signedAt == null ? null : "unit");
                    dispatch.setObject(j++, at(p.repliedAt));
                    dispatch.setString(j++, p.repliedAt == null ? null : "unit");
                    dispatch.setString(j++, p.replyText);
                    dispatch.setString(j++, p.repliedAt == null ? null : "RESOLVED");
                    dispatch.setObject(j++, p.signedOnTime, Types.BOOLEAN);
                    dispatch.setObject(j++, p.repliedOnTime, Types.BOOLEAN);
                    dispatch.setObject(j++, at(p.returnedAt));
                    dispatch.setString(j++, p.returnReason);
                    dispatch.setInt(j++, p.urgeCount);
                    dispatch.setObject(j++, p.reworkOf == null ? null : partId.get(p.reworkOf), Types.BIGINT);
                    dispatch.setObject(j++, at(p.sentBackAt));
                    dispatch.setObject(j++, at(p.reviewedAt));
                    dispatch.setObject(j++, at(p.calledBackAt));
                    dispatch.setString(j++, p.satisfaction);
                    dispatch.setObject(j, at(p.supervisedAt));
                    dispatch.addBatch();
                    if (p.extensionDecidedAt != null) {
                        request.setLong(1, id);
                        request.setLong(2, partId.get(p));
                        request.setObject(3, at(p.replyDue));
                        request.setString(4, "unit");
                        request.setObject(5, at(p.extensionAskedAt));
                        request.setObject(6, at(p.extensionDecidedAt));
                        request.addBatch();
                    }
                }
                for (DemoOrders.Event e : o.events) {
                    event.setLong(1, id);
                    event.setObject(2, at(e.at()));
                    event.setString(3, e.actor());
                    event.setString(4, e.action());
                    event.setString(5, e.from());
                    event.setString(6, e.to());
                    event.setString(7, e.note());
                    event.setString(8, json(e.details()));
                    event.addBatch();
                }
                if (i % 500 == 499 || i == orders.size() - 1) {
                    order.executeBatch();
                    dispatch.executeBatch();
                    request.executeBatch();
                    event.executeBatch();
                }
            }
        }
    }

    private void writeCalls(Connection c, List<DemoCalls.Call> calls) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                insert into call_record (linked_id, caller_number, menu_choice, queue, state, started_at, enqueued_at,
                    answered_at, ended_at, wait_seconds, talk_seconds, agent_extension, abandoned, completed_by,
                    callback_at, callback_by, survey, events)
                values (?, ?, ?, ?, 'ENDED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")) {
            int n = 0;
            for (DemoCalls.Call call : calls) {
                int k = 1;
                s.setString(k++, call.linkedId());
                s.setString(k++, call.callerNumber());
                s.setString(k++, call.menuChoice());
                s.setString(k++, call.queue());
                s.setObject(k++, at(call.startedAt()));
                s.setObject(k++, at(call.enqueuedAt()));
                s.setObject(k++, at(call.answeredAt()));
                s.setObject(k++, at(call.endedAt()));
                s.setObject(k++, call.waitSeconds(), Types.INTEGER);
                s.setObject(k++, call.talkSeconds(), Types.INTEGER);
                s.setString(k++, call.agentExtension());
                s.setBoolean(k++, call.abandoned());
                s.setString(k++, call.answeredAt() == null ? null : "caller");
                s.setObject(k++, at(call.callbackAt()));
                s.setString(k++, call.callbackBy());
                s.setString(k, call.survey());
                s.addBatch();
                if (++n % 1000 == 0) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        }
    }

    private static List<Long> ids(Connection c, String table, int n) throws SQLException {
        return numbers(c, "select nextval(pg_get_serial_sequence('" + table + "', 'id')) from generate_series(1, ?)", n);
    }

    private static List<Long> sequence(Connection c, String sequence, int n) throws SQLException {
        return numbers(c, "select nextval('" + sequence + "') from generate_series(1, ?)", n);
    }

    private static List<Long> numbers(Connection c, String sql, int n) throws SQLException {
        List<Long> out = new ArrayList<>(n);
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setInt(1, n);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(r.getLong(1));
                }
            }
        }
        return out;
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String json(Map<String, Object> details) {
        try {
            return JSON.writeValueAsString(details);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(String resource) {
        try (var in = DemoHistory.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

}

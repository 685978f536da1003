package cn.hotline12345.sla;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Finds what fell due and raises alerts: sign-for overdue, reply warnings (4 h and 1 h before),
 * reply overdue, and urges the unit automatically when its reply is late.
 *
 * <p>Correct with several app instances: the pass locks the cursor rows with SKIP LOCKED, so one
 * instance sweeps while the others skip, and the unique key of sla_alert makes a repeated alert
 * impossible anyway. Survives restarts: the cursors say how far the last pass looked, and the next
 * pass covers the whole gap. Cheap at a million open orders: each pass reads only the index range
 * of deadlines that fell due since the last pass (partial indexes on open lead dispatches).
 */
@ApplicationScoped
public class SlaSweep {

    static final String SYSTEM = "system";

    @Inject
    EntityManager em;

    @Inject
    SlaConfig config;

    @Inject
    MeterRegistry meters;

    /** What one pass did; {@code ran} is false when another instance held the cursors. */
    public record Result(boolean ran, Map<String, Integer> alerts, int urged) {
    }

    @Transactional
    public Result sweepOnce(Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> cursors = em.createNativeQuery(
                "select name, swept_until from sla_sweep_cursor order by name for update skip locked").getResultList();
        if (cursors.size() < 2) {
            return new Result(false, Map.of(), 0);
        }
        Map<String, Instant> from = new HashMap<>();
        for (Object[] cursor : cursors) {
            from.put((String) cursor[0], toInstant(cursor[1]).minus(config.sweepMargin()));
        }
        Map<String, Integer> alerts = new HashMap<>();
        alerts.put("SIGN_OVERDUE", raise("SIGN_OVERDUE", "sign_due_at", "signed_at is null", Duration.ZERO,
                from.get("sign"), now).size());
        int warnings = 0;
        for (Duration lead : config.warnBefore()) {
            warnings += raise("REPLY_WARNING", "reply_due_at", "reply_due_at > :now", lead, from.get("reply"), now).size();
        }
        alerts.put("REPLY_WARNING", warnings);
        List<Long> overdue = raise("REPLY_OVERDUE", "reply_due_at", "true", Duration.ZERO, from.get("reply"), now);
        alerts.put("REPLY_OVERDUE", overdue.size());
        int urged = config.autoUrge() ? urge(overdue, now) : 0;
        em.createNativeQuery("update sla_sweep_cursor set swept_until = greatest(swept_until, :now)")
                .setParameter("now", Timestamp.from(now)).executeUpdate();
        alerts.forEach((kind, count) -> meters.counter("hotline.sla.alerts", "kind", kind).increment(count));
        return new Result(true, alerts, urged);
    }

    /**
     * Raises one kind of alert for the open lead dispatches whose deadline minus {@code lead} fell
     * in (from, now]; answers the dispatches that got a new alert.
     */
    @SuppressWarnings("unchecked")
    private List<Long> raise(String kind, String dueColumn, String condition, Duration lead, Instant from, Instant now) {
        String sql = """
                insert into sla_alert (dispatch_id, kind, lead_seconds, due_at, raised_at)
                select d.id, :kind, :lead, d.%1$s, :now
                  from work_order_dispatch d
                 where d.current and d.lead and d.replied_at is null and d.returned_at is null and d.paused_at is null
                   and d.%1$s > :fromDue and d.%1$s <= :toDue and %2$s
                on conflict do nothing
                returning dispatch_id
                """.formatted(dueColumn, condition.replace(":now", "cast(:now as timestamptz)"));
        return ((List<Number>) em.createNativeQuery(sql)
                .setParameter("kind", kind)
                .setParameter("lead", (int) lead.toSeconds())
                .setParameter("now", Timestamp.from(now))
                .setParameter("fromDue", Timestamp.from(from.plus(lead)))
                .setParameter("toDue", Timestamp.from(now.plus(lead)))
                .getResultList()).stream().map(Number::longValue).toList();
    }

    /** 催办 by the system: one more urge on each late dispatch, and a line in each order's history. */
    private int urge(List<Long> dispatchIds, Instant now) {
        if (dispatchIds.isEmpty()) {
            return 0;
        }
        em.createNativeQuery("update work_order_dispatch set urge_count = urge_count + 1 where id in (:ids)")
                .setParameter("ids", dispatchIds).executeUpdate();
        return em.createNativeQuery("""
                insert into work_order_event (work_order_id, occurred_at, actor, action, from_state, to_state, note, details)
                select o.id, :now, :actor, 'URGE', o.state, o.state, :note,
                       jsonb_build_object('unit', u.code, 'reason', 'REPLY_OVERDUE', 'urgeCount', d.urge_count)
                  from work_order_dispatch d
                  join work_order o on o.id = d.work_order_id
                  join member_unit u on u.id = d.unit_id
                 where d.id in (:ids)
                """)
                .setParameter("now", Timestamp.from(now))
                .setParameter("actor", SYSTEM)
                .setParameter("note", "超过答复时限，系统自动催办")
                .setParameter("ids", dispatchIds)
                .executeUpdate();
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) value;
    }
}

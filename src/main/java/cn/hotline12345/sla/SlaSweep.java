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

import cn.hotline12345.common.SqlValues;

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
            from.put((String) cursor[0], SqlValues.instant(cursor[1]).minus(config.sweepMargin()));
        }
        Map<String, Integer> alerts = new HashMap<>();
        alerts.put("SIGN_OVERDUE", raise("SIGN_OVERDUE", "sign_due_at", "signed_at is null", Duration.ZERO,
                from.get("sign"), now, false)[0]);
        int warnings = 0;
        for (Duration lead : config.warnBefore()) {
            warnings += raise("REPLY_WARNING", "reply_due_at", "reply_due_at > :now", lead, from.get("reply"), now,
                    false)[0];
        }
        alerts.put("REPLY_WARNING", warnings);
        int[] overdue = raise("REPLY_OVERDUE", "reply_due_at", "true", Duration.ZERO, from.get("reply"), now,
                config.autoUrge());
        alerts.put("REPLY_OVERDUE", overdue[0]);
        em.createNativeQuery("update sla_sweep_cursor set swept_until = greatest(swept_until, :now)")
                .setParameter("now", Timestamp.from(now)).executeUpdate();
        alerts.forEach((kind, count) -> meters.counter("hotline.sla.alerts", "kind", kind).increment(count));
        return new Result(true, alerts, overdue[1]);
    }

    /**
     * Raises one kind of alert for the open lead dispatches whose deadline minus {@code lead} fell
     * in (from, now]; with {@code urge}, also urges each newly alerted unit (催办 by the system: one more
     * urge on the dispatch, a line in the order's history). One statement, however many fell due,
     * so a long catch-up pass sends no list of ids. Answers {alerts raised, units urged}.
     */
    private int[] raise(String kind, String dueColumn, String condition, Duration lead, Instant from, Instant now,
            boolean urge) {
        String raised = """
                insert into sla_alert (dispatch_id, kind, lead_seconds, due_at, raised_at)
                select d.id, :kind, :lead, d.%1$s, :now
                  from work_order_dispatch d
                 where d.current and d.lead and d.replied_at is null and d.returned_at is null and d.paused_at is null
                   and d.%1$s > :fromDue and d.%1$s <= :toDue and %2$s
                on conflict do nothing
                returning dispatch_id""".formatted(dueColumn, condition.replace(":now", "cast(:now as timestamptz)"));
        String sql = !urge ? "with raised as (" + raised + ") select count(*), 0 from raised" : """
                with raised as (%s),
                urged as (
                    update work_order_dispatch d set urge_count = d.urge_count + 1 from raised r
                     where d.id = r.dispatch_id
                    returning d.id, d.work_order_id, d.unit_id, d.urge_count),
                events as (
                    insert into work_order_event (work_order_id, occurred_at, actor, action, from_state, to_state, note, details)
                    select o.id, :now, :actor, 'URGE', o.state, o.state, :note,
                           jsonb_build_object('unit', m.code, 'reason', 'REPLY_OVERDUE', 'urgeCount', u.urge_count)
                      from urged u join work_order o on o.id = u.work_order_id join member_unit m on m.id = u.unit_id
                    returning 1)
                select (select count(*) from raised), (select count(*) from events)""".formatted(raised);
        var query = em.createNativeQuery(sql)
                .setParameter("kind", kind)
                .setParameter("lead", (int) lead.toSeconds())
                .setParameter("now", Timestamp.from(now))
                .setParameter("fromDue", Timestamp.from(from.plus(lead)))
                .setParameter("toDue", Timestamp.from(now.plus(lead)));
        if (urge) {
            query.setParameter("actor", SYSTEM).setParameter("note", "超过答复时限，系统自动催办");
        }
        Object[] counts = (Object[]) query.getSingleResult();
        return new int[] {((Number) counts[0]).intValue(), ((Number) counts[1]).intValue()};
    }
}

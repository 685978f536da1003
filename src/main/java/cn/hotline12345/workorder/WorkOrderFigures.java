package cn.hotline12345.workorder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import cn.hotline12345.common.HotlineConfig;

/** The counts on the workbenches: what waits on whom, and the month so far. Read-only. */
@ApplicationScoped
public class WorkOrderFigures {

    /** "Due soon" on a unit's workbench. */
    static final Duration DUE_SOON = Duration.ofHours(4);

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    HotlineConfig config;

    /** The supervisor's workbench counts what the supervisor's queues list. */
    @Inject
    SupervisorQueues supervisorQueues;

    public record Queues(long toDispatch, long toReview, long pendingRequests, long overdue, long toCallBack) {
    }

    public record UnitQueue(long toSign, long dueSoon, long overdue, long open) {
    }

    public Queues queues() {
        Instant now = clock.instant();
        return new Queues(
                count("select count(*) from work_order where state in ('REGISTERED', 'RETURNED')"),
                count("select count(*) from work_order where state = 'REPLIED'"),
                supervisorQueues.pendingRequestCount(),
                supervisorQueues.overdueCount(now),
                supervisorQueues.callbacksDueCount());
    }

    public UnitQueue unitQueue(long unitId) {
        Instant now = clock.instant();
        return new UnitQueue(
                count("select count(*) from work_order_dispatch where unit_id = ?1 and open and signed_at is null", unitId),
                count("select count(*) from work_order_dispatch where unit_id = ?1 and open and paused_at is null"
                        + " and reply_due_at >= ?2 and reply_due_at < ?3", unitId, now, now.plus(DUE_SOON)),
                count("select count(*) from work_order_dispatch where unit_id = ?1 and open and paused_at is null"
                        + " and reply_due_at < ?2", unitId, now),
                count("select count(*) from work_order_dispatch where unit_id = ?1 and open", unitId));
    }

    public long registeredTodayBy(String username) {
        ZoneId zone = config.timeZone();
        Instant startOfDay = LocalDate.now(clock.withZone(zone)).atStartOfDay(zone).toInstant();
        return count("select count(*) from work_order where registered_by = ?1 and registered_at >= ?2", username,
                startOfDay);
    }

    private long count(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i] instanceof Instant instant ? java.sql.Timestamp.from(instant) : parameters[i];
            query.setParameter(i + 1, value);
        }
        return ((Number) query.getSingleResult()).longValue();
    }
}

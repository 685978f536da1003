package cn.hotline12345.workorder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Page;

import cn.hotline12345.common.Masking;
import cn.hotline12345.common.PageRequest;
import cn.hotline12345.common.PageResult;

/**
 * The lists a shift supervisor works from: deadline requests waiting for a decision, the overdue board
 * and the orders waiting for their callback. Each counts what the workbench panel of the same name counts.
 * Read-only; each list counts without fetching and joins units and orders only for the rows it shows.
 */
@ApplicationScoped
public class SupervisorQueues {

    /** How many units the overdue board names in its summary. */
    static final int UNITS_NAMED = 10;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** An extension or pause request waiting for a supervisor. */
    public record PendingRequest(long requestId, long orderId, String number, String summary,
            DeadlineRequest.Kind kind, String unitCode, String unitName, String reason, Instant requestedDueAt,
            Instant replyDueAt, String requestedBy, Instant requestedAt) {
    }

    /** A lead unit past its reply deadline, and by how long. */
    public record OverdueOrder(long orderId, String number, String summary, String unitCode, String unitName,
            Instant dispatchedAt, Instant replyDueAt, long minutesOverdue, boolean signed, int urgeCount,
            boolean deadlineEstimated) {
    }

    /** How many overdue orders one unit holds. */
    public record UnitOverdue(String unitCode, String unitName, long orders) {
    }

    /** The overdue board: the page of orders and the units holding the most. */
    public record OverdueBoard(PageResult<OverdueOrder> orders, List<UnitOverdue> units) {
    }

    /** A reply accepted by the hotline and waiting for the callback to the citizen (回访). */
    public record CallbackDue(long orderId, String number, String summary, String unitName, ReplyOutcome outcome,
            Instant reviewedAt, String callerNumber, boolean callbackConsent) {
    }

    // A request on a dispatch that is no longer current (the unit returned the order) cannot be decided.
    private static final String PENDING = " r.state = ?1 and r.dispatch.current = true";
    private static final String OVERDUE = " d.current = true and d.lead = true and d.repliedAt is null"
            + " and d.returnedAt is null and d.pausedAt is null and d.replyDueAt < ?1";
    private static final String REVIEWED = " d.current = true and d.lead = true and d.workOrder.state = ?1";

    /** The workbench's 延期与挂起申请: requests waiting for a decision. */
    public long pendingRequestCount() {
        return DeadlineRequest.count("from DeadlineRequest r where" + PENDING, DeadlineRequest.State.PENDING);
    }

    /** The workbench's 超时工单: lead units past their reply deadline, not paused, not replied. */
    public long overdueCount(Instant now) {
        return Dispatch.count("from Dispatch d where" + OVERDUE, now);
    }

    /** The workbench's 待回访: accepted replies waiting for the callback. */
    public long callbacksDueCount() {
        return Dispatch.count("from Dispatch d where" + REVIEWED, WorkOrderState.REVIEWED);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<PendingRequest> pendingRequests(PageRequest page) {
        long total = pendingRequestCount();
        List<DeadlineRequest> rows = DeadlineRequest.<DeadlineRequest>find("from DeadlineRequest r join fetch r.workOrder"
                + " join fetch r.dispatch d join fetch d.unit where" + PENDING + " order by r.requestedAt, r.id",
                DeadlineRequest.State.PENDING).page(Page.of(page.page(), page.size())).list();
        return new PageResult<>(rows.stream().map(r -> new PendingRequest(r.id, r.workOrder.id, r.workOrder.number,
                r.workOrder.summary, r.kind, r.dispatch.unit.code, r.dispatch.unit.name, r.reason, r.requestedDueAt,
                r.dispatch.replyDueAt, r.requestedBy, r.requestedAt)).toList(), total, page.page(), page.size());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OverdueBoard overdue(PageRequest page) {
        Instant now = clock.instant();
        long total = overdueCount(now);
        List<Dispatch> rows = Dispatch.<Dispatch>find("from Dispatch d join fetch d.workOrder join fetch d.unit where"
                + OVERDUE + " order by d.replyDueAt, d.id", now).page(Page.of(page.page(), page.size())).list();
        List<UnitOverdue> units = em.createQuery("select new " + UnitOverdue.class.getName()
                + "(d.unit.code, d.unit.name, count(d)) from Dispatch d where" + OVERDUE
                + " group by d.unit.code, d.unit.name order by count(d) desc, d.unit.code", UnitOverdue.class)
                .setParameter(1, now).setMaxResults(UNITS_NAMED).getResultList();
        return new OverdueBoard(new PageResult<>(rows.stream().map(d -> new OverdueOrder(d.workOrder.id,
                d.workOrder.number, d.workOrder.summary, d.unit.code, d.unit.name, d.dispatchedAt, d.replyDueAt,
                Duration.between(d.replyDueAt, now).toMinutes(), d.signedAt != null, d.urgeCount,
                d.deadlineEstimated)).toList(), total, page.page(), page.size()), units);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<CallbackDue> callbacksDue(PageRequest page) {
        long total = callbacksDueCount();
        // The oldest accepted reply first: that citizen has waited longest for the call.
        List<Dispatch> rows = Dispatch.<Dispatch>find("from Dispatch d join fetch d.workOrder join fetch d.unit where"
                + REVIEWED + " order by d.reviewedAt, d.id", WorkOrderState.REVIEWED)
                .page(Page.of(page.page(), page.size())).list();
        return new PageResult<>(rows.stream().map(d -> new CallbackDue(d.workOrder.id, d.workOrder.number,
                d.workOrder.summary, d.unit.name, d.replyOutcome, d.reviewedAt, Masking.phone(d.workOrder.callerNumber),
                d.workOrder.callbackConsent)).toList(), total, page.page(), page.size());
    }
}

package cn.hotline12345.workorder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.hotline12345.audit.AuditLog;
import cn.hotline12345.common.DomainException;
import cn.hotline12345.common.ProblemType;
import cn.hotline12345.common.Strings;
import cn.hotline12345.identity.CurrentUser;
import cn.hotline12345.sla.DeadlinePolicy;

/**
 * What every step on an order does, whoever takes it: read the order at the version the actor saw,
 * move it through the state machine, find the actor's own dispatch, and save it with one history
 * event in the caller's transaction (a concurrent step fails on the version at the flush).
 */
@ApplicationScoped
class OrderSteps {

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    WorkOrderQueries queries;

    @Inject
    DeadlinePolicy deadlines;

    WorkOrderState advance(WorkOrder order, WorkOrderAction action) {
        WorkOrderState from = order.state;
        order.state = WorkOrderLifecycle.next(from, action, currentUser.role());
        return from;
    }

    /**
     * The lead dispatch of the caller's own unit. Reading the order already answered "not found"
     * to units that have nothing to do with it; a co-unit, or a unit whose part is over, gets 409.
     */
    Dispatch ownLeadDispatch(WorkOrder order) {
        return Dispatch.currentLead(order.id)
                .filter(dispatch -> dispatch.unit.id.equals(currentUser.unitId()))
                .orElseThrow(() -> new DomainException(ProblemType.CONFLICT, "workorder.not-your-dispatch", order.number));
    }

    WorkOrder current(long id, int expectedVersion) {
        WorkOrder order = queries.get(id);
        if (order.version != expectedVersion) {
            throw new DomainException(ProblemType.STALE_VERSION, "workorder.stale",
                    WorkOrderLifecycle.label(order.state), order.version);
        }
        return order;
    }

    WorkOrder saved(WorkOrder order, WorkOrderAction action, WorkOrderState from, String note,
            Map<String, Object> details) {
        order.updatedAt = clock.instant();
        // Flush now: a concurrent step on the same order fails here with a version conflict.
        WorkOrder.getEntityManager().flush();
        // Dispatching and sending back set the flags as they create the new dispatches.
        if (from != order.state && action != WorkOrderAction.DISPATCH && action != WorkOrderAction.SEND_BACK) {
            syncOpenDispatches(order);
        }
        event(order, action.name(), from, note, details);
        return order;
    }

    void event(WorkOrder order, String action, WorkOrderState from, String note, Map<String, Object> details) {
        // from == to for steps that leave the state alone (urging, supervision, a merge into this order)
        WorkOrderEvent event = new WorkOrderEvent();
        event.workOrder = order;
        event.occurredAt = clock.instant();
        event.actor = currentUser.actorName();
        event.action = action;
        event.fromState = from;
        event.toState = order.state;
        event.note = Strings.blankToNull(note);
        event.details = details;
        event.requestId = AuditLog.currentRequestId();
        event.persist();
    }

    /** The inbox flag of the order's dispatches follows its state; an order has only a few dispatches. */
    static void syncOpenDispatches(WorkOrder order) {
        boolean waitsOnUnit = order.state.awaitsUnit();
        for (Dispatch dispatch : Dispatch.<Dispatch>list("workOrder.id", order.id)) {
            dispatch.open = dispatch.current && waitsOnUnit;
        }
    }

    /**
     * Ends a pause (on resuming, or when the unit replies while paused): the deadlines move on by
     * the time the clock stood still, so paused time never counts against the unit. Answers how long it was.
     */
    Duration restartClock(Dispatch dispatch, Instant now) {
        if (dispatch.pausedAt == null) {
            return Duration.ZERO;
        }
        Duration paused = Duration.between(dispatch.pausedAt, now);
        dispatch.deadlineEstimated = deadlines.resumedEstimated(dispatch.replyDueAt, dispatch.pausedAt, now);
        dispatch.replyDueAt = deadlines.resumed(dispatch.replyDueAt, dispatch.pausedAt, now);
        if (dispatch.signedAt == null) {
            dispatch.signDueAt = deadlines.resumed(dispatch.signDueAt, dispatch.pausedAt, now);
        }
        dispatch.pausedSeconds += paused.toSeconds();
        dispatch.pausedAt = null;
        return paused;
    }
}

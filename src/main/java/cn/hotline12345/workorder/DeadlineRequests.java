package cn.hotline12345.workorder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.hotline12345.common.DomainException;
import cn.hotline12345.common.ProblemType;
import cn.hotline12345.common.Strings;
import cn.hotline12345.identity.CurrentUser;
import cn.hotline12345.identity.Role;
import cn.hotline12345.sla.DeadlinePolicy;

/**
 * A unit's requests to move its reply deadline (延期) or stop its clock (挂起), the supervisor's
 * decisions, and restarting the clock; each a step on the order like any other.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class DeadlineRequests {

    /** The furthest an extension may move a reply deadline. */
    static final Duration MAX_EXTENSION = Duration.ofDays(30);

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    DeadlinePolicy deadlines;

    @Inject
    OrderSteps steps;

    /** 延期: the unit asks for a later reply deadline; a supervisor decides. */
    public WorkOrder requestExtension(long id, WorkOrderRequests.RequestExtension request) {
        WorkOrder order = steps.current(id, request.version());
        Dispatch dispatch = steps.ownLeadDispatch(order);
        WorkOrderState from = steps.advance(order, WorkOrderAction.REQUEST_EXTENSION);
        Instant wanted = request.replyDueAt();
        if (!wanted.isAfter(dispatch.replyDueAt) || wanted.isAfter(dispatch.replyDueAt.plus(MAX_EXTENSION))) {
            throw OrderRules.invalid("replyDueAt", "workorder.extension-range", MAX_EXTENSION.toDays());
        }
        DeadlineRequest created = newRequest(order, dispatch, DeadlineRequest.Kind.EXTENSION, request.reason(), wanted);
        return steps.saved(order, WorkOrderAction.REQUEST_EXTENSION, from, request.reason(),
                Map.of("requestId", created.id, "replyDueAt", wanted.toString()));
    }

    /** 挂起: stop the unit's clock while the hotline waits on the citizen; a supervisor decides. */
    public WorkOrder requestPause(long id, WorkOrderRequests.RequestPause request) {
        WorkOrder order = steps.current(id, request.version());
        Dispatch dispatch = currentUser.is(Role.UNIT_HANDLER) ? steps.ownLeadDispatch(order)
                : Dispatch.currentLead(order.id).orElseThrow();
        WorkOrderState from = steps.advance(order, WorkOrderAction.REQUEST_PAUSE);
        if (dispatch.pausedAt != null) {
            throw new DomainException(ProblemType.CONFLICT, "workorder.already-paused", order.number);
        }
        DeadlineRequest created = newRequest(order, dispatch, DeadlineRequest.Kind.PAUSE, request.reason(), null);
        return steps.saved(order, WorkOrderAction.REQUEST_PAUSE, from, request.reason(), Map.of("requestId", created.id));
    }

    public WorkOrder decideExtension(long id, WorkOrderRequests.Decide decision) {
        return decide(id, decision, DeadlineRequest.Kind.EXTENSION, WorkOrderAction.DECIDE_EXTENSION);
    }

    public WorkOrder decidePause(long id, WorkOrderRequests.Decide decision) {
        return decide(id, decision, DeadlineRequest.Kind.PAUSE, WorkOrderAction.DECIDE_PAUSE);
    }

    /** Restarts a paused clock: the deadlines move on by the time it stood still, so the unit loses nothing. */
    public WorkOrder resume(long id, WorkOrderRequests.Step request) {
        WorkOrder order = steps.current(id, request.version());
        WorkOrderState from = steps.advance(order, WorkOrderAction.RESUME);
        Dispatch dispatch = Dispatch.currentLead(order.id).orElseThrow();
        if (dispatch.pausedAt == null) {
            throw new DomainException(ProblemType.CONFLICT, "workorder.not-paused", order.number);
        }
        Duration paused = steps.restartClock(dispatch, clock.instant());
        return steps.saved(order, WorkOrderAction.RESUME, from, request.note(),
                Map.of("pausedSeconds", paused.toSeconds(), "replyDueAt", dispatch.replyDueAt.toString()));
    }

    private WorkOrder decide(long id, WorkOrderRequests.Decide decision, DeadlineRequest.Kind kind,
            WorkOrderAction action) {
        WorkOrder order = steps.current(id, decision.version());
        WorkOrderState from = steps.advance(order, action);
        DeadlineRequest request = DeadlineRequest.findById(decision.requestId());
        if (request == null || !request.workOrder.id.equals(order.id) || request.kind != kind) {
            throw DomainException.notFound("workorder.request", decision.requestId());
        }
        if (request.state != DeadlineRequest.State.PENDING || !request.dispatch.current) {
            throw new DomainException(ProblemType.CONFLICT, "workorder.request-decided", request.id);
        }
        Instant now = clock.instant();
        request.state = decision.approve() ? DeadlineRequest.State.APPROVED : DeadlineRequest.State.REFUSED;
        request.decidedBy = currentUser.actorName();
        request.decidedAt = now;
        request.decisionNote = Strings.blankToNull(decision.note());
        Dispatch dispatch = request.dispatch;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("requestId", request.id);
        details.put("approved", decision.approve());
        if (decision.approve() && kind == DeadlineRequest.Kind.EXTENSION) {
            dispatch.replyDueAt = request.requestedDueAt;
            details.put("replyDueAt", dispatch.replyDueAt.toString());
            details.put("originalReplyDueAt", dispatch.originalReplyDueAt.toString());
        } else if (decision.approve() && kind == DeadlineRequest.Kind.PAUSE) {
            if (dispatch.pausedAt != null) {
                throw new DomainException(ProblemType.CONFLICT, "workorder.already-paused", order.number);
            }
            dispatch.pausedAt = now;
        }
        return steps.saved(order, action, from, decision.note(), details);
    }

    private DeadlineRequest newRequest(WorkOrder order, Dispatch dispatch, DeadlineRequest.Kind kind, String reason,
            Instant requestedDueAt) {
        if (DeadlineRequest.pending(dispatch.id, kind).isPresent()) {
            throw new DomainException(ProblemType.CONFLICT, "workorder.request-pending", order.number);
        }
        DeadlineRequest request = new DeadlineRequest();
        request.workOrder = order;
        request.dispatch = dispatch;
        request.kind = kind;
        request.state = DeadlineRequest.State.PENDING;
        request.reason = reason.strip();
        request.requestedDueAt = requestedDueAt;
        request.requestedBy = currentUser.actorName();
        request.requestedAt = clock.instant();
        request.persist();
        return request;
    }
}

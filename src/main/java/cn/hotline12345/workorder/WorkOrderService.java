package cn.hotline12345.workorder;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;


import cn.hotline12345.common.Strings;
import cn.hotline12345.identity.CurrentUser;
import cn.hotline12345.common.DomainException;
import cn.hotline12345.common.HotlineConfig;
import cn.hotline12345.common.ProblemType;
import cn.hotline12345.sla.DeadlinePolicy;
import cn.hotline12345.topic.Category;
import cn.hotline12345.unit.MemberUnit;

/**
 * The life of a work order: registration, direct answers, dispatch with deadlines, and every step
 * a unit and the hotline take until it is closed (reading orders and lists: {@link WorkOrderQueries}). Each step checks the state machine, the actor's
 * unit and the version the actor saw, and writes one history event in the same transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class WorkOrderService {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    DeadlinePolicy deadlines;

    @Inject
    HotlineConfig hotline;

    @Inject
    jakarta.enterprise.event.Event<WorkOrderRegistered> registered;

    @Inject
    WorkOrderQueries queries;

    @Inject
    OrderSteps steps;

    public WorkOrder register(WorkOrderRequests.Register request) {
        Category category = OrderRules.usableCategory(request.categoryId(), Category.findById(request.categoryId()));
        OrderRules.Place place = OrderRules.place(request.districtUnitId(), unitOrNull(request.districtUnitId()),
                request.townUnitId(), unitOrNull(request.townUnitId()));
        Instant now = clock.instant();
        WorkOrder order = new WorkOrder();
        order.number = nextNumber(now);
        order.channel = request.channel();
        order.type = request.type();
        order.category = category;
        order.anonymous = request.anonymous();
        order.callerNumber = request.callerNumber();
        order.callerName = request.anonymous() ? null : Strings.blankToNull(request.callerName());
        order.callbackConsent = request.callbackConsent() == null ? !request.anonymous() : request.callbackConsent();
        order.districtUnit = place.district();
        order.townUnit = place.town();
        order.address = Strings.blankToNull(request.address());
        order.citizenText = request.citizenText().strip();
        order.summary = request.summary().strip();
        order.state = WorkOrderState.REGISTERED;
        order.registeredBy = currentUser.actorName();
        order.registeredAt = now;
        order.updatedAt = now;
        order.callLinkedId = Strings.blankToNull(request.callLinkedId());
        order.persist();
        steps.event(order, "REGISTER", null, null, order.callLinkedId == null ? Map.of("number", order.number)
                : Map.of("number", order.number, "call", order.callLinkedId));
        List<Long> entries = request.knowledgeEntryIds() == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(request.knowledgeEntryIds()));
        if (!entries.isEmpty() || order.callLinkedId != null) {
            registered.fire(new WorkOrderRegistered(order.id, entries, order.callLinkedId));
        }
        if (request.dispatch() != null) {
            WorkOrderRequests.DispatchTo to = request.dispatch();
            dispatchLoaded(order, to.leadUnitId(), to.coUnitIds(), to.note());
        }
        return order;
    }

    public WorkOrder answerDirectly(long id, WorkOrderRequests.AnswerDirectly request) {
        WorkOrder order = steps.current(id, request.version());
        WorkOrderState from = steps.advance(order, WorkOrderAction.ANSWER_DIRECTLY);
        order.answer = request.answer().strip();
        order.closedAt = clock.instant();
        return steps.saved(order, WorkOrderAction.ANSWER_DIRECTLY, from, null, Map.of());
    }

    public WorkOrder dispatch(long id, WorkOrderRequests.Dispatch request) {
        return dispatchLoaded(steps.current(id, request.version()), request.leadUnitId(), request.coUnitIds(), request.note());
    }

    private WorkOrder dispatchLoaded(WorkOrder order, Long leadUnitId, List<Long> coUnitIds, String note) {
        MemberUnit lead = OrderRules.usableUnit("leadUnitId", leadUnitId, unitOrNull(leadUnitId));
        List<MemberUnit> coUnits = OrderRules.coUnitIds(lead, coUnitIds).stream()
                .map(coId -> OrderRules.usableUnit("coUnitIds", coId, unitOrNull(coId))).toList();
        WorkOrderState from = steps.advance(order, WorkOrderAction.DISPATCH);
        Instant now = clock.instant();
        retireCurrentDispatches(order);
        Dispatch leadDispatch = newDispatch(order, lead, true, now);
        coUnits.forEach(unit -> newDispatch(order, unit, false, now));
        order.leadUnit = lead;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("leadUnit", lead.code);
        details.put("coUnits", coUnits.stream().map(unit -> unit.code).toList());
        details.put("replyDueAt", leadDispatch.replyDueAt.toString());
        return steps.saved(order, WorkOrderAction.DISPATCH, from, note, details);
    }

    public WorkOrder sign(long id, WorkOrderRequests.Step request) {
        WorkOrder order = steps.current(id, request.version());
        Dispatch dispatch = steps.ownLeadDispatch(order);
        WorkOrderState from = steps.advance(order, WorkOrderAction.SIGN);
        Instant now = clock.instant();
        dispatch.signedAt = now;
        dispatch.signedBy = currentUser.actorName();
        dispatch.signedOnTime = DeadlinePolicy.onTime(now, dispatch.signDueAt);
        return steps.saved(order, WorkOrderAction.SIGN, from, request.note(), Map.of("onTime", dispatch.signedOnTime));
    }

    public WorkOrder returnToHotline(long id, WorkOrderRequests.Return request) {
        WorkOrder order = steps.current(id, request.version());
        Dispatch dispatch = steps.ownLeadDispatch(order);
        WorkOrderState from = steps.advance(order, WorkOrderAction.RETURN);
        dispatch.returnedAt = clock.instant();
        dispatch.returnReason = request.reason().strip();
        retireCurrentDispatches(order);
        order.leadUnit = null;
        return steps.saved(order, WorkOrderAction.RETURN, from, request.reason(), Map.of("unit", dispatch.unit.code));
    }

    public WorkOrder reply(long id, WorkOrderRequests.Reply request) {
        WorkOrder order = steps.current(id, request.version());
        Dispatch dispatch = steps.ownLeadDispatch(order);
        WorkOrderState from = steps.advance(order, WorkOrderAction.REPLY);
        Instant now = clock.instant();
        steps.restartClock(dispatch, now);
        dispatch.repliedAt = now;
        dispatch.repliedBy = currentUser.actorName();
        dispatch.replyText = request.text().strip();
        dispatch.replyOutcome = request.outcome();
        dispatch.repliedOnTime = DeadlinePolicy.onTime(now, dispatch.replyDueAt);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("outcome", request.outcome().name());
        details.put("onTime", dispatch.repliedOnTime);
        return steps.saved(order, WorkOrderAction.REPLY, from, request.text(), details);
    }

    public WorkOrder acceptReply(long id, WorkOrderRequests.Step request) {
        WorkOrder order = steps.current(id, request.version());
        WorkOrderState from = steps.advance(order, WorkOrderAction.ACCEPT_REPLY);
        Dispatch.currentLead(order.id).orElseThrow().reviewedAt = clock.instant();
        return steps.saved(order, WorkOrderAction.ACCEPT_REPLY, from, request.note(), Map.of());
    }

    /**
     * 退回重办: the reply is not good enough. The unit gets a fresh dispatch with new deadlines (it
     * stays signed for); the replied dispatch keeps its on-time record for the reports.
     */
    public WorkOrder sendBack(long id, WorkOrderRequests.SendBack request) {
        WorkOrder order = steps.current(id, request.version());
        WorkOrderState from = steps.advance(order, WorkOrderAction.SEND_BACK);
        Dispatch replied = Dispatch.currentLead(order.id).orElseThrow();
        Instant now = clock.instant();
        replied.sentBackAt = now;
        retireCurrentDispatches(order);
        Dispatch rework = newDispatch(order, replied.unit, true, now);
        rework.reworkOf = replied;
        rework.signedAt = now;
        rework.signedBy = replied.signedBy;
        rework.signedOnTime = true;
        return steps.saved(order, WorkOrderAction.SEND_BACK, from, request.reason(),
                Map.of("replyDueAt", rework.replyDueAt.toString()));
    }

    public WorkOrder callback(long id, WorkOrderRequests.Callback request) {
        WorkOrder order = steps.current(id, request.version());
        WorkOrderState from = steps.advance(order, WorkOrderAction.CALLBACK);
        order.satisfaction = request.satisfaction();
        // The verdict is on the reply the hotline accepted: the unit's figures count it there.
        Dispatch reviewed = Dispatch.currentLead(order.id).orElseThrow();
        reviewed.calledBackAt = clock.instant();
        reviewed.satisfaction = request.satisfaction();
        return steps.saved(order, WorkOrderAction.CALLBACK, from, request.note(),
                Map.of("satisfaction", request.satisfaction().name()));
    }

    public WorkOrder close(long id, WorkOrderRequests.Step request) {
        WorkOrder order = steps.current(id, request.version());
        WorkOrderState from = steps.advance(order, WorkOrderAction.CLOSE);
        order.closedAt = clock.instant();
        return steps.saved(order, WorkOrderAction.CLOSE, from, request.note(), Map.of());
    }

    /** 催办: reminds the lead unit; the state stays as it is. */
    public WorkOrder urge(long id, WorkOrderRequests.Step request) {
        WorkOrder order = steps.current(id, request.version());
        WorkOrderState from = steps.advance(order, WorkOrderAction.URGE);
        Dispatch lead = Dispatch.currentLead(order.id).orElseThrow();
        lead.urgeCount++;
        return steps.saved(order, WorkOrderAction.URGE, from, request.note(),
                Map.of("unit", lead.unit.code, "urgeCount", lead.urgeCount));
    }

    /** 重新办理: the citizen was not satisfied; the order goes back to the dispatch queue. */
    public WorkOrder reopen(long id, WorkOrderRequests.Reopen request) {
        WorkOrder order = steps.current(id, request.version());
        WorkOrderState from = steps.advance(order, WorkOrderAction.REOPEN);
        WorkOrderLifecycle.checkReopen(order.satisfaction);
        order.closedAt = null;
        order.leadUnit = null;
        return steps.saved(order, WorkOrderAction.REOPEN, from, request.reason(),
                Map.of("satisfaction", order.satisfaction == null ? "" : order.satisfaction.name()));
    }

    /** 督办: formal supervision of an order still with a unit; shown to the unit and on every list. */
    public WorkOrder supervise(long id, WorkOrderRequests.Supervise request) {
        WorkOrder order = steps.current(id, request.version());
        WorkOrderState from = steps.advance(order, WorkOrderAction.SUPERVISE);
        if (order.supervisedAt != null) {
            throw new DomainException(ProblemType.CONFLICT, "workorder.already-supervised", order.number);
        }
        order.supervisedAt = clock.instant();
        order.supervisionNote = request.note().strip();
        Dispatch.currentLead(order.id).orElseThrow().supervisedAt = order.supervisedAt;
        return steps.saved(order, WorkOrderAction.SUPERVISE, from, request.note(), Map.of());
    }

    /** Closes a duplicate into the order it repeats; the kept order's history records it too. */
    public WorkOrder merge(long id, WorkOrderRequests.Merge request) {
        WorkOrder duplicate = steps.current(id, request.version());
        WorkOrder kept = request.intoId() == null ? null : WorkOrder.findById(request.intoId());
        if (kept == null || kept.id.equals(duplicate.id) || !kept.state.isOpen() || kept.mergedInto != null) {
            throw OrderRules.invalid("intoId", "workorder.merge-target", request.intoId());
        }
        WorkOrderState from = steps.advance(duplicate, WorkOrderAction.MERGE);
        duplicate.mergedInto = kept;
        duplicate.closedAt = clock.instant();
        steps.saved(duplicate, WorkOrderAction.MERGE, from, request.note(), Map.of("into", kept.number));
        steps.event(kept, "MERGED_IN", kept.state, request.note(), Map.of("duplicate", duplicate.number));
        return duplicate;
    }

    /**
     * The caller's answer to the IVR survey after a call, on every order registered from that call
     * that has none yet; recorded in each order's history. Returns how many orders took it. A bulk
     * update leaves the orders' versions alone: an agent saving one of them meanwhile is not refused,
     * and (the entity updates only the columns it changed) does not undo the answer either.
     */
    @Transactional
    public int recordCallSurvey(String callLinkedId, Satisfaction answer) {
        List<WorkOrder> orders = WorkOrder.list("callLinkedId = ?1 and callSurvey is null", callLinkedId);
        if (orders.isEmpty()) {
            return 0;
        }
        WorkOrder.update("callSurvey = ?1 where callLinkedId = ?2 and callSurvey is null", answer, callLinkedId);
        for (WorkOrder order : orders) {
            steps.event(order, "CALL_SURVEY", order.state, null, Map.of("survey", answer.name()));
        }
        return orders.size();
    }

    /** Earlier dispatches become history; flushed at once, since at most one lead dispatch may be current. */
    private static void retireCurrentDispatches(WorkOrder order) {
        Dispatch.current(order.id).forEach(dispatch -> {
            dispatch.current = false;
            dispatch.open = false;
        });
        Dispatch.getEntityManager().flush();
    }

    private Dispatch newDispatch(WorkOrder order, MemberUnit unit, boolean lead, Instant now) {
        Dispatch dispatch = new Dispatch();
        dispatch.workOrder = order;
        dispatch.unit = unit;
        dispatch.lead = lead;
        dispatch.current = true;
        dispatch.open = true; // new dispatches are made only while the order waits on units
        dispatch.dispatchedAt = now;
        dispatch.dispatchedBy = currentUser.actorName();
        List<String> topic = order.category.lineage().stream().map(c -> c.code).toList();
        dispatch.signDueAt = deadlines.signDue(now);
        dispatch.replyDueAt = deadlines.replyDue(now, order.type.name(), topic);
        dispatch.originalReplyDueAt = dispatch.replyDueAt;
        dispatch.deadlineEstimated = deadlines.estimated(now, order.type.name(), topic);
        dispatch.persist();
        return dispatch;
    }

    private static MemberUnit unitOrNull(Long unitId) {
        return unitId == null ? null : MemberUnit.findById(unitId);
    }

    /** Day in the hotline's zone, then a sequence shared by all instances: unique, readable, sortable. */
    private String nextNumber(Instant now) {
        long sequence = ((Number) WorkOrder.getEntityManager()
                .createNativeQuery("select nextval('work_order_number_seq')").getSingleResult()).longValue();
        return DAY.format(now.atZone(hotline.timeZone())) + String.format("%06d", sequence);
    }


}

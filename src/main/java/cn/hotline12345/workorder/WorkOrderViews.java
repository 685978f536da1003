package cn.hotline12345.workorder;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Work orders as the API shows them. */
public final class WorkOrderViews {

    private WorkOrderViews() {
    }

    public record Summary(long id, String number, WorkOrderState state, WorkOrderType type, Channel channel,
            String categoryName, String summary, String leadUnitName, Instant registeredAt, int version) {

        public static Summary of(WorkOrder order) {
            return new Summary(order.id, order.number, order.state, order.type, order.channel, order.category.name,
                    order.summary, order.leadUnit == null ? null : order.leadUnit.name, order.registeredAt,
                    order.version);
        }
    }

    public record DispatchView(long id, long unitId, String unitCode, String unitName, boolean lead, boolean current,
            Instant dispatchedAt, String dispatchedBy, Instant signDueAt, Instant replyDueAt,
            Instant originalReplyDueAt, Instant signedAt, Boolean signedOnTime, Instant repliedAt, String replyText,
            ReplyOutcome replyOutcome, Boolean repliedOnTime, Instant returnedAt, String returnReason, int urgeCount,
            Instant pausedAt, long pausedSeconds, boolean deadlineEstimated) {

        public static DispatchView of(Dispatch d) {
            return new DispatchView(d.id, d.unit.id, d.unit.code, d.unit.name, d.lead, d.current, d.dispatchedAt,
                    d.dispatchedBy, d.signDueAt, d.replyDueAt, d.originalReplyDueAt, d.signedAt, d.signedOnTime,
                    d.repliedAt, d.replyText, d.replyOutcome, d.repliedOnTime, d.returnedAt, d.returnReason,
                    d.urgeCount, d.pausedAt, d.pausedSeconds, d.deadlineEstimated);
        }
    }

    public record EventView(Instant occurredAt, String actor, String action, WorkOrderState fromState,
            WorkOrderState toState, String note, Map<String, Object> details, String requestId) {

        public static EventView of(WorkOrderEvent e) {
            return new EventView(e.occurredAt, e.actor, e.action, e.fromState, e.toState, e.note, e.details,
                    e.requestId);
        }
    }

    public record RequestView(long id, DeadlineRequest.Kind kind, DeadlineRequest.State state, String reason,
            Instant requestedDueAt, String requestedBy, Instant requestedAt, String decidedBy, Instant decidedAt,
            String decisionNote) {

        public static RequestView of(DeadlineRequest r) {
            return new RequestView(r.id, r.kind, r.state, r.reason, r.requestedDueAt, r.requestedBy, r.requestedAt,
                    r.decidedBy, r.decidedAt, r.decisionNote);
        }
    }

    public record Detail(long id, String number, WorkOrderState state, Channel channel, WorkOrderType type,
            long categoryId, String categoryName, String callerNumber, String callerName, boolean anonymous,
            boolean callbackConsent, Long districtUnitId, Long townUnitId, String address, String citizenText,
            String summary, String answer, Satisfaction satisfaction, Long leadUnitId, String leadUnitName,
            String registeredBy, Instant registeredAt, Instant closedAt, Instant supervisedAt, String supervisionNote,
            String mergedIntoNumber, String callLinkedId, Satisfaction callSurvey, int version, List<DispatchView> dispatches,
            List<RequestView> requests,
            List<EventView> history) {

        public static Detail of(WorkOrder o) {
            return new Detail(o.id, o.number, o.state, o.channel, o.type, o.category.id, o.category.name,
                    o.callerNumber, o.callerName, o.anonymous, o.callbackConsent,
                    o.districtUnit == null ? null : o.districtUnit.id, o.townUnit == null ? null : o.townUnit.id,
                    o.address, o.citizenText, o.summary, o.answer, o.satisfaction,
                    o.leadUnit == null ? null : o.leadUnit.id, o.leadUnit == null ? null : o.leadUnit.name,
                    o.registeredBy, o.registeredAt, o.closedAt, o.supervisedAt, o.supervisionNote,
                    o.mergedInto == null ? null : o.mergedInto.number, o.callLinkedId, o.callSurvey, o.version,
                    Dispatch.ofOrder(o.id).stream().map(DispatchView::of).toList(),
                    DeadlineRequest.ofOrder(o.id).stream().map(RequestView::of).toList(),
                    WorkOrderEvent.ofOrder(o.id).stream().map(EventView::of).toList());
        }
    }

    /** One line of a unit's inbox: the order and the time left on its reply. */
    public record InboxItem(long id, String number, WorkOrderState state, WorkOrderType type, String categoryName,
            String summary, boolean lead, Instant signDueAt, Instant replyDueAt, Instant signedAt, int urgeCount,
            boolean paused, boolean overdue, int version) {

        public static InboxItem of(Dispatch d, Instant now) {
            WorkOrder o = d.workOrder;
            return new InboxItem(o.id, o.number, o.state, o.type, o.category.name, o.summary, d.lead, d.signDueAt,
                    d.replyDueAt, d.signedAt, d.urgeCount, d.pausedAt != null,
                    d.pausedAt == null && d.replyDueAt.isBefore(now), o.version);
        }
    }
}

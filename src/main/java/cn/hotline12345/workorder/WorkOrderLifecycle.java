package cn.hotline12345.workorder;

import static cn.hotline12345.workorder.WorkOrderState.CALLED_BACK;
import static cn.hotline12345.workorder.WorkOrderState.CLOSED;
import static cn.hotline12345.workorder.WorkOrderState.DISPATCHED;
import static cn.hotline12345.workorder.WorkOrderState.REGISTERED;
import static cn.hotline12345.workorder.WorkOrderState.REPLIED;
import static cn.hotline12345.workorder.WorkOrderState.RETURNED;
import static cn.hotline12345.workorder.WorkOrderState.REVIEWED;
import static cn.hotline12345.workorder.WorkOrderState.SIGNED;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import cn.hotline12345.identity.Role;
import cn.hotline12345.common.DomainException;
import cn.hotline12345.common.MessageKey;
import cn.hotline12345.common.ProblemType;

/**
 * The work-order state machine: for a state and an action, the next state, and which roles may
 * act. Plain Java; the service adds the rules that need data (whose unit, which fields).
 */
public final class WorkOrderLifecycle {

    private record Rule(Set<WorkOrderState> from, WorkOrderState to, Set<Role> roles) {
    }

    private static final Set<Role> HOTLINE = EnumSet.of(Role.AGENT, Role.SUPERVISOR);
    private static final Set<Role> SUPERVISORS = EnumSet.of(Role.SUPERVISOR);
    private static final Set<Role> UNIT = EnumSet.of(Role.UNIT_HANDLER);

    private static final Map<WorkOrderAction, Rule> RULES = new EnumMap<>(WorkOrderAction.class);

    static {
        RULES.put(WorkOrderAction.ANSWER_DIRECTLY, new Rule(EnumSet.of(REGISTERED), CLOSED, HOTLINE));
        RULES.put(WorkOrderAction.DISPATCH, new Rule(EnumSet.of(REGISTERED, RETURNED), DISPATCHED, HOTLINE));
        RULES.put(WorkOrderAction.SIGN, new Rule(EnumSet.of(DISPATCHED), SIGNED, UNIT));
        RULES.put(WorkOrderAction.RETURN, new Rule(EnumSet.of(DISPATCHED, SIGNED), RETURNED, UNIT));
        RULES.put(WorkOrderAction.REPLY, new Rule(EnumSet.of(SIGNED), REPLIED, UNIT));
        RULES.put(WorkOrderAction.ACCEPT_REPLY, new Rule(EnumSet.of(REPLIED), REVIEWED, SUPERVISORS));
        RULES.put(WorkOrderAction.SEND_BACK, new Rule(EnumSet.of(REPLIED), SIGNED, SUPERVISORS));
        RULES.put(WorkOrderAction.CALLBACK, new Rule(EnumSet.of(REVIEWED), CALLED_BACK, HOTLINE));
        RULES.put(WorkOrderAction.CLOSE, new Rule(EnumSet.of(CALLED_BACK), CLOSED, SUPERVISORS));
        RULES.put(WorkOrderAction.URGE, new Rule(EnumSet.of(DISPATCHED, SIGNED), null, HOTLINE));
        // The deadline's own steps: they move or stop the unit's clock, never the state.
        RULES.put(WorkOrderAction.REQUEST_EXTENSION, new Rule(EnumSet.of(DISPATCHED, SIGNED), null, UNIT));
        RULES.put(WorkOrderAction.DECIDE_EXTENSION, new Rule(EnumSet.of(DISPATCHED, SIGNED), null, SUPERVISORS));
        RULES.put(WorkOrderAction.REQUEST_PAUSE, new Rule(EnumSet.of(DISPATCHED, SIGNED), null,
                EnumSet.of(Role.AGENT, Role.SUPERVISOR, Role.UNIT_HANDLER)));
        RULES.put(WorkOrderAction.DECIDE_PAUSE, new Rule(EnumSet.of(DISPATCHED, SIGNED), null, SUPERVISORS));
        RULES.put(WorkOrderAction.RESUME, new Rule(EnumSet.of(DISPATCHED, SIGNED), null, HOTLINE));
        // A dissatisfied citizen: the order goes back to the dispatch queue.
        RULES.put(WorkOrderAction.REOPEN, new Rule(EnumSet.of(CALLED_BACK, CLOSED), REGISTERED, SUPERVISORS));
        RULES.put(WorkOrderAction.SUPERVISE, new Rule(EnumSet.of(DISPATCHED, SIGNED, REPLIED), null, SUPERVISORS));
        // A duplicate not yet with a unit is closed into the order it repeats.
        RULES.put(WorkOrderAction.MERGE, new Rule(EnumSet.of(REGISTERED, RETURNED), CLOSED, SUPERVISORS));
    }

    private WorkOrderLifecycle() {
    }

    /**
     * The state after {@code action}, or a refusal: 403 when the role may never do it, 409 naming
     * the current state when the order is not in a state that allows it. An action that leaves the
     * state as it is (urging, a deadline request) answers the current state.
     */
    public static WorkOrderState next(WorkOrderState current, WorkOrderAction action, Role role) {
        Rule rule = RULES.get(action);
        if (!rule.roles().contains(role)) {
            throw new DomainException(ProblemType.FORBIDDEN, "workorder.role-may-not", label(action), role);
        }
        if (!rule.from().contains(current)) {
            throw new DomainException(ProblemType.CONFLICT, "workorder.illegal-transition", label(action),
                    label(current));
        }
        return rule.to() == null ? current : rule.to();
    }

    /**
     * 重新办理 is for a citizen who was not satisfied: after a callback that recorded 不满意, and no
     * other (a satisfied citizen's order stays closed; one who could not be reached is called again).
     */
    public static void checkReopen(Satisfaction lastCallback) {
        if (lastCallback != Satisfaction.DISSATISFIED) {
            throw new DomainException(ProblemType.CONFLICT, "workorder.reopen-not-dissatisfied",
                    lastCallback == null ? new MessageKey("workorder.no-callback") : label(lastCallback));
        }
    }

    public static MessageKey label(Satisfaction satisfaction) {
        return new MessageKey("workorder.satisfaction." + satisfaction.name());
    }

    public static MessageKey label(WorkOrderState state) {
        return new MessageKey("workorder.state." + state.name());
    }

    public static MessageKey label(WorkOrderAction action) {
        return new MessageKey("workorder.action." + action.name());
    }

    public static boolean allows(WorkOrderState current, WorkOrderAction action, Role role) {
        Rule rule = RULES.get(action);
        return rule.roles().contains(role) && rule.from().contains(current);
    }
}

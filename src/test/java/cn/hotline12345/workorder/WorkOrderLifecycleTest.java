package cn.hotline12345.workorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import cn.hotline12345.identity.Role;
import cn.hotline12345.common.DomainException;
import cn.hotline12345.common.ProblemType;

class WorkOrderLifecycleTest {

    @Test
    void theWholeCycleFromRegistrationToClosing() {
        WorkOrderState s = WorkOrderState.REGISTERED;
        s = WorkOrderLifecycle.next(s, WorkOrderAction.DISPATCH, Role.AGENT);
        assertThat(s).isEqualTo(WorkOrderState.DISPATCHED);
        s = WorkOrderLifecycle.next(s, WorkOrderAction.SIGN, Role.UNIT_HANDLER);
        assertThat(s).isEqualTo(WorkOrderState.SIGNED);
        s = WorkOrderLifecycle.next(s, WorkOrderAction.REPLY, Role.UNIT_HANDLER);
        assertThat(s).isEqualTo(WorkOrderState.REPLIED);
        assertThat(WorkOrderLifecycle.next(s, WorkOrderAction.SEND_BACK, Role.SUPERVISOR)).isEqualTo(WorkOrderState.SIGNED);
        s = WorkOrderLifecycle.next(s, WorkOrderAction.ACCEPT_REPLY, Role.SUPERVISOR);
        assertThat(s).isEqualTo(WorkOrderState.REVIEWED);
        s = WorkOrderLifecycle.next(s, WorkOrderAction.CALLBACK, Role.AGENT);
        assertThat(s).isEqualTo(WorkOrderState.CALLED_BACK);
        s = WorkOrderLifecycle.next(s, WorkOrderAction.CLOSE, Role.SUPERVISOR);
        assertThat(s).isEqualTo(WorkOrderState.CLOSED);
    }

    @Test
    void directAnswerClosesAtOnceAndReturnsGoBackToTheHotline() {
        assertThat(WorkOrderLifecycle.next(WorkOrderState.REGISTERED, WorkOrderAction.ANSWER_DIRECTLY, Role.AGENT))
                .isEqualTo(WorkOrderState.CLOSED);
        assertThat(WorkOrderLifecycle.next(WorkOrderState.DISPATCHED, WorkOrderAction.RETURN, Role.UNIT_HANDLER))
                .isEqualTo(WorkOrderState.RETURNED);
        assertThat(WorkOrderLifecycle.next(WorkOrderState.RETURNED, WorkOrderAction.DISPATCH, Role.SUPERVISOR))
                .isEqualTo(WorkOrderState.DISPATCHED);
        assertThat(WorkOrderLifecycle.next(WorkOrderState.SIGNED, WorkOrderAction.URGE, Role.AGENT))
                .isEqualTo(WorkOrderState.SIGNED);
    }

    @Test
    void aStepTheStateDoesNotAllowIsAConflictNamingTheState() {
        assertThatThrownBy(() -> WorkOrderLifecycle.next(WorkOrderState.REGISTERED, WorkOrderAction.SIGN, Role.UNIT_HANDLER))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> {
                    DomainException refusal = (DomainException) e;
                    assertThat(refusal.type()).isEqualTo(ProblemType.CONFLICT);
                    assertThat(refusal.arguments()).contains(WorkOrderLifecycle.label(WorkOrderState.REGISTERED));
                });
    }

    @ParameterizedTest
    @EnumSource(value = WorkOrderAction.class, names = {"SIGN", "REPLY", "RETURN"})
    void onlyUnitsSignReplyAndReturn(WorkOrderAction action) {
        for (Role role : new Role[] {Role.AGENT, Role.SUPERVISOR, Role.MANAGER, Role.ADMIN, Role.KB_EDITOR}) {
            assertThatThrownBy(() -> WorkOrderLifecycle.next(WorkOrderState.SIGNED, action, role))
                    .extracting(e -> ((DomainException) e).type()).isEqualTo(ProblemType.FORBIDDEN);
        }
    }

    @ParameterizedTest
    @EnumSource(value = WorkOrderAction.class, names = {"ACCEPT_REPLY", "SEND_BACK", "CLOSE"})
    void onlySupervisorsReviewAndClose(WorkOrderAction action) {
        assertThatThrownBy(() -> WorkOrderLifecycle.next(WorkOrderState.REPLIED, action, Role.AGENT))
                .extracting(e -> ((DomainException) e).type()).isEqualTo(ProblemType.FORBIDDEN);
        assertThatThrownBy(() -> WorkOrderLifecycle.next(WorkOrderState.REPLIED, action, Role.UNIT_HANDLER))
                .extracting(e -> ((DomainException) e).type()).isEqualTo(ProblemType.FORBIDDEN);
    }

    @Test
    void aClosedOrderCanOnlyBeReopenedByASupervisor() {
        for (WorkOrderAction action : WorkOrderAction.values()) {
            for (Role role : Role.values()) {
                boolean reopen = action == WorkOrderAction.REOPEN && role == Role.SUPERVISOR;
                assertThat(WorkOrderLifecycle.allows(WorkOrderState.CLOSED, action, role)).as("%s by %s", action, role)
                        .isEqualTo(reopen);
            }
        }
        assertThat(WorkOrderLifecycle.next(WorkOrderState.CLOSED, WorkOrderAction.REOPEN, Role.SUPERVISOR))
                .isEqualTo(WorkOrderState.REGISTERED);
    }
}

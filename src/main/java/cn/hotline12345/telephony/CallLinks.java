package cn.hotline12345.telephony;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import cn.hotline12345.common.DomainException;
import cn.hotline12345.common.FieldError;
import cn.hotline12345.common.ProblemType;
import cn.hotline12345.workorder.WorkOrderRegistered;
import cn.hotline12345.workorder.WorkOrderService;

/**
 * A work order registered from a call must name a call the PBX reported; otherwise nothing is
 * registered. If the caller has already answered the survey, the order takes the answer.
 */
@ApplicationScoped
public class CallLinks {

    @Inject
    WorkOrderService workOrders;

    void onRegistered(@Observes WorkOrderRegistered registered) {
        if (registered.callLinkedId() == null) {
            return;
        }
        CallRecord call = CallRecord.byLinkedId(registered.callLinkedId()).orElseThrow(() -> new DomainException(
                ProblemType.RULE_VIOLATION, List.of(new FieldError("callLinkedId", "problem.telephony.call-not-found")),
                "problem.telephony.call-not-found"));
        if (call.survey != null) {
            workOrders.recordCallSurvey(call.linkedId, call.survey);
        }
    }
}

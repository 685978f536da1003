package cn.hotline12345.telephony;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.hotline12345.audit.AuditLog;
import cn.hotline12345.workorder.Satisfaction;
import cn.hotline12345.workorder.WorkOrderService;

/** Stores a survey answer on the call and on the orders registered from it (the first answer counts). */
@ApplicationScoped
public class CallSurveys {

    @Inject
    WorkOrderService workOrders;

    @Inject
    AuditLog audit;

    /** False if the call is unknown or already has an answer. */
    @ActivateRequestContext
    @Transactional
    public boolean record(String linkedId, Satisfaction answer) {
        int updated = CallRecord.update("survey = ?1 where linkedId = ?2 and survey is null", answer, linkedId);
        if (updated == 0) {
            return false;
        }
        int orders = workOrders.recordCallSurvey(linkedId, answer);
        audit.record("call.survey", "call", linkedId, Map.of("survey", answer.name(), "orders", orders));
        return true;
    }
}

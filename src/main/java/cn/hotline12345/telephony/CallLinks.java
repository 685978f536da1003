package cn.hotline12345.telephony;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import cn.hotline12345.common.DomainException;
import cn.hotline12345.common.FieldError;
import cn.hotline12345.common.ProblemType;
import cn.hotline12345.workorder.WorkOrderRegistered;

/** A work order registered from a call must name a call the PBX reported; otherwise nothing is registered. */
@ApplicationScoped
public class CallLinks {

    void onRegistered(@Observes WorkOrderRegistered registered) {
        if (registered.callLinkedId() != null && CallRecord.byLinkedId(registered.callLinkedId()).isEmpty()) {
            throw new DomainException(ProblemType.RULE_VIOLATION,
                    List.of(new FieldError("callLinkedId", "problem.telephony.call-not-found")),
                    "problem.telephony.call-not-found");
        }
    }
}

package cn.hotline12345.telephony;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.asteriskjava.manager.action.OriginateAction;
import org.asteriskjava.manager.response.ManagerError;
import org.asteriskjava.manager.response.ManagerResponse;

import cn.hotline12345.account.CurrentUser;
import cn.hotline12345.audit.AuditLog;
import cn.hotline12345.common.DomainException;
import cn.hotline12345.common.FieldError;
import cn.hotline12345.common.ProblemType;

/**
 * A click that calls a citizen: the PBX rings the agent's own phone first and, once the agent picks
 * up, dials the citizen (callbacks of abandoned calls, 回访). Any instance can do it: it opens a
 * short manager session of its own, so it does not depend on which instance reads the events.
 */
@ApplicationScoped
public class Dialer {

    @Inject
    TelephonyConfig config;

    @Inject
    AgentDirectory agents;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    PbxSession pbx;

    /** What was dialled: from which extension to which number. */
    public record Dialled(String extension, String number, String callbackFor) {
    }

    @Transactional
    public Dialled dial(String number, String callbackFor) {
        String extension = agents.extensionOf(currentUser.username()).orElseThrow(
                () -> new DomainException(ProblemType.CONFLICT, "problem.telephony.no-extension"));
        CallRecord abandoned = null;
        if (callbackFor != null) {
            abandoned = CallRecord.byLinkedId(callbackFor).orElseThrow(() -> new DomainException(ProblemType.NOT_FOUND,
                    List.of(new FieldError("callbackFor", "problem.telephony.call-not-found")),
                    "problem.telephony.call-not-found"));
        }
        originate(extension, number);
        if (abandoned != null && abandoned.callbackAt == null) {
            abandoned.callbackAt = Instant.now();
            abandoned.callbackBy = currentUser.username();
        }
        Map<String, Object> details = new HashMap<>();
        details.put("extension", extension);
        details.put("number", number);
        if (callbackFor != null) {
            details.put("callbackFor", callbackFor);
        }
        audit.record("call.dialled", "call", callbackFor == null ? number : callbackFor, details);
        return new Dialled(extension, number, callbackFor);
    }

    /** Waits until the agent's phone answers; a phone that does not is a clear refusal, not an error. */
    private void originate(String extension, String number) {
        OriginateAction originate = new OriginateAction();
        originate.setChannel(config.agentInterface().replace("{extension}", extension));
        originate.setContext(config.callbackContext());
        originate.setExten(number);
        originate.setPriority(1);
        originate.setCallerId("12345 <" + number + ">");
        originate.setTimeout(config.callbackRing().toMillis());
        ManagerResponse response = pbx.send(originate, config.callbackRing().toMillis() + 5_000);
        if (response instanceof ManagerError) {
            throw new DomainException(ProblemType.CONFLICT, "problem.telephony.phone-not-answered", extension);
        }
    }
}

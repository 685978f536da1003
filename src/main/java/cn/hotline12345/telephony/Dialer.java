package cn.hotline12345.telephony;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.asteriskjava.manager.action.OriginateAction;
import org.asteriskjava.manager.response.ManagerError;
import org.asteriskjava.manager.response.ManagerResponse;

import io.quarkus.narayana.jta.QuarkusTransaction;

import cn.hotline12345.identity.CurrentUser;
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

    @Inject
    Clock clock;

    /** What was dialled: from which extension to which number. */
    public record Dialled(String extension, String number, String callbackFor) {
    }

    /**
     * Rings the reader's phone, then the number. An abandoned call named by callbackFor is claimed
     * first (two agents cannot call the same citizen back) and released again if nobody was called.
     * The PBX is not asked inside a transaction: the agent's phone may ring for half a minute.
     */
    public Dialled dial(String number, String callbackFor) {
        String extension = QuarkusTransaction.requiringNew().call(() -> agents.extensionOf(currentUser.username()))
                .orElseThrow(() -> new DomainException(ProblemType.CONFLICT, "problem.telephony.no-extension"));
        String who = currentUser.username();
        if (callbackFor != null) {
            QuarkusTransaction.requiringNew().run(() -> claim(callbackFor, who));
        }
        try {
            originate(extension, number);
        } catch (RuntimeException e) {
            if (callbackFor != null) {
                QuarkusTransaction.requiringNew().run(() -> CallRecord.update(
                        "callbackAt = null, callbackBy = null where linkedId = ?1 and callbackBy = ?2", callbackFor, who));
            }
            throw e;
        }
        Map<String, Object> details = new HashMap<>();
        details.put("extension", extension);
        details.put("number", number);
        if (callbackFor != null) {
            details.put("callbackFor", callbackFor);
        }
        QuarkusTransaction.requiringNew().run(() -> audit.record("call.dialled", "call",
                callbackFor == null ? number : callbackFor, details));
        return new Dialled(extension, number, callbackFor);
    }

    private void claim(String linkedId, String who) {
        if (CallRecord.byLinkedId(linkedId).isEmpty()) {
            throw new DomainException(ProblemType.NOT_FOUND,
                    List.of(new FieldError("callbackFor", "problem.telephony.call-not-found")),
                    "problem.telephony.call-not-found");
        }
        int claimed = CallRecord.update("callbackAt = ?1, callbackBy = ?2 where linkedId = ?3 and callbackAt is null",
                clock.instant(), who, linkedId);
        if (claimed == 0) {
            throw new DomainException(ProblemType.CONFLICT, "problem.telephony.already-called-back");
        }
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

package cn.hotline12345.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Calls made from the CDRs the PBX wrote. The rows are the ones the Asterisk 22 sandbox's cdr_pgsql
 * wrote for two generated calls (an answered one and one abandoned after two agents let it ring).
 */
class CdrRecoveryTest {

    private static final String INBOUND = "hotline-inbound";

    private static Instant at(String time) {
        return Instant.parse("2026-11-29T" + time + "Z");
    }

    private static PbxCdr cdr(String linked, String unique, String src, String context, String channel, String dst,
            String app, String data, String start, String answer, String end, int duration, int billsec,
            String disposition) {
        return new PbxCdr(linked, unique, src, context, channel, dst, app, data, at(start),
                answer == null ? null : at(answer), at(end), duration, billsec, disposition);
    }

    /**
     * The answered call: the generator's leg, the caller's leg in the queue with agent 8001 (its
     * answer time is the caller channel's own, from the welcome), the agent's leg (answered 12:51:00,
     * 3 s of talk), the caller's leg after the agent hung up.
     */
    static List<PbxCdr> answered() {
        String id = "hotline-pbx-1795956658.32";
        return List.of(
                cdr(id, id, "13907571956", "hotline-sandbox-caller", "Local/12345@hotline-inbound-00000008;1", "",
                        "SendDTMF", "2", "12:50:58", "12:50:58", "12:51:04", 5, 5, "ANSWERED"),
                cdr(id, "hotline-pbx-1795956658.33", "13907571956", INBOUND, "Local/12345@hotline-inbound-00000008;2",
                        "Local/8001@hotline-sandbox-agents-00000009;1", "Queue", "hotline-consult,cr,,,600", "12:50:58",
                        "12:50:58", "12:51:03", 5, 5, "ANSWERED"),
                cdr(id, "hotline-pbx-1795956659.35", "13907571956", "hotline-sandbox-agents",
                        "Local/8001@hotline-sandbox-agents-00000009;2", "", "Hangup", "", "12:50:59", "12:51:00",
                        "12:51:03", 4, 3, "ANSWERED"),
                cdr(id, "hotline-pbx-1795956658.33", "13907571956", INBOUND, "Local/12345@hotline-inbound-00000008;2", "",
                        "Hangup", "", "12:51:03", "12:51:03", "12:51:03", 0, 0, "ANSWERED"));
    }

    /** The abandoned call: the queue rang 8002, then 8003; neither answered and the caller left. */
    static List<PbxCdr> abandoned() {
        String id = "hotline-pbx-1795956659.36";
        String caller = "hotline-pbx-1795956659.37";
        return List.of(
                cdr(id, id, "13907571784", "hotline-sandbox-caller", "Local/12345@hotline-inbound-0000000a;1", "",
                        "Hangup", "", "12:50:59", "12:50:59", "12:51:04", 4, 4, "ANSWERED"),
                cdr(id, caller, "13907571784", INBOUND, "Local/12345@hotline-inbound-0000000a;2",
                        "Local/8002@hotline-sandbox-agents-0000000b;1", "Queue", "hotline-complaint,cr,,,600",
                        "12:50:59", "12:50:59", "12:51:02", 2, 2, "NO ANSWER"),
                cdr(id, "hotline-pbx-1795956660.39", "13907571784", "hotline-sandbox-agents",
                        "Local/8002@hotline-sandbox-agents-0000000b;2", "", "Wait", "3600", "12:51:00", null, "12:51:02",
                        2, 0, "FAILED"),
                cdr(id, "hotline-pbx-1795956663.42", "13907571784", "hotline-sandbox-agents",
                        "Local/8003@hotline-sandbox-agents-0000000c;2", "", "Wait", "3600", "12:51:03", null, "12:51:04",
                        1, 0, "FAILED"),
                cdr(id, caller, "13907571784", INBOUND, "Local/12345@hotline-inbound-0000000a;2",
                        "Local/8003@hotline-sandbox-agents-0000000c;1", "Queue", "hotline-complaint,cr,,,600",
                        "12:51:03", "12:51:03", "12:51:04", 1, 1, "NO ANSWER"));
    }

    @Test
    void anAnsweredCallKeepsItsQueueAgentWaitAndTalk() {
        CallFacts call = CallFold.fold(CdrRecovery.events(answered(), INBOUND)).orElseThrow();
        assertThat(call.linkedId()).isEqualTo("hotline-pbx-1795956658.32");
        assertThat(call.callerUniqueId()).isEqualTo("hotline-pbx-1795956658.33");
        assertThat(call.callerNumber()).isEqualTo("13907571956");
        assertThat(call.queue()).isEqualTo("hotline-consult");
        assertThat(call.state()).isEqualTo(CallState.ENDED);
        assertThat(call.startedAt()).isEqualTo(at("12:50:58"));
        assertThat(call.answeredAt()).isEqualTo(at("12:51:00"));
        assertThat(call.endedAt()).isEqualTo(at("12:51:03"));
        assertThat(call.waitSeconds()).isEqualTo(2);
        assertThat(call.talkSeconds()).isEqualTo(3);
        assertThat(call.agentExtension()).isEqualTo("8001");
        assertThat(call.agentInterface()).isEqualTo("Local/8001@hotline-sandbox-agents");
        assertThat(call.agentsRung()).isEqualTo(1);
        assertThat(call.abandoned()).isFalse();
        assertThat(call.hangupCauseText()).isEqualTo(CdrRecovery.RECOVERED);
        assertThat(call.cdrDisposition()).isEqualTo("ANSWERED");
        assertThat(call.billableSeconds()).isEqualTo(5);
    }

    @Test
    void aCallerWhoLeftTheQueueIsAnAbandonedCallForTheCallbackList() {
        CallFacts call = CallFold.fold(CdrRecovery.events(abandoned(), INBOUND)).orElseThrow();
        assertThat(call.queue()).isEqualTo("hotline-complaint");
        assertThat(call.state()).isEqualTo(CallState.ENDED);
        assertThat(call.abandoned()).isTrue();
        assertThat(call.answeredAt()).isNull();
        assertThat(call.agentExtension()).isNull();
        assertThat(call.agentsRung()).isEqualTo(2);
        assertThat(call.waitSeconds()).isEqualTo(5);
        assertThat(call.endedAt()).isEqualTo(at("12:51:04"));
    }

    @Test
    void theRowsOrderDoesNotMatterAndACallOutsideTheHotlineGivesNothing() {
        List<PbxCdr> shuffled = new ArrayList<>(answered());
        Collections.reverse(shuffled);
        assertThat(CallFold.fold(CdrRecovery.events(shuffled, INBOUND)))
                .isEqualTo(CallFold.fold(CdrRecovery.events(answered(), INBOUND)));
        assertThat(CdrRecovery.events(answered().subList(0, 1), INBOUND)).isEmpty();
    }

    @Test
    void withoutACdrOfTheAgentsOwnLegWaitAndTalkStayUnknown() {
        List<PbxCdr> withoutAgentLeg = answered().stream().filter(c -> !c.context().equals("hotline-sandbox-agents"))
                .toList();
        CallFacts call = CallFold.fold(CdrRecovery.events(withoutAgentLeg, INBOUND)).orElseThrow();
        assertThat(call.agentExtension()).isEqualTo("8001");
        assertThat(call.answeredAt()).isNotNull();
        assertThat(call.abandoned()).isFalse();
        assertThat(call.waitSeconds()).isNull();
        assertThat(call.talkSeconds()).isNull();
    }

    @Test
    void theAdaptersOwnEventsOutweighThoseMadeFromCdrs() {
        List<PbxEvent> recovered = CdrRecovery.events(answered(), INBOUND);
        assertThat(recovered).isNotEmpty().allMatch(PbxEvent::recovered);
        // The same call as the PBX sent it (AMI times carry microseconds), with its own talk time.
        List<PbxEvent> sent = recovered.stream().map(e -> sent(e, e.kind() == PbxEventKind.AGENT_COMPLETE ? 4 : null))
                .toList();
        List<PbxEvent> both = new ArrayList<>(sent);
        both.addAll(recovered);
        CallFacts call = CallFold.fold(both).orElseThrow();
        assertThat(call).isEqualTo(CallFold.fold(sent).orElseThrow());
        assertThat(call.talkSeconds()).as("counted once, from the PBX's own event").isEqualTo(4);
        assertThat(call.hangupCauseText()).isNull();
    }

    private static PbxEvent sent(PbxEvent e, Integer talk) {
        return new PbxEvent(e.kind(), e.linkedId(), e.uniqueId(), e.at().plusNanos(123_000), e.channel(),
                e.callerNumber(), e.queue(), e.memberName(), e.memberInterface(), e.holdSeconds(),
                talk == null ? e.talkSeconds() : talk, e.reason(), e.cause(), e.kind() == PbxEventKind.HANGUP ? null
                        : e.causeText(), e.choice(), e.file(), e.disposition(), e.billableSeconds(), false);
    }

    @Test
    void cdrTimesAreSecondsSinceTheEpochWithMicroseconds() {
        assertThat(CdrRecovery.instant(1795957949.059787)).isEqualTo(Instant.parse("2026-11-29T13:12:29.059787Z"));
        assertThat(CdrRecovery.instant(null)).isNull();
        Instant now = Instant.parse("2026-11-29T13:12:29.5Z");
        assertThat(CdrRecovery.instant(CdrRecovery.epochSeconds(now))).isEqualTo(now);
    }

    @Test
    void channelNumberingIsDroppedFromAgentInterfaces() {
        assertThat(CdrRecovery.agentInterface("PJSIP/8001-0000002a")).isEqualTo("PJSIP/8001");
        assertThat(CdrRecovery.agentInterface("Local/8001@hotline-agents-00000009;1")).isEqualTo("Local/8001@hotline-agents");
        assertThat(CdrRecovery.agentInterface("")).isNull();
        assertThat(CdrRecovery.queueName("hotline-consult,cr,,,600")).isEqualTo("hotline-consult");
    }
}

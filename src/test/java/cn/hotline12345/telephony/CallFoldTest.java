package cn.hotline12345.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The folding rules alone, on events shaped like the sandbox's. */
class CallFoldTest {

    private static final Instant T0 = Instant.parse("2026-11-29T02:00:00Z");
    private static final String CALL = "pbx-1.0";
    private static final String CALLER = "pbx-1.1";

    private static PbxEvent at(PbxEventKind kind, String uniqueId, long millis) {
        return PbxEvent.of(kind, CALL, uniqueId, T0.plusMillis(millis)).withChannel("Local/12345@hotline-inbound;2",
                "13800138000");
    }

    private static List<PbxEvent> answeredCall() {
        return List.of(
                at(PbxEventKind.CALL_START, CALLER, 0),
                at(PbxEventKind.MENU, CALLER, 500).withChoice("2"),
                at(PbxEventKind.QUEUE_JOIN, CALLER, 600).withQueue("hotline-complaint", null, null),
                at(PbxEventKind.AGENT_CALLED, CALLER, 700).withQueue("hotline-complaint", "8001", "Local/8001@a/n"),
                at(PbxEventKind.AGENT_CALLED, CALLER, 2700).withQueue("hotline-complaint", "8002", "Local/8002@a/n"),
                at(PbxEventKind.AGENT_CONNECT, CALLER, 3700).withQueue("hotline-complaint", "8002", "Local/8002@a/n")
                        .withTimes(3, null, null),
                at(PbxEventKind.AGENT_COMPLETE, CALLER, 7700).withQueue("hotline-complaint", "8002", "Local/8002@a/n")
                        .withTimes(3, 4, "agent"),
                at(PbxEventKind.HANGUP, "pbx-1.3", 7700).withCause(16, "Normal Clearing"),
                at(PbxEventKind.HANGUP, CALLER, 7800).withCause(16, "Normal Clearing"),
                at(PbxEventKind.CDR, CALLER, 7900).withCdr("ANSWERED", 0, 0),
                at(PbxEventKind.CDR, CALLER, 7901).withCdr("ANSWERED", 8, 7),
                at(PbxEventKind.CDR, "pbx-1.3", 7902).withCdr("ANSWERED", 5, 4));
    }

    @Test
    void anAnsweredCall() {
        CallFacts call = CallFold.fold(answeredCall()).orElseThrow();
        assertThat(call.state()).isEqualTo(CallState.ENDED);
        assertThat(call.callerNumber()).isEqualTo("13800138000");
        assertThat(call.menuChoice()).isEqualTo("2");
        assertThat(call.agentExtension()).isEqualTo("8002");
        assertThat(call.agentsRung()).isEqualTo(2);
        assertThat(call.waitSeconds()).isEqualTo(3);
        assertThat(call.talkSeconds()).isEqualTo(4);
        assertThat(call.endedAt()).isEqualTo(T0.plusMillis(7800));
        assertThat(call.hangupCause()).isEqualTo(16);
        assertThat(call.cdrDisposition()).isEqualTo("ANSWERED");
        assertThat(call.billableSeconds()).as("the caller leg's longest CDR").isEqualTo(7);
        assertThat(call.events()).isEqualTo(12);
    }

    @Test
    void theOrderAndRepeatsOfEventsDoNotMatter() {
        List<PbxEvent> shuffled = new ArrayList<>(answeredCall());
        shuffled.addAll(answeredCall());
        Collections.shuffle(shuffled, new java.util.Random(7));
        assertThat(CallFold.fold(shuffled)).isEqualTo(CallFold.fold(answeredCall()));
    }

    @Test
    void aCallerWhoLeavesTheQueueIsAbandoned() {
        List<PbxEvent> events = List.of(at(PbxEventKind.QUEUE_JOIN, CALLER, 0).withQueue("hotline-consult", null, null),
                at(PbxEventKind.QUEUE_ABANDON, CALLER, 4000).withTimes(4, null, null),
                at(PbxEventKind.HANGUP, CALLER, 4001).withCause(16, "Normal Clearing"));
        CallFacts call = CallFold.fold(events).orElseThrow();
        assertThat(call.abandoned()).isTrue();
        assertThat(call.waitSeconds()).isEqualTo(4);
        assertThat(call.state()).isEqualTo(CallState.ENDED);
    }

    @Test
    void aCallInProgressAndEventsOfNoHotlineCall() {
        List<PbxEvent> events = new ArrayList<>(answeredCall().subList(0, 6));
        assertThat(CallFold.fold(events).orElseThrow().state()).isEqualTo(CallState.CONNECTED);
        assertThat(CallFold.fold(events.subList(0, 3)).orElseThrow().state()).isEqualTo(CallState.QUEUED);
        assertThat(CallFold.fold(List.of(at(PbxEventKind.HANGUP, CALLER, 0)))).isEmpty();
    }
}

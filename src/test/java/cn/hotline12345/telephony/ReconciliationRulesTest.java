package cn.hotline12345.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** What the adapter adds after a time away, and how the fold reads it; plain Java. */
class ReconciliationRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-29T03:00:00Z");
    private static final String INBOUND = "hotline-inbound";

    private static Reconciliation.ActiveChannel channel(String name, String uniqueId, String linkedId, String context,
            String application, String data, String bridge) {
        return new Reconciliation.ActiveChannel(name, uniqueId, linkedId, context, application, data, 30, "13800138000",
                bridge);
    }

    @Test
    void anOpenCallTheSwitchNoLongerHasEndedAndOneItStillHasDidNot() {
        List<PbxEvent> events = Reconciliation.events(
                List.of(new Reconciliation.OpenCall("gone", "gone.1", true),
                        new Reconciliation.OpenCall("still", "still.1", false)),
                List.of(channel("Local/12345@hotline-inbound-1;2", "still.1", "still", INBOUND, "Queue",
                        "hotline-consult,cr,,,600", null)),
                INBOUND, NOW);
        assertThat(events).extracting(PbxEvent::kind, PbxEvent::linkedId, PbxEvent::uniqueId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PbxEventKind.RECONCILED_END, "gone", "gone.1"));
    }

    @Test
    void aCallThatStartedMeanwhileIsRecordedWithItsQueueAndAgent() {
        List<PbxEvent> events = Reconciliation.events(List.of(),
                List.of(channel("Local/12345@hotline-inbound-7;2", "new.1", "new", INBOUND, "Queue",
                        "hotline-complaint,cr,,,600", "bridge-1"),
                        channel("Local/8007@hotline-sandbox-agents-9;1", "new.3", "new", "hotline-sandbox-agents",
                                "AppQueue", "", "bridge-1"),
                        channel("PJSIP/8009-0000001", "other.1", "other", "hotline-agents-out", "Dial", "", null)),
                INBOUND, NOW);
        assertThat(events).extracting(PbxEvent::kind).containsExactly(PbxEventKind.CALL_START,
                PbxEventKind.QUEUE_JOIN, PbxEventKind.AGENT_CONNECT);
        assertThat(events.get(0).at()).isEqualTo(NOW.minusSeconds(30));
        assertThat(events.get(1).queue()).isEqualTo("hotline-complaint");
        assertThat(events.get(2).memberName()).isEqualTo("8007");
        CallFacts call = CallFold.fold(events).orElseThrow();
        assertThat(call.state()).isEqualTo(CallState.CONNECTED);
        assertThat(call.agentExtension()).isEqualTo("8007");
    }

    @Test
    void theExtensionIsReadFromAnAgentChannelsName() {
        assertThat(Reconciliation.extensionOf("PJSIP/8001-0000002a")).isEqualTo("8001");
        assertThat(Reconciliation.extensionOf("Local/8012@hotline-sandbox-agents-00000003;1")).isEqualTo("8012");
        assertThat(Reconciliation.extensionOf("PJSIP/trunk-00000001")).isNull();
        assertThat(Reconciliation.extensionOf(null)).isNull();
    }

    @Test
    void aWaitingCallerWhoseCallEndedMeanwhileIsCalledBack() {
        List<PbxEvent> events = new ArrayList<>(List.of(
                PbxEvent.of(PbxEventKind.QUEUE_JOIN, "c", "c.1", NOW.minusSeconds(60)).withQueue("hotline-consult", null,
                        null),
                PbxEvent.of(PbxEventKind.RECONCILED_END, "c", "c.1", NOW)));
        CallFacts waiting = CallFold.fold(events).orElseThrow();
        assertThat(waiting.state()).isEqualTo(CallState.ENDED);
        assertThat(waiting.abandoned()).isTrue();
        assertThat(waiting.endedAt()).isEqualTo(NOW);
        events.add(PbxEvent.of(PbxEventKind.AGENT_CONNECT, "c", "c.1", NOW.minusSeconds(50))
                .withQueue("hotline-consult", "8003", "PJSIP/8003").withTimes(10, null, null));
        CallFacts talking = CallFold.fold(events).orElseThrow();
        assertThat(talking.abandoned()).isFalse();
        assertThat(talking.completedBy()).isEqualTo("unknown");
    }

    @Test
    void aMissedConnectIsReadFromTheCompletion() {
        CallFacts call = CallFold.fold(List.of(
                PbxEvent.of(PbxEventKind.QUEUE_JOIN, "c", "c.1", NOW.minusSeconds(60)).withQueue("hotline-consult", null,
                        null),
                PbxEvent.of(PbxEventKind.AGENT_COMPLETE, "c", "c.1", NOW).withQueue("hotline-consult", "8004", "PJSIP/8004")
                        .withTimes(12, 40, "caller"))).orElseThrow();
        assertThat(call.agentExtension()).isEqualTo("8004");
        assertThat(call.answeredAt()).isEqualTo(NOW.minusSeconds(40));
        assertThat(call.waitSeconds()).isEqualTo(12);
        assertThat(call.talkSeconds()).isEqualTo(40);
        assertThat(call.state()).isEqualTo(CallState.ENDED);
    }
}

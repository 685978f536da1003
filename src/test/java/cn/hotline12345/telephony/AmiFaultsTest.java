package cn.hotline12345.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import cn.hotline12345.testing.Calls;
import cn.hotline12345.testing.ElasticsearchResource;
import cn.hotline12345.testing.PostgresResource;
import cn.hotline12345.testing.ScriptedAmiPeer;
import cn.hotline12345.testing.ScriptedAmiResource;

/**
 * Faults of the AMI stream itself, which the real PBX cannot be made to produce on purpose: a
 * scripted AMI peer stands in for Asterisk (the events it sends have the shape the sandbox's
 * calls produce). A garbled line is logged and skipped; the call around it is still recorded.
 */
@QuarkusTest
@TestProfile(AmiFaultsTest.ScriptedPbx.class)
class AmiFaultsTest {

    /** The real PostgreSQL and Elasticsearch, a scripted AMI peer instead of the sandbox. */
    public static class ScriptedPbx implements QuarkusTestProfile {

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(PostgresResource.class), new TestResourceEntry(ElasticsearchResource.class),
                    new TestResourceEntry(ScriptedAmiResource.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    @Inject
    AmiConnector connector;

    private static String event(String name, String linkedId, String uniqueId, double at, String... fields) {
        StringBuilder event = new StringBuilder("Event: " + name + "\r\nPrivilege: agent,all\r\nTimestamp: "
                + String.format(java.util.Locale.ROOT, "%.6f", at) + "\r\nChannel: Local/12345@hotline-inbound-0000ab;2\r\n"
                + "CallerIDNum: " + fields[0] + "\r\nUniqueid: " + uniqueId + "\r\nLinkedid: " + linkedId + "\r\n");
        for (int i = 1; i < fields.length; i++) {
            event.append(fields[i]).append("\r\n");
        }
        return event.append("\r\n").toString();
    }

    @Test
    void aGarbledLineIsSkippedAndTheCallAroundItIsRecorded() throws Exception {
        ScriptedAmiPeer peer = ScriptedAmiResource.peer();
        long until = System.currentTimeMillis() + 20_000;
        while (connector.state() != AmiConnector.State.CONNECTED && System.currentTimeMillis() < until) {
            Thread.sleep(100);
        }
        assertThat(connector.state()).isEqualTo(AmiConnector.State.CONNECTED);
        int logins = peer.logins();
        String number = Calls.newCallerNumber();
        String linked = "scripted-1795950000.1";
        String caller = "scripted-1795950000.2";
        double t = System.currentTimeMillis() / 1000.0;
        peer.send(event("QueueCallerJoin", linked, caller, t, number, "Queue: hotline-consult", "Position: 1", "Count: 1"));
        // Not AMI at all: a line without a colon, a stray binary run, a header with no value.
        peer.send("this line is not an AMI header\r\n\u0000\u0007\u00ff\u00fe garbage\r\nEvent:\r\n\r\n");
        peer.send(event("AgentConnect", linked, caller, t + 3, number, "Queue: hotline-consult", "MemberName: 8009",
                "Interface: PJSIP/8009", "HoldTime: 3", "RingTime: 1", "DestChannel: PJSIP/8009-00000001"));
        peer.send(event("AgentComplete", linked, caller, t + 10, number, "Queue: hotline-consult", "MemberName: 8009",
                "Interface: PJSIP/8009", "HoldTime: 3", "TalkTime: 7", "Reason: agent"));
        peer.send(event("Hangup", linked, caller, t + 10.5, number, "Cause: 16", "Cause-txt: Normal Clearing"));
        CallRecord call = Calls.await(number, 1, c -> c.state == CallState.ENDED, Duration.ofSeconds(20)).get(0);
        assertThat(call.agentExtension).isEqualTo("8009");
        assertThat(call.waitSeconds).isEqualTo(3);
        assertThat(call.talkSeconds).isEqualTo(7);
        assertThat(call.hangupCause).isEqualTo(16);
        assertThat(connector.state()).isEqualTo(AmiConnector.State.CONNECTED);
        assertThat(peer.logins()).as("the connection was never dropped").isEqualTo(logins);
        // Logged and counted: the two lines that are not headers, and the header without a name's value.
        String metrics = cn.hotline12345.testing.Api.as("admin").accept("text/plain").when().get("/q/metrics").then()
                .statusCode(200).extract().asString();
        assertThat(metrics).containsPattern("hotline_telephony_ami_garbled_lines_total(\\{[^}]*\\})? [2-9]");
    }
}

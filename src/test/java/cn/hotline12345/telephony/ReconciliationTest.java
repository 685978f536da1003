package cn.hotline12345.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import cn.hotline12345.telephony.CallGenerator.Scenario;
import cn.hotline12345.testing.Calls;
import cn.hotline12345.testing.OpsScript;

/**
 * The adapter away from the real PBX in the middle of calls: calls that ended meanwhile are closed,
 * calls that started meanwhile are recorded, none twice.
 */
@QuarkusTest
class ReconciliationTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Inject
    AmiConnector connector;

    @Test
    void callsThatEndOrStartWhileTheConnectionIsDownAreRecordedOnceAfterReconnecting() throws Exception {
        String ending = Calls.newCallerNumber();
        String starting = Calls.newCallerNumber();
        try (CallGenerator generator = Calls.generator()) {
            generator.place(Scenario.answered(ending, "1", 5));
            Calls.await(ending, 1, c -> c.state == CallState.CONNECTED, TIMEOUT);
            // Fault injection: the sandbox cannot cut one AMI socket, so the adapter drops its own
            // connection and stays away 12 s, as after a network cut.
            connector.stayAwayFor(Duration.ofSeconds(12));
            Thread.sleep(1_000);
            assertThat(connector.state()).isEqualTo(AmiConnector.State.RECONNECTING);
            generator.place(Scenario.answered(starting, "2", 25));
        }
        // While away, the first call ended (its agent hung up after 5 s) and the second one started.
        CallRecord ended = Calls.await(ending, 1, c -> c.state == CallState.ENDED, TIMEOUT).get(0);
        assertThat(ended.endedAt).isNotNull();
        assertThat(ended.agentExtension).isNotNull();
        assertThat(ended.abandoned).isFalse();
        CallRecord started = Calls.await(starting, 1, c -> c.answeredAt != null, TIMEOUT).get(0);
        assertThat(started.queue).isEqualTo("hotline-complaint");
        assertThat(started.agentExtension).isNotNull();
        assertThat(connector.state()).isEqualTo(AmiConnector.State.CONNECTED);
        // Its own end arrives over the new connection.
        CallRecord done = Calls.await(starting, 1, c -> c.state == CallState.ENDED && c.talkSeconds != null, TIMEOUT)
                .get(0);
        assertThat(done.completedBy).isEqualTo("agent");
        assertThat(Calls.ofCaller(ending)).hasSize(1);
        assertThat(Calls.ofCaller(starting)).hasSize(1);
    }

    @Test
    void aPbxCrashInTheMiddleOfACallLeavesNoCallOpenAndLaterCallsAreRecorded() throws Exception {
        String cut = Calls.newCallerNumber();
        try (CallGenerator generator = Calls.generator()) {
            generator.place(Scenario.answered(cut, "1", 120));
            Calls.await(cut, 1, c -> c.state == CallState.CONNECTED, TIMEOUT);
        }
        // The PBX dies without a word to anyone (kill -9) and comes back without the call.
        OpsScript.runFile("telephony/asterisk.sh", "crash");
        OpsScript.runFile("telephony/asterisk.sh", "ensure");
        CallRecord closed = Calls.await(cut, 1, c -> c.state == CallState.ENDED, TIMEOUT).get(0);
        assertThat(closed.completedBy).isEqualTo("unknown");
        assertThat(closed.hangupCauseText).contains("not connected");
        String after = Calls.newCallerNumber();
        try (CallGenerator generator = Calls.generator()) {
            generator.place(Scenario.answered(after, "2", 2));
        }
        assertThat(Calls.await(after, 1, c -> c.state == CallState.ENDED && c.talkSeconds != null, TIMEOUT))
                .hasSize(1);
        assertThat(Calls.ofCaller(cut)).hasSize(1);
    }
}

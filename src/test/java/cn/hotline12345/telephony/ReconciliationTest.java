package cn.hotline12345.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import cn.hotline12345.telephony.CallGenerator.Scenario;
import cn.hotline12345.testing.Api;
import cn.hotline12345.testing.AsteriskResource;
import cn.hotline12345.testing.Calls;
import cn.hotline12345.testing.Db;
import cn.hotline12345.testing.OpsScript;

/**
 * The adapter away from the real PBX in the middle of calls: calls that ended meanwhile are closed,
 * calls that started meanwhile are recorded, calls that began and ended meanwhile are made from the
 * PBX's own CDRs, none twice.
 */
@QuarkusTest
class ReconciliationTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Inject
    AmiConnector connector;

    void holdOff(int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (connector.state() != AmiConnector.State.CONNECTED && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        Api.as("admin").body(java.util.Map.of("seconds", seconds, "reason", "PBX maintenance"))
                .when().post("/api/telephony/connection/hold-off").then().statusCode(200)
                .body("state", org.hamcrest.Matchers.equalTo("RECONNECTING"));
        assertThat(Db.count("select count(*) from audit_event where action = 'telephony.held-off'")).isPositive();
        // While away it holds nothing to let go of: a second hold-off is refused and changes nothing.
        long audited = Db.count("select count(*) from audit_event where action = 'telephony.held-off'");
        Api.as("admin").body(java.util.Map.of("seconds", seconds, "reason", "again"))
                .when().post("/api/telephony/connection/hold-off").then()
                .spec(cn.hotline12345.testing.Problems.refused(cn.hotline12345.common.ProblemType.CONFLICT));
        assertThat(Db.count("select count(*) from audit_event where action = 'telephony.held-off'")).isEqualTo(audited);
    }

    @Test
    void callsThatEndOrStartWhileTheConnectionIsDownAreRecordedOnceAfterReconnecting() throws Exception {
        String ending = Calls.newCallerNumber();
        String starting = Calls.newCallerNumber();
        try (CallGenerator generator = Calls.generator()) {
            generator.place(Scenario.answered(ending, "1", 5));
            Calls.await(ending, 1, c -> c.state == CallState.CONNECTED, TIMEOUT);
            // The sandbox cannot cut one AMI socket: the adapter is told to let go of the PBX for 12 s
            // (the maintenance hold-off), which it handles as a network cut.
            holdOff(12);
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

    @Test
    void callsThatBeginAndEndWhileTheConnectionIsDownAreRecoveredFromThePbxsCdrs() throws Exception {
        // The app has migrated the test database by now, so the PBX may write its CDRs into pbx_cdr.
        AsteriskResource.ensure();
        String answered = Calls.newCallerNumber();
        String abandoned = Calls.newCallerNumber();
        // Away long enough for both calls to end (the answered one after the survey's 10 s) and for
        // their CDRs to settle (hotline.telephony.cdr-settle, 2 s in tests) before the adapter is back.
        holdOff(30);
        Thread.sleep(1_000);
        assertThat(connector.state()).isEqualTo(AmiConnector.State.RECONNECTING);
        try (CallGenerator generator = Calls.generator()) {
            generator.place(Scenario.answered(answered, "1", 2));
            generator.place(Scenario.abandoned(abandoned, "2", 4, Calls.allAgents()));
        }
        // Both calls are over before the adapter is back: only the PBX's CDRs know them.
        awaitCdrs(answered);
        awaitCdrs(abandoned);
        assertThat(connector.state()).isEqualTo(AmiConnector.State.RECONNECTING);
        assertThat(Calls.ofCaller(answered)).isEmpty();

        CallRecord talked = Calls.await(answered, 1, c -> c.state == CallState.ENDED, TIMEOUT).get(0);
        assertThat(talked.hangupCauseText).isEqualTo(CdrRecovery.RECOVERED);
        assertThat(talked.queue).isEqualTo("hotline-consult");
        assertThat(talked.answeredAt).isNotNull();
        assertThat(talked.agentExtension).isNotNull();
        assertThat(talked.talkSeconds).as("the agent's 2 s, from the CDR of the agent's leg").isBetween(1, 4);
        assertThat(talked.waitSeconds).isNotNull().isBetween(0, 10);
        assertThat(talked.abandoned).isFalse();
        CallRecord left = Calls.await(abandoned, 1, c -> c.state == CallState.ENDED, TIMEOUT).get(0);
        assertThat(left.queue).isEqualTo("hotline-complaint");
        assertThat(left.abandoned).isTrue();
        assertThat(left.answeredAt).isNull();
        assertThat(Api.as("agent").queryParam("size", 200).when().get("/api/telephony/callbacks").then()
                .statusCode(200).extract().jsonPath().getList("callerNumber")).contains(abandoned);
    }

    /** Waits for the CDR of the generator's own leg, the last one the PBX writes for a call. */
    private static void awaitCdrs(String callerNumber) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (Db.count("select count(*) from pbx_cdr where src = '" + callerNumber
                + "' and dcontext = 'hotline-sandbox-caller'") == 0) {
            assertThat(System.nanoTime()).as("the PBX's CDRs of " + callerNumber).isLessThan(deadline);
            Thread.sleep(250);
        }
    }
}

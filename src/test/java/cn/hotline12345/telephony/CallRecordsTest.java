package cn.hotline12345.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import cn.hotline12345.telephony.CallGenerator.Scenario;
import cn.hotline12345.testing.Api;
import cn.hotline12345.testing.Calls;
import cn.hotline12345.testing.Db;
import cn.hotline12345.testing.Problems;
import cn.hotline12345.common.ProblemType;

/** Calls placed on the real Asterisk 22 sandbox become call records through the AMI adapter. */
@QuarkusTest
class CallRecordsTest {

    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(40);

    @Inject
    CallEventIngest ingest;

    @Inject
    ObjectMapper json;

    @Test
    void anAnsweredCallBecomesOneRecordWithItsAgentWaitAndTalkTimes() throws Exception {
        String number = Calls.newCallerNumber();
        try (CallGenerator generator = Calls.generator()) {
            // Only 8002 answers (after 1 s, talking 3 s); 8001, if free, lets it ring first (2 s in the sandbox).
            generator.place(Scenario.answered(number, "2", 3).notAnsweredBy(Calls.allAgentsBut("8002")));
        }
        CallRecord call = Calls.await(number, 1, c -> c.state == CallState.ENDED && c.endedAt != null, CALL_TIMEOUT)
                .get(0);
        assertThat(Calls.ofCaller(number)).hasSize(1);
        assertThat(call.menuChoice).isEqualTo("2");
        assertThat(call.queue).isEqualTo("hotline-complaint");
        assertThat(call.agentExtension).isEqualTo("8002");
        assertThat(call.agentsRung).isBetween(1, 2);
        assertThat(call.abandoned).isFalse();
        assertThat(call.completedBy).isEqualTo("agent");
        // 1 s of ringing 8002, plus 2 s of ringing and 1 s of retry for 8001 if it was rung.
        long expectedWait = call.agentsRung == 2 ? 4_000 : 1_000;
        assertThat(Duration.between(call.enqueuedAt, call.answeredAt).toMillis()).isBetween(expectedWait - 500,
                expectedWait + 1_500);
        assertThat(call.waitSeconds).isBetween((int) expectedWait / 1_000 - 1, (int) expectedWait / 1_000 + 2);
        assertThat(call.talkSeconds).isBetween(3, 5);
        assertThat(call.recordingFile).endsWith("/" + call.linkedId + ".wav");
        assertThat(call.hangupCause).isNotNull();
        // The PBX's own CDR of the caller's leg (cdr_manager maps the Linkedid in).
        assertThat(call.cdrDisposition).isEqualTo("ANSWERED");
        assertThat(call.billableSeconds).isGreaterThanOrEqualTo(call.talkSeconds);
    }

    @Test
    void aCallAbandonedInTheQueueLandsOnTheCallbackList() throws Exception {
        String number = Calls.newCallerNumber();
        try (CallGenerator generator = Calls.generator()) {
            generator.place(Scenario.abandoned(number, "1", 4, Calls.allAgents()));
        }
        CallRecord call = Calls.await(number, 1, c -> c.state == CallState.ENDED, CALL_TIMEOUT).get(0);
        assertThat(call.abandoned).isTrue();
        assertThat(call.agentExtension).isNull();
        assertThat(call.queue).isEqualTo("hotline-consult");
        assertThat(call.waitSeconds).isBetween(2, 5);
        List<String> callbacks = Api.as("agent").queryParam("size", 200).when().get("/api/telephony/callbacks").then()
                .statusCode(200).extract().jsonPath().getList("callerNumber");
        assertThat(callbacks).contains(number);
        Api.as("handler").when().get("/api/telephony/callbacks").then().spec(Problems.refused(ProblemType.FORBIDDEN));
    }

    @Test
    void manyConcurrentCallsMakeExactlyAsManyRecords() throws Exception {
        List<String> numbers = new ArrayList<>();
        try (CallGenerator generator = Calls.generator()) {
            for (int i = 0; i < 20; i++) {
                String number = Calls.newCallerNumber();
                numbers.add(number);
                generator.place(Scenario.answered(number, i % 2 == 0 ? "1" : "2", 2));
            }
        }
        for (String number : numbers) {
            Calls.await(number, 1, c -> c.state == CallState.ENDED && c.agentExtension != null, CALL_TIMEOUT);
        }
        for (String number : numbers) {
            assertThat(Calls.ofCaller(number)).as("records of " + number).hasSize(1);
        }
    }

    @Test
    void replayedDuplicatedAndReorderedEventsChangeNothing() throws Exception {
        String number = Calls.newCallerNumber();
        try (CallGenerator generator = Calls.generator()) {
            generator.place(Scenario.answered(number, "1", 2));
        }
        CallRecord call = Calls.await(number, 1, c -> c.state == CallState.ENDED && c.endedAt != null, CALL_TIMEOUT)
                .get(0);
        String columns = "caller_number, menu_choice, queue, state, started_at, enqueued_at, answered_at, ended_at, "
                + "wait_seconds, talk_seconds, agent_extension, agents_rung, abandoned, completed_by, hangup_cause, events";
        String where = " where linked_id = '" + call.linkedId + "'";
        String before = Db.fingerprint("(select " + columns + " from call_record" + where + ")");
        long stored = Db.count("select count(*) from call_event" + where);
        List<PbxEvent> events = storedEvents(call.linkedId);
        List<PbxEvent> replay = new ArrayList<>(events);
        replay.addAll(events);
        Collections.reverse(replay);
        replay.forEach(ingest::accept);
        assertThat(ingest.awaitWritten(10_000)).isTrue();
        assertThat(Db.count("select count(*) from call_event" + where)).isEqualTo(stored);
        assertThat(Db.fingerprint("(select " + columns + " from call_record" + where + ")")).isEqualTo(before);
        assertThat(Calls.ofCaller(number)).hasSize(1);
    }

    private List<PbxEvent> storedEvents(String linkedId) {
        List<String> payloads = QuarkusTransaction.requiringNew().call(() -> CallRecord.getEntityManager()
                .createNativeQuery("select payload::text from call_event where linked_id = ?1 order by id", String.class)
                .setParameter(1, linkedId).getResultList());
        List<PbxEvent> events = new ArrayList<>();
        for (String payload : payloads) {
            try {
                events.add(json.readValue(payload, PbxEvent.class));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        assertThat(events).hasSizeGreaterThan(5);
        return events;
    }
}

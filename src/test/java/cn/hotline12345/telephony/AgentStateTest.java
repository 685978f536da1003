package cn.hotline12345.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;

import cn.hotline12345.telephony.CallGenerator.Scenario;
import cn.hotline12345.testing.Api;
import cn.hotline12345.testing.Calls;
import cn.hotline12345.testing.Db;
import cn.hotline12345.testing.Problems;
import cn.hotline12345.common.ProblemType;

/** Agents pause and resume themselves on the real sandbox's queues, and see their state from its events. */
@QuarkusTest
class AgentStateTest {

    private static JsonPath awaitMe(String user, Predicate<JsonPath> condition) throws InterruptedException {
        long until = System.currentTimeMillis() + 15_000;
        JsonPath me = null;
        while (System.currentTimeMillis() < until) {
            me = Api.as(user).when().get("/api/telephony/me").then().statusCode(200).extract().jsonPath();
            if (me.get("state") != null && condition.test(me)) {
                return me;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the state of " + user + " did not come: " + (me == null ? null : me.prettify()));
    }

    @Test
    void aPausedAgentIsNotOfferedCallsAndSeesItsState() throws Exception {
        long audits = Db.count("select count(*) from audit_event where action = 'agent.paused'");
        Api.as("agent").body(Map.of("paused", true, "reason", "培训")).when().put("/api/telephony/me/pause").then()
                .statusCode(200).body("extension", org.hamcrest.Matchers.equalTo("8001"));
        try {
            JsonPath me = awaitMe("agent", m -> m.getBoolean("state.paused"));
            assertThat(me.getString("state.pausedReason")).isEqualTo("培训");
            assertThat(Db.count("select count(*) from audit_event where action = 'agent.paused'")).isEqualTo(audits + 1);
            String number = Calls.newCallerNumber();
            try (CallGenerator generator = Calls.generator()) {
                // 8001 (paused) or 8002 may answer: only 8002 is offered the call.
                generator.place(Scenario.answered(number, "1", 3).notAnsweredBy(Calls.allAgentsBut("8001", "8002")));
            }
            CallRecord call = Calls.await(number, 1, c -> c.answeredAt != null, Duration.ofSeconds(30)).get(0);
            assertThat(call.agentExtension).isEqualTo("8002");
            awaitMe("agent2", m -> "ON_CALL".equals(m.getString("state.status")));
        } finally {
            Api.as("agent").body(Map.of("paused", false)).when().put("/api/telephony/me/pause").then().statusCode(200);
        }
        awaitMe("agent", m -> !m.getBoolean("state.paused"));
        Api.as("handler").body(Map.of("paused", true)).when().put("/api/telephony/me/pause").then().spec(Problems.refused(ProblemType.FORBIDDEN));
        Api.as("agent").body(Map.of()).when().put("/api/telephony/me/pause").then().spec(Problems.refused(ProblemType.VALIDATION));
        assertThat(Api.as("supervisor").when().get("/api/telephony/agent-states").then().statusCode(200).extract()
                .jsonPath().getList("extension")).contains("8001", "8002");
    }
}

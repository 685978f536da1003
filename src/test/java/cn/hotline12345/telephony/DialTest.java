package cn.hotline12345.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import cn.hotline12345.telephony.CallGenerator.Scenario;
import cn.hotline12345.testing.Api;
import cn.hotline12345.testing.Calls;
import cn.hotline12345.testing.Db;
import cn.hotline12345.testing.Problems;
import cn.hotline12345.common.ProblemType;

/** A callback is a click: the agent's phone on the real sandbox rings, then the citizen is dialled. */
@QuarkusTest
class DialTest {

    @Test
    void anAbandonedCallIsCalledBackFromTheAgentsPhoneAndLeavesTheList() throws Exception {
        String number = Calls.newCallerNumber();
        try (CallGenerator generator = Calls.generator()) {
            generator.place(Scenario.abandoned(number, "1", 3, Calls.allAgents()));
            CallRecord call = Calls.await(number, 1, c -> c.state == CallState.ENDED && c.abandoned,
                    Duration.ofSeconds(30)).get(0);
            long audits = Db.count("select count(*) from audit_event where action = 'call.dialled'");
            Api.as("agent").body(Map.of("number", number, "callbackFor", call.linkedId)).when()
                    .post("/api/telephony/dial").then().statusCode(200);
            // The agent's phone (8001) answered; the PBX is now calling the citizen.
            List<String> channels = generator.activeChannels();
            assertThat(channels).anyMatch(c -> c.startsWith("Local/" + number + "@hotline-sandbox-citizens"));
            assertThat(Api.as("agent").queryParam("size", 200).when().get("/api/telephony/callbacks").then()
                    .statusCode(200).extract().jsonPath().getList("callerNumber")).doesNotContain(number);
            assertThat(Db.count("select count(*) from audit_event where action = 'call.dialled'")).isEqualTo(audits + 1);
        }
    }

    @Test
    void onlyHotlineStaffDialAndOnlyNumbers() {
        Api.as("handler").body(Map.of("number", "13800138000")).when().post("/api/telephony/dial").then().spec(Problems.refused(ProblemType.FORBIDDEN));
        Api.as("agent").body(Map.of("number", "call me")).when().post("/api/telephony/dial").then().spec(Problems.refused(ProblemType.VALIDATION));
        Api.as("agent").body(Map.of("number", "13800138000", "callbackFor", "no-such-call")).when()
                .post("/api/telephony/dial").then().spec(Problems.refused(ProblemType.NOT_FOUND));
    }
}

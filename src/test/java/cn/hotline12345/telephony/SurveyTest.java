package cn.hotline12345.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import cn.hotline12345.telephony.CallGenerator.Scenario;
import cn.hotline12345.testing.Api;
import cn.hotline12345.testing.Calls;
import cn.hotline12345.testing.WorkOrders;
import cn.hotline12345.workorder.Satisfaction;

/** The post-call survey on the real sandbox: the digit the caller presses reaches the call and its orders. */
@QuarkusTest
class SurveyTest {

    private static long registerFrom(String linkedId, String number) {
        return Api.as("agent").body(WorkOrders.fromCall(linkedId, number)).when().post("/api/work-orders").then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    @Test
    void theSurveyDigitReachesTheCallAndTheOrdersRegisteredFromIt() throws Exception {
        String number = Calls.newCallerNumber();
        try (CallGenerator generator = Calls.generator()) {
            // After the agent hangs up (4 s), the caller presses 2: basically satisfied.
            generator.place(Scenario.answered(number, "1", 4).withSurvey(2));
        }
        CallRecord call = Calls.await(number, 1, c -> c.answeredAt != null, Duration.ofSeconds(30)).get(0);
        long during = registerFrom(call.linkedId, number);
        CallRecord surveyed = Calls.await(number, 1, c -> c.survey != null, Duration.ofSeconds(40)).get(0);
        assertThat(surveyed.survey).isEqualTo(Satisfaction.BASICALLY_SATISFIED);
        Api.as("agent").when().get("/api/work-orders/" + during).then().statusCode(200)
                .body("callSurvey", Matchers.equalTo("BASICALLY_SATISFIED"))
                .body("history.action", Matchers.hasItem("CALL_SURVEY"));
        // An order registered from the call after the survey takes the answer too.
        long after = registerFrom(call.linkedId, number);
        Api.as("agent").when().get("/api/work-orders/" + after).then().statusCode(200)
                .body("callSurvey", Matchers.equalTo("BASICALLY_SATISFIED"));
        Api.as("agent").when().get("/api/telephony/calls/" + call.linkedId).then().statusCode(200)
                .body("survey", Matchers.equalTo("BASICALLY_SATISFIED"));
    }
}

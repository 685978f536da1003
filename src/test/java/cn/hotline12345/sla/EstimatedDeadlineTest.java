package cn.hotline12345.sla;

import static cn.hotline12345.testing.WorkOrders.HANDLER_UNIT;
import static cn.hotline12345.testing.WorkOrders.dispatchTo;
import static cn.hotline12345.testing.WorkOrders.register;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

import cn.hotline12345.account.DemoAccounts;
import cn.hotline12345.testing.Api;
import cn.hotline12345.testing.Db;
import cn.hotline12345.testing.TestClock;

/**
 * Deadlines in working time: a dispatch whose deadline runs into a year nobody entered holidays for
 * is counted by the wall clock and says so, on the order and on its page; within known years it
 * counts working hours.
 */
@QuarkusTest
@TestProfile(EstimatedDeadlineTest.WorkingTime.class)
class EstimatedDeadlineTest {

    public static class WorkingTime implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("hotline.sla.mode", "WORKING_TIME");
        }
    }

    @AfterEach
    void unpin() {
        TestClock.unpin();
    }

    private static JsonPath dispatchedAt(String shanghai, String summary) {
        TestClock.pinShanghai(shanghai);
        long id = dispatchTo(register(summary).getLong("id"), HANDLER_UNIT);
        return Api.as("supervisor").when().get("/api/work-orders/" + id).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aDeadlineIntoAYearWithoutHolidaysIsEstimatedByTheWallClockAndMarked() {
        Db.execute("delete from holiday_day where year = 2027");
        Db.execute("delete from holiday_year where year = 2027");
        // Tuesday 1 December 09:00: 22 working hours end within 2026, counted in working time.
        JsonPath known = dispatchedAt("2026-12-01T09:00", "工作时间内的时限");
        assertThat(known.getBoolean("dispatches[0].deadlineEstimated")).isFalse();
        Instant knownDue = Instant.parse(known.getString("dispatches[0].replyDueAt"));
        assertThat(knownDue).isAfter(TestClock.pinShanghai("2026-12-01T09:00").plus(Duration.ofHours(22)));

        // Thursday 31 December 10:00: the working hours would run into 2027, which is not entered.
        Instant at = TestClock.pinShanghai("2026-12-31T10:00");
        JsonPath estimated = dispatchedAt("2026-12-31T10:00", "跨年的时限");
        assertThat(estimated.getBoolean("dispatches[0].deadlineEstimated")).isTrue();
        assertThat(Instant.parse(estimated.getString("dispatches[0].replyDueAt"))).isEqualTo(at.plus(Duration.ofHours(22)));
        assertThat(Instant.parse(estimated.getString("dispatches[0].signDueAt"))).isEqualTo(at.plus(Duration.ofHours(2)));
        String page = RestAssured.given().auth().preemptive().basic("supervisor", DemoAccounts.PASSWORD).when()
                .get("/orders/" + estimated.getLong("id")).then().statusCode(200).extract().asString();
        assertThat(page).contains("时限为估算");
        String inbox = RestAssured.given().auth().preemptive().basic("handler", DemoAccounts.PASSWORD).when()
                .get("/orders/inbox").then().statusCode(200).extract().asString();
        assertThat(inbox).contains("时限为估算");

        // Once 2027 is entered, a new dispatch over the new year counts working time again.
        Api.as("admin").body(Map.of("days", List.of(Map.of("date", "2027-01-01", "kind", "HOLIDAY", "name", "元旦"))))
                .when().put("/api/holidays/2027").then().statusCode(200);
        try {
            JsonPath counted = dispatchedAt("2026-12-31T10:00", "录入后跨年的时限");
            assertThat(counted.getBoolean("dispatches[0].deadlineEstimated")).isFalse();
            // 31 Dec 10:00–17:30 less lunch is 6 h; 1 Jan is a holiday; Monday 4 January takes the rest.
            assertThat(Instant.parse(counted.getString("dispatches[0].replyDueAt")))
                    .isAfter(TestClock.pinShanghai("2027-01-04T08:30"));
        } finally {
            Db.execute("delete from holiday_day where year = 2027");
            Db.execute("delete from holiday_year where year = 2027");
        }
    }
}

package cn.hotline12345.assessment;

import static cn.hotline12345.testing.WorkOrders.HANDLER2_UNIT;
import static cn.hotline12345.testing.WorkOrders.HANDLER_UNIT;
import static cn.hotline12345.testing.WorkOrders.step;
import static cn.hotline12345.testing.WorkOrders.unitId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import cn.hotline12345.testing.Api;
import cn.hotline12345.testing.Db;
import cn.hotline12345.testing.TestClock;
import cn.hotline12345.testing.WorkOrders;
import cn.hotline12345.testing.Problems;
import cn.hotline12345.common.ProblemType;

/**
 * The assessment on the real database: a month of September 2025 made through the real rules
 * (five orders for the handler's unit, one replied late), scored under the standard scheme,
 * adjusted by hand, drilled down to its orders; the scheme's versions; who may see what.
 */
@QuarkusTest
class AssessmentTest {

    private static final String MONTH = "2025-09";
    private static boolean made;
    private static String lateOrderNumber;
    private static long lateOrderId;

    @AfterEach
    void unpin() {
        TestClock.unpin();
    }

    private static synchronized void makeTheMonth() {
        if (made) {
            return;
        }
        long u1 = unitId(HANDLER_UNIT);
        try {
            for (int day = 1; day <= 5; day++) {
                String date = "2025-09-0" + day;
                TestClock.pinShanghai(date + "T09:00");
                long id = WorkOrders.register("考评核对 " + day).getLong("id");
                step("agent", id, "dispatch", Map.of("leadUnitId", u1), 200);
                TestClock.pinShanghai(date + "T09:30");
                step("handler", id, "sign", Map.of(), 200);
                // the fifth reply comes the next day at noon: 27 hours after the dispatch, late
                TestClock.pinShanghai(day == 5 ? "2025-09-06T12:00" : date + "T17:00");
                JsonPath replied = step("handler", id, "reply", Map.of("text", "已办理", "outcome", "RESOLVED"), 200);
                if (day == 5) {
                    lateOrderNumber = replied.getString("number");
                    lateOrderId = id;
                }
            }
        } finally {
            TestClock.unpin();
        }
        made = true;
    }

    private static JsonPath scorecard(String user, long unitId) {
        return Api.as(user).queryParam("month", MONTH).when()
                .get("/api/assessment/units/" + unitId + "/scorecard").then().statusCode(200).extract().jsonPath();
    }

    private static float points(JsonPath card, String code) {
        return card.getFloat("score.indicators.find { it.code == '" + code + "' }.points");
    }

    @Test
    void aUnitIsScoredFromItsFiguresAdjustedByHandAndItsLostPointsLeadToTheOrders() {
        makeTheMonth();
        long u1 = unitId(HANDLER_UNIT);
        JsonPath card = scorecard("manager", u1);
        assertThat(card.getLong("figures.dispatched")).isEqualTo(5);
        assertThat(card.getString("group")).isEqualTo("CITY_DEPARTMENT");
        // 4 of 5 replies on time: 80% lies 0.20 of 0.35 above the floor of 60%: 30 × 4/7 = 17.14
        assertThat(points(card, "ON_TIME_REPLY")).isEqualTo(17.14f);
        assertThat(points(card, "ON_TIME_SIGN")).isEqualTo(15f);
        assertThat(points(card, "SATISFACTION")).isEqualTo(30f); // no callback yet: nothing to deduct
        assertThat(card.getFloat("score.total")).isEqualTo(87.14f);
        assertThat(card.getBoolean("ranked")).isTrue();
        assertThat(card.getInt("rank")).isEqualTo(1);
        assertThat(card.getList("trend")).hasSize(12);
        assertThat(card.getString("trend[11].month")).isEqualTo(MONTH);
        assertThat(card.getFloat("trend[11].total")).isEqualTo(87.14f);
        assertThat(card.getString("trend[10].total")).isNull(); // nothing in August

        JsonPath lost = Api.as("manager").queryParam("month", MONTH).queryParam("indicator", "ON_TIME_REPLY")
                .when().get("/api/assessment/units/" + u1 + "/lost-points").then().statusCode(200).extract().jsonPath();
        assertThat(lost.getLong("count")).isEqualTo(1);
        assertThat(lost.getList("orders.number")).containsExactly(lateOrderNumber);

        // A reply judged 不规范: two points off 答复规范, against the order
        long before = Db.count("select count(*) from audit_event where action = 'assessment.adjusted'");
        JsonPath made = Api.as("manager").body(Map.of("month", MONTH, "unitId", u1, "indicator", "REPLY_STANDARD",
                "points", -2, "reason", "答复未引用政策依据", "workOrderId", lateOrderId))
                .when().post("/api/assessment/adjustments").then().statusCode(201).extract().jsonPath();
        assertThat(Db.count("select count(*) from audit_event where action = 'assessment.adjusted'")).isEqualTo(before + 1);
        JsonPath adjusted = scorecard("manager", u1);
        assertThat(points(adjusted, "REPLY_STANDARD")).isEqualTo(3f);
        assertThat(adjusted.getFloat("score.total")).isEqualTo(85.14f);
        JsonPath manual = Api.as("handler").queryParam("month", MONTH).queryParam("indicator", "REPLY_STANDARD")
                .when().get("/api/assessment/units/" + u1 + "/lost-points").then().statusCode(200).extract().jsonPath();
        assertThat(manual.getList("adjustments.workOrderId", Long.class)).containsExactly(lateOrderId);

        long id = made.getLong("id");
        Api.as("manager").body(Map.of("version", 7)).when().post("/api/assessment/adjustments/" + id + "/withdraw")
                .then().statusCode(409).body("type", equalTo("urn:hotline12345:problem:stale-version"));
        Api.as("manager").body(Map.of("version", made.getInt("version")))
                .when().post("/api/assessment/adjustments/" + id + "/withdraw").then().statusCode(204);
        assertThat(scorecard("manager", u1).getFloat("score.total")).isEqualTo(87.14f);
    }

    @Test
    void theResultsRankEachGroupAndNameTheListsUnderTheSchemeAsked() {
        makeTheMonth();
        JsonPath results = Api.as("supervisor").queryParam("from", "2025-09-01").queryParam("to", "2025-09-30")
                .queryParam("schemeVersion", 1).when().get("/api/assessment/results").then().statusCode(200)
                .extract().jsonPath();
        assertThat(results.getInt("scheme.version")).isEqualTo(1);
        assertThat(results.getList("groups.group")).containsExactly("CITY_DEPARTMENT", "DISTRICT_GOVERNMENT",
                "DISTRICT_DEPARTMENT", "TOWN_STREET", "ENTERPRISE");
        assertThat(results.getList("groups[0].red.unitCode")).containsExactly(HANDLER_UNIT);
        assertThat(results.getList("groups[0].black")).isEmpty();
        Api.as("supervisor").queryParam("from", "2025-09-01").queryParam("to", "2025-09-30")
                .queryParam("schemeVersion", 999).when().get("/api/assessment/results").then().spec(Problems.refused(ProblemType.NOT_FOUND));
    }

    @Test
    void administratorsVersionTheSchemeAndABadOrStaleSchemeChangesNothing() {
        JsonPath current = Api.as("admin").when().get("/api/assessment/scheme").then().statusCode(200).extract().jsonPath();
        int base = current.getInt("version");
        Map<String, Object> body = schemeBody(current, base);
        Api.as("manager").body(body).when().post("/api/assessment/schemes").then().spec(Problems.refused(ProblemType.FORBIDDEN));

        Map<String, Object> badWeights = schemeBody(current, base);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> indicators = (List<Map<String, Object>>) badWeights.get("indicators");
        indicators.get(0).put("weight", 50);
        Api.as("admin").body(badWeights).when().post("/api/assessment/schemes").then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("indicators"));
        Map<String, Object> badBands = schemeBody(current, base);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> banded = (List<Map<String, Object>>) badBands.get("indicators");
        banded.get(3).put("full", 0.5); // 回退率: the bar must lie below the floor
        Api.as("admin").body(badBands).when().post("/api/assessment/schemes").then().statusCode(422)
                .body("errors[0].field", equalTo("indicators[3].full"));
        Map<String, Object> badMeasure = schemeBody(current, base);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> measured = (List<Map<String, Object>>) badMeasure.get("indicators");
        measured.get(0).put("measure", "NO_SUCH_RATE");
        Api.as("admin").body(badMeasure).when().post("/api/assessment/schemes").then().spec(Problems.refused(ProblemType.VALIDATION));
        assertThat(Api.as("admin").when().get("/api/assessment/scheme").then().extract().jsonPath().getInt("version"))
                .isEqualTo(base);

        JsonPath saved = Api.as("admin").body(body).when().post("/api/assessment/schemes").then().statusCode(201)
                .extract().jsonPath();
        assertThat(saved.getInt("version")).isEqualTo(base + 1);
        Api.as("admin").body(body).when().post("/api/assessment/schemes").then().statusCode(409)
                .body("type", equalTo("urn:hotline12345:problem:stale-version"));
        assertThat(Api.as("manager").when().get("/api/assessment/schemes").then().statusCode(200).extract().jsonPath()
                .getList("version", Integer.class)).startsWith(base + 1, base);
        assertThat(Db.count("select count(*) from audit_event where action = 'assessment.scheme-saved' and entity_id = '"
                + (base + 1) + "'")).isEqualTo(1);
    }

    @Test
    void aUnitHandlerReadsOnlyItsOwnScorecardAndOnlyManagersAdjust() {
        makeTheMonth();
        long u1 = unitId(HANDLER_UNIT);
        long u2 = unitId(HANDLER2_UNIT);
        assertThat(scorecard("handler", u1).getString("unitCode")).isEqualTo(HANDLER_UNIT);
        Api.as("handler").queryParam("month", MONTH).when().get("/api/assessment/units/" + u2 + "/scorecard").then()
                .statusCode(404).body("type", equalTo("urn:hotline12345:problem:not-found"));
        Api.as("handler").queryParam("month", MONTH).queryParam("indicator", "ON_TIME_REPLY")
                .when().get("/api/assessment/units/" + u2 + "/lost-points").then().spec(Problems.refused(ProblemType.NOT_FOUND));
        Api.as("handler").queryParam("from", "2025-09-01").queryParam("to", "2025-09-30")
                .when().get("/api/assessment/results").then().spec(Problems.refused(ProblemType.FORBIDDEN));
        Api.as("handler").queryParam("month", MONTH).when().get("/api/assessment/adjustments").then().spec(Problems.refused(ProblemType.FORBIDDEN));
        Api.as("agent").queryParam("month", MONTH).when().get("/api/assessment/units/" + u1 + "/scorecard").then()
                .spec(Problems.refused(ProblemType.FORBIDDEN));
        Map<String, Object> adjustment = Map.of("month", MONTH, "unitId", u1, "points", -1, "reason", "答复不规范");
        Api.as("supervisor").body(adjustment).when().post("/api/assessment/adjustments").then().spec(Problems.refused(ProblemType.FORBIDDEN));
        Api.as("handler").body(adjustment).when().post("/api/assessment/adjustments").then().spec(Problems.refused(ProblemType.FORBIDDEN));
        Api.as("manager").body(Map.of("month", "2099-01", "unitId", u1, "points", -1, "reason", "将来"))
                .when().post("/api/assessment/adjustments").then().statusCode(422)
                .body("errors[0].field", equalTo("month"));
        Api.as("manager").body(Map.of("month", MONTH, "unitId", u1, "indicator", "NOPE", "points", -1, "reason", "x"))
                .when().post("/api/assessment/adjustments").then().statusCode(422)
                .body("errors[0].field", equalTo("indicator"));
        Api.as("manager").queryParam("month", "2025-13").when().get("/api/assessment/units/" + u1 + "/scorecard").then()
                .statusCode(400).body("errors[0].field", equalTo("month"));
    }

    private static Map<String, Object> schemeBody(JsonPath current, int base) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "成员单位办理工作考评方案（修订）");
        body.put("minOrders", current.getInt("definition.minOrders"));
        body.put("listSize", current.getInt("definition.listSize"));
        List<Map<String, Object>> indicators = new ArrayList<>();
        List<Map<String, Object>> saved = current.getList("definition.indicators");
        for (Map<String, Object> indicator : saved) {
            indicators.add(new HashMap<>(indicator));
        }
        body.put("indicators", indicators);
        body.put("note", "名称修订");
        body.put("baseVersion", base);
        return body;
    }
}

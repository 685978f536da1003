package cn.hotline12345.routing;

import static cn.hotline12345.testing.WorkOrders.categoryId;
import static cn.hotline12345.testing.WorkOrders.step;
import static cn.hotline12345.testing.WorkOrders.unitId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import cn.hotline12345.testing.Api;
import cn.hotline12345.testing.WorkOrders;
import cn.hotline12345.testing.Problems;
import cn.hotline12345.common.ProblemType;

/** Routing suggestions from the seeded rules and from history, against the real PostgreSQL. */
@QuarkusTest
class RoutingTest {

    static long order(String category, String district, String text) {
        return WorkOrders.registerWith(category, district, null, text);
    }

    static List<String> suggestedCodes(long order) {
        return Api.as("agent").when().get("/api/work-orders/" + order + "/routing-suggestions").then().statusCode(200)
                .extract().jsonPath().getList("unitCode");
    }

    @Test
    void aNanhaiStreetLightGoesToNanhaiUrbanManagementFirst() {
        long id = order("MF02", "440605-G000", "路灯不亮");
        JsonPath suggestions = Api.as("agent").when().get("/api/work-orders/" + id + "/routing-suggestions").then()
                .statusCode(200).extract().jsonPath();
        assertThat(suggestions.getList("unitCode")).startsWith("440605-D009", "440600-D022");
        assertThat(suggestions.getString("[0].source")).isEqualTo("RULE");
        assertThat(suggestions.getString("[0].reason")).isEqualTo("南海市政设施归南海城管");
    }

    @Test
    void wordsAloneCanRouteAnOrder() {
        assertThat(suggestedCodes(order("OT01", null, "我们小区今天突然停水，一直没有通知"))).startsWith("440600-E001");
    }

    @Test
    void unitsThatAnsweredSimilarOrdersAreSuggestedToo() {
        long done = order("HE03", "440606-G000", "药店销售过期药品");
        step("agent", done, "dispatch", Map.of("leadUnitId", unitId("440600-D033")), 200);
        // the market regulator answered it, and the order went through to closing
        Api.as("admin").queryParam("q", "440600-D033").when().get("/api/units").then().statusCode(200);
        String handler = "mkt" + System.nanoTime() % 100000;
        Api.as("admin").body(Map.of("username", handler, "displayName", "市场监管经办", "role", "UNIT_HANDLER",
                "unitId", unitId("440600-D033"), "password", "Foshan2008m")).when().post("/api/accounts").then()
                .statusCode(201);
        for (String action : List.of("sign", "reply")) {
            Map<String, Object> body = new HashMap<>(Map.of("version", cn.hotline12345.testing.WorkOrders.version(done)));
            if (action.equals("reply")) {
                body.put("text", "已立案查处");
                body.put("outcome", "RESOLVED");
            }
            Api.anonymous().auth().preemptive().basic(handler, "Foshan2008m").body(body)
                    .when().post("/api/work-orders/" + done + "/" + action).then().statusCode(200);
        }
        step("supervisor", done, "accept", Map.of(), 200);
        step("agent", done, "callback", Map.of("satisfaction", "SATISFIED"), 200);
        step("supervisor", done, "close", Map.of(), 200);

        long next = order("HE03", "440606-G000", "药店卖过期的药");
        JsonPath suggestions = Api.as("agent").when().get("/api/work-orders/" + next + "/routing-suggestions").then()
                .extract().jsonPath();
        int index = suggestions.getList("unitCode").indexOf("440600-D033");
        assertThat(index).isNotNegative();
        assertThat(suggestions.getString("[" + index + "].source")).isEqualTo("HISTORY");
    }

    @Test
    void onlyAdministratorsKeepTheRulesAndRulesForInactiveUnitsAreRefused() {
        Map<String, Object> rule = Map.of("name", "测试规则", "keywords", "噪音,噪声", "unitId", unitId("440600-D019"),
                "priority", 1);
        Api.as("agent").body(rule).when().post("/api/routing-rules").then().spec(Problems.refused(ProblemType.FORBIDDEN));
        Api.as("admin").body(Map.of("name", "空规则", "unitId", unitId("440600-D019"), "priority", 0))
                .when().post("/api/routing-rules").then().statusCode(400).body("errors[0].field", equalTo("categoryId"));
        long id = Api.as("admin").body(rule).when().post("/api/routing-rules").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Api.as("admin").body(Map.of("name", "测试规则（停用）", "keywords", "噪音", "unitId", unitId("440600-D019"),
                "priority", 1, "active", false, "version", 0)).when().put("/api/routing-rules/" + id).then()
                .statusCode(200).body("active", equalTo(false));
        Api.as("supervisor").when().get("/api/routing-rules").then().statusCode(200);
    }
}

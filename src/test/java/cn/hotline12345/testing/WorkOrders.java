package cn.hotline12345.testing;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;

/** Work orders made and moved through the API by the demo users, for tests of any feature. */
public final class WorkOrders {

    private WorkOrders() {
    }

    /** The unit the demo account "handler" works for, and the one "handler2" works for. */
    public static final String HANDLER_UNIT = "440600-D015";
    public static final String HANDLER2_UNIT = "440605-T001";

    public static long unitId(String code) {
        return Api.as("admin").queryParam("q", code).when().get("/api/units").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
    }

    public static long categoryId(String code) {
        List<Map<String, Object>> all = Api.as("agent").when().get("/api/categories").then().statusCode(200)
                .extract().jsonPath().getList("$");
        return all.stream().filter(c -> code.equals(c.get("code"))).map(c -> ((Number) c.get("id")).longValue())
                .findFirst().orElseThrow();
    }

    /** Registers a complaint by phone with these fields; category given by its code. Answers the order's id. */
    public static long registerWith(String categoryCode, String districtCode, String callerNumber, String text) {
        Map<String, Object> body = new HashMap<>();
        body.put("channel", "PHONE");
        body.put("type", "COMPLAINT");
        body.put("categoryId", categoryId(categoryCode));
        if (districtCode != null) {
            body.put("districtUnitId", unitId(districtCode));
        }
        if (callerNumber != null) {
            body.put("callerNumber", callerNumber);
        }
        body.put("citizenText", text);
        body.put("summary", text);
        return Api.as("agent").body(body).when().post("/api/work-orders").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    public static JsonPath register(String summary) {
        Map<String, Object> body = new HashMap<>();
        body.put("channel", "PHONE");
        body.put("type", "COMPLAINT");
        body.put("categoryId", categoryId("SI01"));
        body.put("callerNumber", "13800138000");
        body.put("callerName", "张先生");
        body.put("districtUnitId", unitId("440605-G000"));
        body.put("townUnitId", unitId("440605-T001"));
        body.put("address", "桂城街道南海大道 1 号");
        body.put("citizenText", "我在南海区缴纳养老保险，转移到禅城后查询不到缴费记录，已经两个月了。");
        body.put("summary", summary);
        return Api.as("agent").body(body).when().post("/api/work-orders").then().statusCode(201)
                .body("state", equalTo("REGISTERED"))
                .body("number", matchesPattern("\\d{8}\\d{6,}"))
                .extract().jsonPath();
    }

    public static JsonPath step(String user, long id, String action, Map<String, Object> body, int status) {
        Map<String, Object> withVersion = new HashMap<>(body);
        withVersion.putIfAbsent("version", version(id));
        var answer = Api.as(user).body(withVersion).when().post("/api/work-orders/" + id + "/" + action).then();
        return (status >= 400 ? answer.spec(Problems.refusedWith(status)) : answer.statusCode(status)).extract().jsonPath();
    }

    public static int version(long id) {
        return Api.as("supervisor").when().get("/api/work-orders/" + id).then().statusCode(200)
                .extract().jsonPath().getInt("version");
    }

    public static long dispatchTo(long id, String unitCode) {
        step("agent", id, "dispatch", Map.of("leadUnitId", unitId(unitCode), "note", "请核查缴费记录"), 200);
        return id;
    }

    /** The body of an order registered from a call (a consultation about social insurance). */
    public static Map<String, Object> fromCall(String callLinkedId, String callerNumber) {
        Map<String, Object> body = new HashMap<>();
        body.put("channel", "PHONE");
        body.put("type", "CONSULTATION");
        body.put("categoryId", categoryId("SI01"));
        body.put("callerNumber", callerNumber);
        body.put("citizenText", "来电咨询社保");
        body.put("summary", "来电咨询社保");
        body.put("callLinkedId", callLinkedId);
        return body;
    }
}

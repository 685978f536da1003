package cn.hotline12345.workorder;

import static cn.hotline12345.testing.WorkOrders.HANDLER2_UNIT;
import static cn.hotline12345.testing.WorkOrders.HANDLER_UNIT;
import static cn.hotline12345.testing.WorkOrders.dispatchTo;
import static cn.hotline12345.testing.WorkOrders.register;
import static cn.hotline12345.testing.WorkOrders.step;
import static cn.hotline12345.testing.WorkOrders.unitId;
import static cn.hotline12345.testing.WorkOrders.version;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import cn.hotline12345.testing.Api;
import cn.hotline12345.testing.Db;
import cn.hotline12345.testing.WorkOrders;
import cn.hotline12345.testing.Problems;
import cn.hotline12345.common.ProblemType;


/** The work-order lifecycle through the API, against the real PostgreSQL. */
@QuarkusTest
class WorkOrderFlowTest {

    @Test
    void theWholeLifeOfAComplaint() {
        long id = register("养老保险转移后缴费记录缺失").getLong("id");
        JsonPath dispatched = step("agent", id, "dispatch", Map.of("leadUnitId", unitId(HANDLER_UNIT),
                "coUnitIds", List.of(unitId("440604-D008"))), 200);
        assertThat(dispatched.getString("state")).isEqualTo("DISPATCHED");
        assertThat(dispatched.getList("dispatches")).hasSize(2);
        // 22 hours to reply, 2 to sign, from the dispatch
        java.time.Instant at = java.time.Instant.parse(dispatched.getString("dispatches[0].dispatchedAt"));
        assertThat(java.time.Instant.parse(dispatched.getString("dispatches[0].replyDueAt"))).isEqualTo(at.plusSeconds(22 * 3600));
        assertThat(java.time.Instant.parse(dispatched.getString("dispatches[0].signDueAt"))).isEqualTo(at.plusSeconds(2 * 3600));

        Api.as("handler").when().get("/api/work-orders/inbox").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem((int) id));
        step("handler", id, "sign", Map.of(), 200);
        JsonPath replied = step("handler", id, "reply", Map.of("text", "经核查，缴费记录已于今日合并，市民可登录查询。",
                "outcome", "RESOLVED"), 200);
        assertThat(replied.getString("state")).isEqualTo("REPLIED");
        assertThat(replied.getBoolean("dispatches[0].repliedOnTime")).isTrue();
        assertThat(replied.getBoolean("dispatches[0].signedOnTime")).isTrue();
        step("supervisor", id, "accept", Map.of(), 200);
        step("agent", id, "callback", Map.of("satisfaction", "SATISFIED", "note", "市民表示满意"), 200);
        JsonPath closed = step("supervisor", id, "close", Map.of(), 200);
        assertThat(closed.getString("state")).isEqualTo("CLOSED");
        assertThat(closed.getString("satisfaction")).isEqualTo("SATISFIED");
        assertThat(closed.getList("history.action")).containsExactly("REGISTER", "DISPATCH", "SIGN", "REPLY",
                "ACCEPT_REPLY", "CALLBACK", "CLOSE");
        assertThat(closed.getList("history.actor")).containsExactly("agent", "agent", "handler", "handler",
                "supervisor", "agent", "supervisor");
        assertThat(Db.count("select count(*) from work_order_event where work_order_id = " + id)).isEqualTo(7);
    }

    /** An order's step is audited like every other change: with the request that made it. */
    @Test
    void eachStepKeepsTheRequestThatTookIt() {
        long id = register("请求编号审计").getLong("id");
        String requestId = "step-" + System.nanoTime();
        JsonPath dispatched = Api.as("agent").header("X-Request-Id", requestId)
                .body(Map.of("leadUnitId", unitId(HANDLER_UNIT), "version", version(id)))
                .when().post("/api/work-orders/" + id + "/dispatch").then().statusCode(200).extract().jsonPath();
        assertThat(dispatched.getString("history.find { it.action == 'DISPATCH' }.requestId")).isEqualTo(requestId);
        assertThat(Db.single("select request_id from work_order_event where work_order_id = " + id
                + " and action = 'DISPATCH'")).isEqualTo(requestId);
        assertThat(Db.single("select request_id from work_order_event where work_order_id = " + id
                + " and action = 'REGISTER'")).isNotNull().isNotEqualTo(requestId);
    }

    @Test
    void anAgentAnswersDirectlyAndTheOrderClosesAtOnce() {
        long id = register("咨询社保卡补办").getLong("id");
        JsonPath answered = step("agent", id, "answer", Map.of("answer", "可携带身份证到任一社保网点补办。"), 200);
        assertThat(answered.getString("state")).isEqualTo("CLOSED");
        assertThat(answered.getString("closedAt")).isNotNull();
        step("agent", id, "dispatch", Map.of("leadUnitId", unitId(HANDLER_UNIT)), 409);
    }

    @Test
    void aUnitReturnsAnOrderAndTheHotlineDispatchesItElsewhere() {
        long id = dispatchTo(register("不属本单位职责").getLong("id"), HANDLER_UNIT);
        step("handler", id, "return", Map.of("reason", "属镇街职责，请转桂城街道"), 200);
        Api.as("handler").when().get("/api/work-orders/inbox").then().body("items.id",
                org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem((int) id)));
        step("supervisor", id, "dispatch", Map.of("leadUnitId", unitId(HANDLER2_UNIT)), 200);
        step("handler2", id, "sign", Map.of(), 200);
        // The unit that returned it no longer sees it, nor the citizen's details, nor can it act on it.
        Api.as("handler").when().get("/api/work-orders/" + id).then().spec(Problems.refused(ProblemType.NOT_FOUND));
        Api.as("handler").body(Map.of("text", "越权答复", "outcome", "RESOLVED", "version", version(id)))
                .when().post("/api/work-orders/" + id + "/reply").then().spec(Problems.refused(ProblemType.NOT_FOUND));
        JsonPath detail = Api.as("supervisor").when().get("/api/work-orders/" + id).then().extract().jsonPath();
        assertThat(detail.getList("dispatches.current")).containsExactly(false, true);
        assertThat(detail.getString("dispatches[0].returnReason")).isEqualTo("属镇街职责，请转桂城街道");
    }

    @Test
    void aReplySentBackGetsAFreshDeadlineAndTheFirstKeepsItsRecord() {
        long id = dispatchTo(register("退回重办测试").getLong("id"), HANDLER_UNIT);
        step("handler", id, "sign", Map.of(), 200);
        step("handler", id, "reply", Map.of("text", "已处理", "outcome", "EXPLAINED"), 200);
        JsonPath sentBack = step("supervisor", id, "send-back", Map.of("reason", "答复过于简单，请说明处理结果"), 200);
        assertThat(sentBack.getString("state")).isEqualTo("SIGNED");
        assertThat(sentBack.getList("dispatches")).hasSize(2);
        assertThat(sentBack.getBoolean("dispatches[0].repliedOnTime")).isTrue();
        assertThat(sentBack.getString("dispatches[1].repliedAt")).isNull();
        step("handler", id, "reply", Map.of("text", "已约谈物业公司并限期整改，三日内复查。", "outcome", "RESOLVED"), 200);
    }

    @Test
    void anotherUnitCannotSeeOrTouchTheOrder() {
        long id = dispatchTo(register("他单位工单").getLong("id"), HANDLER_UNIT);
        String orders = Db.fingerprint("work_order");
        String dispatches = Db.fingerprint("work_order_dispatch");
        String history = Db.fingerprint("work_order_event");
        Api.as("handler2").when().get("/api/work-orders/" + id).then().spec(Problems.refused(ProblemType.NOT_FOUND));
        step("handler2", id, "sign", Map.of("version", 1), 404);
        Api.as("handler2").when().get("/api/work-orders").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem((int) id)));
        assertThat(Db.fingerprint("work_order")).isEqualTo(orders);
        assertThat(Db.fingerprint("work_order_dispatch")).isEqualTo(dispatches);
        assertThat(Db.fingerprint("work_order_event")).isEqualTo(history);
    }

    @Test
    void stepsTheStateDoesNotAllowAre409NamingTheState() {
        long id = register("非法流转").getLong("id");
        Api.as("handler").body(Map.of("version", version(id))).when().post("/api/work-orders/" + id + "/sign").then()
                .spec(Problems.refused(ProblemType.NOT_FOUND));
        step("supervisor", id, "close", Map.of(), 409);
        Api.as("supervisor").body(Map.of("version", version(id))).when().post("/api/work-orders/" + id + "/accept")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo("工单当前状态为“已受理”，不能执行“审核通过”。"));
        Api.as("agent").body(Map.of("version", version(id))).when().post("/api/work-orders/" + id + "/close").then()
                .spec(Problems.refused(ProblemType.FORBIDDEN));
    }

    @Test
    void ordersForInactiveUnitsAreRefused() {
        long unit = Api.as("admin").body(Map.of("code", "T-wo-" + System.nanoTime() % 100000, "name",
                "停用派单测试" + System.nanoTime(), "level", "CITY", "kind", "DEPARTMENT")).when().post("/api/units")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        Api.as("admin").body(Map.of("version", 0)).when().post("/api/units/" + unit + "/deactivate").then().statusCode(200);
        long id = register("派往停用单位").getLong("id");
        step("agent", id, "dispatch", Map.of("leadUnitId", unit), 422);
        assertThat(Db.single("select state from work_order where id = " + id)).isEqualTo("REGISTERED");
    }

    @Test
    void twoSignForsAtOnceOneWinsTheOtherSees409() throws Exception {
        long id = dispatchTo(register("并发签收").getLong("id"), HANDLER_UNIT);
        int version = version(id);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> sign = () -> {
                start.await();
                return Api.as("handler").body(Map.of("version", version)).when()
                        .post("/api/work-orders/" + id + "/sign").statusCode();
            };
            List<Future<Integer>> results = List.of(pool.submit(sign), pool.submit(sign));
            start.countDown();
            assertThat(List.of(results.get(0).get(), results.get(1).get())).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(Db.count("select count(*) from work_order_event where action = 'SIGN' and work_order_id = " + id))
                .isEqualTo(1);
        Api.as("handler").body(Map.of("version", version)).when().post("/api/work-orders/" + id + "/sign").then()
                .statusCode(409).body("detail", containsString("已签收"));
    }

    @Test
    void numbersAreUniqueAndListsFilter() {
        String a = register("编号唯一一").getString("number");
        String b = register("编号唯一二").getString("number");
        assertThat(a).isNotEqualTo(b);
        Api.as("agent").queryParam("q", a).when().get("/api/work-orders").then().statusCode(200)
                .body("items", hasSize(1)).body("items.number", contains(a));
        Api.as("agent").queryParam("state", "FROZEN").when().get("/api/work-orders").then().spec(Problems.refused(ProblemType.BAD_PARAMETER));
        Api.as("agent").body(Map.of("channel", "PHONE", "type", "COMPLAINT", "categoryId", 1, "citizenText", "x",
                "summary", "y", "state", "CLOSED")).when().post("/api/work-orders").then().statusCode(400)
                .body("errors[0].field", equalTo("state"));
    }

    @Test
    void listsFilterByDistrictDatesAndOverdue() {
        long late = dispatchTo(register("逾期筛选").getLong("id"), HANDLER_UNIT);
        Db.count("with u as (update work_order_dispatch set reply_due_at = now() - interval '1 hour'"
                + " where current and lead and work_order_id = " + late + " returning 1) select count(*) from u");
        long onTime = dispatchTo(register("未逾期筛选").getLong("id"), HANDLER_UNIT);
        List<Integer> overdue = Api.as("supervisor").queryParam("overdue", "true").queryParam("size", 200)
                .when().get("/api/work-orders").then().statusCode(200).extract().jsonPath().getList("items.id");
        assertThat(overdue).contains((int) late).doesNotContain((int) onTime);
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        // Words are searched in the order index, which follows the database within a moment.
        long until = System.currentTimeMillis() + 20_000;
        List<Integer> found = List.of();
        while (!found.contains((int) late) && System.currentTimeMillis() < until) {
            found = Api.as("supervisor").queryParam("districtUnitId", unitId("440605-G000")).queryParam("from", today)
                    .queryParam("to", today).queryParam("q", "逾期筛选").when().get("/api/work-orders").then()
                    .statusCode(200).extract().jsonPath().getList("items.id");
        }
        assertThat(found).contains((int) late);
        Api.as("supervisor").queryParam("districtUnitId", unitId("440604-G000")).queryParam("q", "逾期筛选")
                .when().get("/api/work-orders").then().statusCode(200).body("total", equalTo(0));
        Api.as("supervisor").queryParam("from", "2026-13-01").when().get("/api/work-orders").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
    }

    @Test
    void anAgentRegistersAndDispatchesInOneStep() {
        Map<String, Object> body = new HashMap<>();
        body.put("channel", "PHONE");
        body.put("type", "HELP");
        body.put("categoryId", WorkOrders.categoryId("UT02"));
        body.put("citizenText", "整栋楼停电三个小时了");
        body.put("summary", "整栋楼停电");
        body.put("dispatch", Map.of("leadUnitId", unitId("440600-E002"), "note", "请尽快抢修"));
        JsonPath order = Api.as("agent").body(body).when().post("/api/work-orders").then().statusCode(201).extract().jsonPath();
        assertThat(order.getString("state")).isEqualTo("DISPATCHED");
        assertThat(order.getList("history.action")).containsExactly("REGISTER", "DISPATCH");
        assertThat(order.getString("leadUnitName")).isEqualTo("广东电网有限责任公司佛山供电局");

        long before = Db.count("select count(*) from work_order");
        body.put("summary", "派往不存在的单位");
        body.put("dispatch", Map.of("leadUnitId", 987654321));
        Api.as("agent").body(body).when().post("/api/work-orders").then().spec(Problems.refused(ProblemType.RULE_VIOLATION));
        assertThat(Db.count("select count(*) from work_order")).isEqualTo(before);
    }
}

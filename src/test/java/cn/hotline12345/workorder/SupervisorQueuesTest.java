package cn.hotline12345.workorder;

import static cn.hotline12345.testing.WorkOrders.HANDLER_UNIT;
import static cn.hotline12345.testing.WorkOrders.dispatchTo;
import static cn.hotline12345.testing.WorkOrders.register;
import static cn.hotline12345.testing.WorkOrders.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import cn.hotline12345.testing.Api;
import cn.hotline12345.testing.Db;
import cn.hotline12345.testing.Pages;
import cn.hotline12345.testing.Problems;
import cn.hotline12345.common.ProblemType;

/** The supervisor's queues hold what the database holds, and count as the workbench panels do. */
@QuarkusTest
class SupervisorQueuesTest {

    static JsonPath queue(String name) {
        return Api.as("supervisor").queryParam("size", 200).when().get("/api/queues/" + name).then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void aPendingExtensionWaitsInTheRequestsQueueUntilDecided() {
        long id = dispatchTo(register("队列延期申请").getLong("id"), HANDLER_UNIT);
        step("handler", id, "sign", Map.of(), 200);
        Instant wanted = Instant.now().plus(Duration.ofDays(3));
        step("handler", id, "extension", Map.of("replyDueAt", wanted.toString(), "reason", "需现场核查"), 200);

        JsonPath requests = queue("deadline-requests");
        assertThat(requests.getLong("total"))
                .isEqualTo(Db.count("select count(*) from work_order_request r join work_order_dispatch d"
                        + " on d.id = r.dispatch_id where r.state = 'PENDING' and d.current"));
        Map<String, Object> mine = requests.<Map<String, Object>>getList("items").stream()
                .filter(r -> ((Number) r.get("orderId")).longValue() == id).findFirst().orElseThrow();
        assertThat(mine).containsEntry("kind", "EXTENSION").containsEntry("reason", "需现场核查")
                .containsEntry("unitCode", HANDLER_UNIT).containsEntry("requestedBy", "handler");
        assertThat(Pages.get("supervisor", "/queues/deadline-requests")).contains("需现场核查", "/orders/" + id + "#requests");

        long requestId = ((Number) mine.get("requestId")).longValue();
        step("supervisor", id, "extension/decision", Map.of("requestId", requestId, "approve", true), 200);
        assertThat(queue("deadline-requests").getList("items.requestId", Long.class)).doesNotContain(requestId);
    }

    @Test
    void aRequestOfAUnitThatReturnedTheOrderNoLongerWaits() {
        long id = dispatchTo(register("队列退单后的申请").getLong("id"), HANDLER_UNIT);
        step("handler", id, "sign", Map.of(), 200);
        step("handler", id, "extension", Map.of("replyDueAt", Instant.now().plus(Duration.ofDays(2)).toString(),
                "reason", "退单前的申请"), 200);
        assertThat(queue("deadline-requests").getList("items.orderId", Long.class)).contains(id);
        step("handler", id, "return", Map.of("reason", "不属本单位职责"), 200);
        assertThat(queue("deadline-requests").getList("items.orderId", Long.class)).doesNotContain(id);
        assertThat(Pages.figure(Pages.get("supervisor", "/"), "extensions"))
                .isEqualTo(queue("deadline-requests").getLong("total"));
    }

    @Test
    void theOverdueBoardSaysHowLongAndWhoseAndCountsByUnit() {
        long id = dispatchTo(register("队列超时").getLong("id"), HANDLER_UNIT);
        Db.execute("update work_order_dispatch set reply_due_at = now() - interval '3 hours 10 minutes'"
                + " where work_order_id = " + id + " and current and lead");

        JsonPath board = queue("overdue");
        String overdue = "from work_order_dispatch d where d.current and d.lead and d.replied_at is null"
                + " and d.returned_at is null and d.paused_at is null and d.reply_due_at < now()";
        assertThat(board.getLong("orders.total")).isEqualTo(Db.count("select count(*) " + overdue)).isPositive();
        Map<String, Object> mine = board.<Map<String, Object>>getList("orders.items").stream()
                .filter(o -> ((Number) o.get("orderId")).longValue() == id).findFirst().orElseThrow();
        assertThat(((Number) mine.get("minutesOverdue")).longValue()).isBetween(189L, 192L);
        assertThat(mine).containsEntry("unitCode", HANDLER_UNIT).containsEntry("signed", false);
        List<Map<String, Object>> units = board.getList("units");
        Map<String, Object> unit = units.stream().filter(u -> HANDLER_UNIT.equals(u.get("unitCode"))).findFirst()
                .orElseThrow();
        assertThat(((Number) unit.get("orders")).longValue()).isEqualTo(Db.count("select count(*) " + overdue
                + " and d.unit_id = (select id from member_unit where code = '" + HANDLER_UNIT + "')"));
        assertThat(Pages.get("supervisor", "/queues/overdue")).contains("队列超时", "已超时 3 小时");
        assertThat(Pages.figure(Pages.get("supervisor", "/"), "overdue")).isEqualTo(board.getLong("orders.total"));
    }

    @Test
    void anAcceptedReplyWaitsForItsCallbackWithTheCallerMasked() {
        long id = dispatchTo(register("队列待回访").getLong("id"), HANDLER_UNIT);
        step("handler", id, "sign", Map.of(), 200);
        step("handler", id, "reply", Map.of("text", "已核实处理。", "outcome", "RESOLVED"), 200);
        step("supervisor", id, "accept", Map.of(), 200);

        JsonPath callbacks = queue("callbacks");
        assertThat(callbacks.getLong("total"))
                .isEqualTo(Db.count("select count(*) from work_order where state = 'REVIEWED'"));
        Map<String, Object> mine = callbacks.<Map<String, Object>>getList("items").stream()
                .filter(c -> ((Number) c.get("orderId")).longValue() == id).findFirst().orElseThrow();
        String caller = (String) Db.single("select caller_number from work_order where id = " + id);
        assertThat(mine).containsEntry("outcome", "RESOLVED").containsEntry("callbackConsent", true);
        assertThat((String) mine.get("callerNumber")).isNotEqualTo(caller).contains("****");
        assertThat(Pages.get("supervisor", "/queues/callbacks")).contains("队列待回访").doesNotContain(caller);

        step("agent", id, "callback", Map.of("satisfaction", "SATISFIED"), 200);
        assertThat(queue("callbacks").getList("items.orderId", Long.class)).doesNotContain(id);
    }

    @Test
    void onlySupervisorsAndManagersReadTheQueues() {
        Api.as("handler").when().get("/api/queues/overdue").then().statusCode(403)
                .contentType("application/problem+json").body("type", containsString("forbidden"));
        Api.as("agent").when().get("/api/queues/callbacks").then().spec(Problems.refused(ProblemType.FORBIDDEN));
        Api.as("manager").when().get("/api/queues/deadline-requests").then().statusCode(200);
        Api.as("supervisor").queryParam("page", "-1").when().get("/api/queues/overdue").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("page"));
    }
}

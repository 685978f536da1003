package cn.hotline12345.workorder;

import static cn.hotline12345.testing.WorkOrders.HANDLER_UNIT;
import static cn.hotline12345.testing.WorkOrders.categoryId;
import static cn.hotline12345.testing.WorkOrders.dispatchTo;
import static cn.hotline12345.testing.WorkOrders.register;
import static cn.hotline12345.testing.WorkOrders.step;
import static cn.hotline12345.testing.WorkOrders.unitId;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import cn.hotline12345.testing.Api;
import cn.hotline12345.testing.Db;
import cn.hotline12345.testing.WorkOrders;

/** Reopening after a dissatisfied callback, formal supervision, and merging duplicates. */
@QuarkusTest
class ReopenSuperviseMergeTest {

    static long throughToCallback(String summary, String satisfaction) {
        long id = dispatchTo(register(summary).getLong("id"), HANDLER_UNIT);
        step("handler", id, "sign", Map.of(), 200);
        step("handler", id, "reply", Map.of("text", "已处理", "outcome", "EXPLAINED"), 200);
        step("supervisor", id, "accept", Map.of(), 200);
        step("agent", id, "callback", Map.of("satisfaction", satisfaction), 200);
        return id;
    }

    @Test
    void aDissatisfiedCitizenGetsTheOrderReopened() {
        long id = throughToCallback("市民对答复不满意", "DISSATISFIED");
        step("agent", id, "reopen", Map.of("reason", "市民不满意"), 403);
        JsonPath reopened = step("supervisor", id, "reopen", Map.of("reason", "市民对处理结果不满意，重新派单"), 200);
        assertThat(reopened.getString("state")).isEqualTo("REGISTERED");
        assertThat(reopened.getString("closedAt")).isNull();
        JsonPath again = step("supervisor", id, "dispatch", Map.of("leadUnitId", unitId("440604-D008")), 200);
        assertThat(again.getString("state")).isEqualTo("DISPATCHED");
        assertThat(again.getList("dispatches.current")).containsExactly(false, true);
        // A closed order can be reopened too, when the dissatisfied citizen calls back later.
        long closed = throughToCallback("回访后办结再重开", "DISSATISFIED");
        step("supervisor", closed, "close", Map.of(), 200);
        assertThat(step("supervisor", closed, "reopen", Map.of("reason", "市民再次来电"), 200).getString("state"))
                .isEqualTo("REGISTERED");
    }

    @Test
    void aSatisfiedCitizensOrderIsNotReopened() {
        for (String satisfaction : List.of("SATISFIED", "BASICALLY_SATISFIED")) {
            long id = throughToCallback("满意回访后不得重开：" + satisfaction, satisfaction);
            String before = Db.fingerprint("work_order", "id, state, version, closed_at");
            JsonPath refused = step("supervisor", id, "reopen", Map.of("reason", "试图重开"), 409);
            assertThat(refused.getString("type")).isEqualTo("urn:hotline12345:problem:conflict");
            assertThat(refused.getString("detail")).contains("不满意");
            assertThat(Db.fingerprint("work_order", "id, state, version, closed_at")).isEqualTo(before);
            step("supervisor", id, "close", Map.of(), 200);
            step("supervisor", id, "reopen", Map.of("reason", "办结后试图重开"), 409);
            assertThat(WorkOrders.version(id)).isEqualTo(Db.count("select version from work_order where id = " + id));
            assertThat(Db.single("select state from work_order where id = " + id)).isEqualTo("CLOSED");
        }
    }

    @Test
    void aSupervisorPutsAnOrderUnderSupervisionOnce() {
        long id = dispatchTo(register("督办测试").getLong("id"), HANDLER_UNIT);
        step("agent", id, "supervise", Map.of("note", "多次投诉"), 403);
        JsonPath supervised = step("supervisor", id, "supervise", Map.of("note", "同一问题多次投诉，列入督办"), 200);
        assertThat(supervised.getString("supervisedAt")).isNotNull();
        assertThat(supervised.getString("supervisionNote")).isEqualTo("同一问题多次投诉，列入督办");
        step("supervisor", id, "supervise", Map.of("note", "再次督办"), 409);
    }

    static long registerAt(String caller, String district, String summary) {
        return WorkOrders.registerWith("MF02", district, caller, summary);
    }

    static List<Long> duplicatesOf(long id) {
        return Api.as("agent").when().get("/api/work-orders/" + id + "/possible-duplicates").then().statusCode(200)
                .extract().jsonPath().getList("id", Long.class);
    }

    @Test
    void duplicatesAreFlaggedAndMerged() {
        String caller = "1390000" + (System.nanoTime() % 10000);
        long first = registerAt(caller, "440607-G000", "西南街道健康路路灯全部不亮");
        long second = registerAt(caller, "440607-G000", "问另外一件事");
        long neighbour = registerAt("13711112222", "440607-G000", "健康路的路灯全部不亮了");
        long unrelated = registerAt("13711113333", "440607-G000", "公园草坪被挖坏");
        assertThat(duplicatesOf(second)).contains(first);
        assertThat(duplicatesOf(neighbour)).contains(first).doesNotContain(unrelated);
        assertThat(duplicatesOf(unrelated)).doesNotContain(first, neighbour);

        step("agent", neighbour, "merge", Map.of("intoId", first), 403);
        step("supervisor", neighbour, "merge", Map.of("intoId", neighbour), 422);
        JsonPath merged = step("supervisor", neighbour, "merge", Map.of("intoId", first, "note", "同一路段"), 200);
        assertThat(merged.getString("state")).isEqualTo("CLOSED");
        assertThat(merged.getString("mergedIntoNumber")).isNotNull();
        JsonPath kept = Api.as("supervisor").when().get("/api/work-orders/" + first).then().extract().jsonPath();
        assertThat(kept.getList("history.action")).contains("MERGED_IN");
        assertThat(duplicatesOf(first)).doesNotContain(neighbour);
        step("agent", second, "answer", Map.of("answer", "已告知"), 200);
        step("supervisor", unrelated, "merge", Map.of("intoId", second), 422);
    }
}

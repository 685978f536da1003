package cn.hotline12345.workorder;

import static cn.hotline12345.testing.WorkOrders.HANDLER_UNIT;
import static cn.hotline12345.testing.WorkOrders.dispatchTo;
import static cn.hotline12345.testing.WorkOrders.register;
import static cn.hotline12345.testing.WorkOrders.step;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import cn.hotline12345.testing.Db;

/** Extensions (延期) and pauses (挂起) of a unit's deadline, against the real PostgreSQL. */
@QuarkusTest
class DeadlineChangesTest {

    private static Instant due(JsonPath order) {
        return Instant.parse(order.getString("dispatches[0].replyDueAt"));
    }

    @Test
    void anApprovedExtensionMovesTheDeadlineAndKeepsTheOriginal() {
        long id = dispatchTo(register("延期申请").getLong("id"), HANDLER_UNIT);
        JsonPath signed = step("handler", id, "sign", Map.of(), 200);
        Instant original = due(signed);
        Instant wanted = original.plus(Duration.ofHours(24));
        JsonPath asked = step("handler", id, "extension", Map.of("replyDueAt", wanted.toString(),
                "reason", "需要现场勘查，涉及多个部门"), 200);
        assertThat(asked.getString("requests[0].state")).isEqualTo("PENDING");
        step("handler", id, "extension", Map.of("replyDueAt", wanted.plusSeconds(60).toString(), "reason", "再次申请"), 409);
        step("handler2", id, "extension", Map.of("replyDueAt", wanted.toString(), "reason", "他单位"), 404);
        long requestId = asked.getLong("requests[0].id");
        step("agent", id, "extension/decision", Map.of("requestId", requestId, "approve", true), 403);
        JsonPath approved = step("supervisor", id, "extension/decision", Map.of("requestId", requestId, "approve", true,
                "note", "同意延期一天"), 200);
        assertThat(due(approved)).isEqualTo(wanted);
        assertThat(Instant.parse(approved.getString("dispatches[0].originalReplyDueAt"))).isEqualTo(original);
        assertThat(approved.getString("requests[0].state")).isEqualTo("APPROVED");
        assertThat(approved.getList("history.action")).contains("REQUEST_EXTENSION", "DECIDE_EXTENSION");
        step("supervisor", id, "extension/decision", Map.of("requestId", requestId, "approve", true), 409);
    }

    @Test
    void aRefusedOrOutOfRangeExtensionChangesNoDeadline() {
        long id = dispatchTo(register("延期被拒").getLong("id"), HANDLER_UNIT);
        JsonPath dispatched = step("handler", id, "sign", Map.of(), 200);
        Instant original = due(dispatched);
        step("handler", id, "extension", Map.of("replyDueAt", original.minusSeconds(60).toString(), "reason", "提前"), 422);
        step("handler", id, "extension", Map.of("replyDueAt", original.plus(Duration.ofDays(31)).toString(),
                "reason", "太久"), 422);
        long requestId = step("handler", id, "extension", Map.of("replyDueAt", original.plus(Duration.ofHours(8)).toString(),
                "reason", "等待检测报告"), 200).getLong("requests[0].id");
        JsonPath refused = step("supervisor", id, "extension/decision", Map.of("requestId", requestId, "approve", false,
                "note", "时限内可以完成"), 200);
        assertThat(due(refused)).isEqualTo(original);
        assertThat(refused.getString("requests[0].state")).isEqualTo("REFUSED");
    }

    @Test
    void pausedTimeDoesNotCountAgainstTheUnit() {
        long id = dispatchTo(register("等待市民补充材料").getLong("id"), HANDLER_UNIT);
        Instant original = due(step("handler", id, "sign", Map.of(), 200));
        long requestId = step("agent", id, "pause", Map.of("reason", "市民需补充购房合同复印件"), 200)
                .getLong("requests[0].id");
        step("supervisor", id, "pause/decision", Map.of("requestId", requestId, "approve", true), 200);
        // An hour of waiting on the citizen, placed in the past directly.
        Db.count("with u as (update work_order_dispatch set paused_at = paused_at - interval '1 hour'"
                + " where current and lead and work_order_id = " + id + " returning 1) select count(*) from u");
        JsonPath resumed = step("agent", id, "resume", Map.of("note", "材料已补齐"), 200);
        Duration moved = Duration.between(original, due(resumed));
        assertThat(moved).isBetween(Duration.ofHours(1), Duration.ofHours(1).plusMinutes(1));
        assertThat(resumed.getLong("dispatches[0].pausedSeconds")).isBetween(3600L, 3660L);
        assertThat(resumed.getString("dispatches[0].pausedAt")).isNull();
        assertThat(resumed.getList("history.action")).contains("REQUEST_PAUSE", "DECIDE_PAUSE", "RESUME");
        step("agent", id, "resume", Map.of(), 409);
    }
}

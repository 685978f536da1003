package cn.hotline12345.knowledge;

import static cn.hotline12345.testing.Knowledge.create;
import static cn.hotline12345.testing.Knowledge.entry;
import static cn.hotline12345.testing.Knowledge.published;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import cn.hotline12345.testing.Api;
import cn.hotline12345.testing.Db;
import cn.hotline12345.testing.Knowledge;
import cn.hotline12345.testing.WorkOrders;
import cn.hotline12345.testing.Problems;
import cn.hotline12345.common.ProblemType;

/** "This answered the caller" and attaching entries to work orders; two people acting at once. */
@QuarkusTest
class KnowledgeUsageTest {

    @Test
    void attachingCountsOnceAndIsListedOnTheOrder() {
        long entry = published(entry("珊瑚岛社保卡激活", "珊瑚岛社保卡到银行激活。", Map.of()));
        long order = WorkOrders.register("社保卡怎么激活").getLong("id");
        Api.as("agent").body(Map.of("workOrderId", order)).when().post("/api/knowledge/entries/" + entry + "/usage")
                .then().statusCode(201);
        Api.as("agent2").body(Map.of("workOrderId", order)).when().post("/api/knowledge/entries/" + entry + "/usage")
                .then().statusCode(200);
        Api.as("agent").body(Map.of()).when().post("/api/knowledge/entries/" + entry + "/usage").then().statusCode(201);
        assertThat(Db.count("select usage_count from knowledge_entry where id = " + entry)).isEqualTo(2);
        assertThat(Api.as("supervisor").queryParam("workOrderId", order).when().get("/api/knowledge/attachments")
                .then().statusCode(200).extract().jsonPath().getList("code")).hasSize(1);
        Api.as("handler").body(Map.of("workOrderId", order)).when().post("/api/knowledge/entries/" + entry + "/usage")
                .then().spec(Problems.refused(ProblemType.FORBIDDEN));
        long draft = create("editor", entry("未发布条目不能附加", "草稿。", Map.of())).getLong("id");
        long usages = Db.count("select count(*) from knowledge_usage");
        Api.as("agent").body(Map.of("workOrderId", order)).when().post("/api/knowledge/entries/" + draft + "/usage")
                .then().spec(Problems.refused(ProblemType.NOT_FOUND));
        Api.as("agent").body(Map.of("workOrderId", 987654321)).when().post("/api/knowledge/entries/" + entry + "/usage")
                .then().spec(Problems.refused(ProblemType.NOT_FOUND));
        assertThat(Db.count("select count(*) from knowledge_usage")).isEqualTo(usages);
    }

    @Test
    void twoEditorsSavingTheSameVersionAtOnceGetOneSaveAndOneConflict() throws Exception {
        long id = create("editor", entry("并发保存条目", "并发。", Map.of())).getLong("id");
        int seen = Knowledge.version(id);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Callable<Integer>> saves = new ArrayList<>();
        for (String user : new String[] {"editor", "reviewer"}) {
            Map<String, Object> body = new HashMap<>(entry("并发保存条目-" + user, "并发。", Map.of("version", seen)));
            saves.add(() -> Api.as(user).body(body).when().put("/api/knowledge/entries/" + id).statusCode());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> status : pool.invokeAll(saves)) {
            statuses.add(status.get());
        }
        pool.shutdown();
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        assertThat(Db.count("select head_version from knowledge_entry where id = " + id)).isEqualTo(2);
        assertThat(Db.count("select count(*) from knowledge_entry_version where entry_id = " + id)).isEqualTo(2);
    }
}

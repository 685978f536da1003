package cn.hotline12345.knowledge;

import static cn.hotline12345.testing.Knowledge.awaitSearch;
import static cn.hotline12345.testing.Knowledge.entry;
import static cn.hotline12345.testing.Knowledge.published;
import static cn.hotline12345.testing.Knowledge.step;
import static cn.hotline12345.testing.Knowledge.version;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import cn.hotline12345.testing.Api;
import cn.hotline12345.testing.Db;
import cn.hotline12345.testing.Knowledge;
import cn.hotline12345.testing.OpsScript;
import cn.hotline12345.testing.Problems;
import cn.hotline12345.common.ProblemType;

/**
 * The index follows PostgreSQL through the outbox: across an Elasticsearch outage (the real node is
 * stopped and started again) and across a full rebuild while agents search.
 */
@QuarkusTest
class KnowledgeIndexingTest {

    private static final Duration INDEXED = Duration.ofSeconds(20);

    @Test
    void editsMadeWhileElasticsearchIsDownAreSearchableAfterItComesBack() throws Exception {
        long edited = published(entry("青枫渡社保卡挂失", "青枫渡社保卡可电话挂失。", Map.of()));
        long archived = published(entry("白鹭洲旧政策条目", "白鹭洲旧政策。", Map.of()));
        awaitSearch("青枫渡社保卡", ids -> ids.contains(edited), INDEXED);
        awaitSearch("白鹭洲旧政策", ids -> ids.contains(archived), INDEXED);

        OpsScript.run("elasticsearch.sh", "stop");
        try {
            assertThat(reachable()).as("Elasticsearch must be down for this test").isFalse();
            Api.as("agent").queryParam("q", "社保卡").when().get("/api/knowledge/search").then().statusCode(503)
                    .contentType("application/problem+json");
            Api.as("admin").when().get("/api/knowledge/index").then().statusCode(503)
                    .contentType("application/problem+json");
            Api.as("admin").when().post("/api/knowledge/index/compact").then().statusCode(503)
                    .contentType("application/problem+json");
            Api.as("editor").body(entry("青枫渡社保卡挂失与补办", "青枫渡社保卡可电话挂失，再到网点补办。",
                    Map.of("version", version(edited)))).when().put("/api/knowledge/entries/" + edited).then()
                    .statusCode(200);
            step("editor", edited, "submit", Map.of("version", version(edited)), 200);
            step("reviewer", edited, "publish", Map.of("version", version(edited)), 200);
            step("reviewer", archived, "archive", Map.of("version", version(archived)), 200);
            long created = published(entry("紫荆台新条目", "紫荆台停电时联系供电局。", Map.of()));
            Knowledge.sleep(1500);
            assertThat(Db.count("select count(*) from knowledge_outbox where entry_id in (" + edited + ", " + archived
                    + ", " + created + ")")).as("changes wait in the outbox").isGreaterThanOrEqualTo(3);

            OpsScript.run("elasticsearch.sh", "ensure");
            awaitSearch("青枫渡社保卡补办", ids -> ids.contains(edited), Duration.ofSeconds(60));
            JsonPath found = awaitSearch("紫荆台停电", ids -> ids.contains(created), INDEXED);
            assertThat(found.getString("results.find { it.entryId == " + created + " }.title")).isEqualTo("紫荆台新条目");
            awaitSearch("白鹭洲旧政策", ids -> !ids.contains(archived), INDEXED);
            JsonPath latest = Knowledge.search("agent", "青枫渡社保卡");
            assertThat(latest.getString("results.find { it.entryId == " + edited + " }.title")).isEqualTo("青枫渡社保卡挂失与补办");
            assertThat(Db.count("select count(*) from knowledge_outbox")).isZero();
        } finally {
            OpsScript.run("elasticsearch.sh", "ensure");
        }
    }

    @Test
    void aRebuildSwapsTheAliasWithoutFailingASearch() throws Exception {
        long id = published(entry("金沙湾重建索引条目", "金沙湾在重建期间也能查到。", Map.of()));
        awaitSearch("金沙湾重建索引", ids -> ids.contains(id), INDEXED);
        List<String> before = Api.as("admin").when().get("/api/knowledge/index").then().statusCode(200).extract()
                .jsonPath().getList("indices", String.class);

        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger searches = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService agents = Executors.newFixedThreadPool(4);
        List<Future<?>> loops = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            loops.add(agents.submit(() -> {
                while (running.get()) {
                    var answer = Api.as("agent").queryParam("q", "金沙湾重建索引").when().get("/api/knowledge/search");
                    searches.incrementAndGet();
                    if (answer.statusCode() != 200 || !answer.jsonPath().getList("results.entryId", Long.class)
                            .contains(id)) {
                        failures.incrementAndGet();
                    }
                }
            }));
        }
        try {
            for (int i = 0; i < 2; i++) {
                Api.as("admin").when().post("/api/knowledge/index/rebuild").then().statusCode(200)
                        .body("documents", org.hamcrest.Matchers.greaterThan(0));
            }
        } finally {
            running.set(false);
            for (Future<?> loop : loops) {
                loop.get();
            }
            agents.shutdown();
        }
        assertThat(searches.get()).isGreaterThan(10);
        assertThat(failures.get()).as("searches that failed or missed the entry during the rebuilds").isZero();
        JsonPath status = Api.as("admin").when().get("/api/knowledge/index").then().statusCode(200).extract().jsonPath();
        assertThat(status.getList("indices", String.class)).hasSize(1).doesNotContainAnyElementsOf(before);
        assertThat(status.getLong("segments")).as("a rebuilt index is merged before agents search it").isEqualTo(1);
        Api.as("editor").when().post("/api/knowledge/index/rebuild").then().spec(Problems.refused(ProblemType.FORBIDDEN));
    }

    @Test
    void theIndexIsMergedIntoOneSegmentWhileAgentsKeepFindingEntries() {
        List<Long> ids = Knowledge.publishUntilSeveralSegments("合并段落条目");

        Api.as("editor").when().post("/api/knowledge/index/compact").then().spec(Problems.refused(ProblemType.FORBIDDEN));
        // (An automatic merge may have started meanwhile; the request waits for it and then finds one segment.)
        JsonPath merged = Api.as("admin").when().post("/api/knowledge/index/compact").then().statusCode(200).extract()
                .jsonPath();
        assertThat(merged.getLong("segmentsAfter")).isEqualTo(1);
        assertThat(Knowledge.segments()).isEqualTo(1);
        assertThat(Knowledge.search("agent", "合并段落条目").getList("results.entryId", Long.class))
                .containsAll(ids);
    }

    private static boolean reachable() {
        String url = "http://" + org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("quarkus.elasticsearch.hosts", String.class).split(",")[0];
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url + "/_cluster/health"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }
}

package cn.hotline12345.knowledge;

import static cn.hotline12345.testing.Knowledge.awaitSearch;
import static cn.hotline12345.testing.Knowledge.create;
import static cn.hotline12345.testing.Knowledge.entry;
import static cn.hotline12345.testing.Knowledge.published;
import static cn.hotline12345.testing.Knowledge.step;
import static cn.hotline12345.testing.Knowledge.version;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import cn.hotline12345.testing.Api;
import cn.hotline12345.testing.Db;
import cn.hotline12345.testing.WorkOrders;
import cn.hotline12345.testing.Problems;
import cn.hotline12345.common.ProblemType;

/** The editing workflow against the real PostgreSQL and Elasticsearch. */
@QuarkusTest
class KnowledgeWorkflowTest {

    private static final Duration INDEXED = Duration.ofSeconds(15);

    @Test
    void aPublishedEntryIsFoundAndAnArchivedOneIsGone() {
        long id = create("editor", entry("翡翠湾社保卡补换流程", "翡翠湾社保卡丢失后可在线补换。", Map.of())).getLong("id");
        step("editor", id, "submit", Map.of("version", version(id)), 200);
        awaitSearch("翡翠湾社保卡", ids -> !ids.contains(id), Duration.ZERO);
        step("reviewer", id, "publish", Map.of("version", version(id), "note", "内容准确"), 200);
        JsonPath found = awaitSearch("翡翠湾社保卡丢了", ids -> ids.contains(id), INDEXED);
        assertThat(found.getString("results[0].titleHtml")).contains("<mark>");
        step("reviewer", id, "archive", Map.of("version", version(id), "note", "政策废止"), 200);
        awaitSearch("翡翠湾社保卡丢了", ids -> !ids.contains(id), INDEXED);
        Api.as("agent").when().get("/api/knowledge/entries/" + id).then().spec(Problems.refused(ProblemType.NOT_FOUND));
    }

    @Test
    void editorsCannotPublishArchiveOrRollBack() {
        long id = create("editor", entry("编辑无权发布的条目", "仅用于权限测试。", Map.of())).getLong("id");
        step("editor", id, "submit", Map.of("version", version(id)), 200);
        String before = Db.fingerprint("knowledge_entry");
        step("editor", id, "publish", Map.of("version", version(id)), 403);
        step("editor", id, "archive", Map.of("version", version(id)), 403);
        step("editor", id, "rollback", Map.of("version", version(id), "toVersion", 1), 403);
        step("agent", id, "submit", Map.of("version", version(id)), 403);
        assertThat(Db.fingerprint("knowledge_entry")).isEqualTo(before);
        step("reviewer", id, "publish", Map.of("version", version(id)), 200);
    }

    @Test
    void anEditOfAPublishedEntryStaysUnseenUntilReviewedAndCanBeRolledBack() {
        long id = published(entry("蓝鲸湾公积金提取指引", "蓝鲸湾提取一次。", Map.of()));
        awaitSearch("蓝鲸湾公积金", ids -> ids.contains(id), INDEXED);
        Api.as("editor").body(entry("蓝鲸湾公积金提取指引（修订）", "蓝鲸湾提取两次。", Map.of("version", version(id))))
                .when().put("/api/knowledge/entries/" + id).then().statusCode(200);
        JsonPath asAgent = Api.as("agent").when().get("/api/knowledge/entries/" + id).then().statusCode(200).extract()
                .jsonPath();
        assertThat(asAgent.getString("title")).isEqualTo("蓝鲸湾公积金提取指引");
        JsonPath asEditor = Api.as("editor").when().get("/api/knowledge/entries/" + id).then().statusCode(200)
                .extract().jsonPath();
        assertThat(asEditor.getString("state")).isEqualTo("DRAFT");
        assertThat(asEditor.getInt("headVersion")).isEqualTo(2);
        assertThat(asEditor.getInt("publishedVersion")).isEqualTo(1);
        JsonPath diff = Api.as("editor").queryParam("from", 1).queryParam("to", 2).when()
                .get("/api/knowledge/entries/" + id + "/diff").then().statusCode(200).extract().jsonPath();
        assertThat(diff.getList("changes.field")).containsExactly("title", "summary");
        assertThat(diff.getString("changes[1].pieces.find { it.kind == 'REMOVED' }.text")).isEqualTo("一");
        assertThat(diff.getString("changes[1].pieces.find { it.kind == 'ADDED' }.text")).isEqualTo("两");

        step("editor", id, "submit", Map.of("version", version(id)), 200);
        step("reviewer", id, "publish", Map.of("version", version(id)), 200);
        awaitSearch("蓝鲸湾公积金修订", ids -> ids.contains(id), INDEXED);
        JsonPath rolledBack = step("reviewer", id, "rollback", Map.of("version", version(id), "toVersion", 1), 200);
        assertThat(rolledBack.getInt("headVersion")).isEqualTo(3);
        assertThat(rolledBack.getInt("publishedVersion")).isEqualTo(3);
        assertThat(rolledBack.getString("title")).isEqualTo("蓝鲸湾公积金提取指引");
        assertThat(Api.as("editor").when().get("/api/knowledge/entries/" + id + "/versions").then().statusCode(200)
                .extract().jsonPath().getList("action")).containsExactly("ROLLBACK", "EDIT", "CREATE");
        assertThat(Db.count("select count(*) from audit_event where entity_type = 'knowledge_entry' and entity_id = '"
                + id + "'")).isGreaterThanOrEqualTo(6);
    }

    @Test
    void aStaleVersionIsRefusedAndChangesNothing() {
        long id = create("editor", entry("过期版本测试条目", "版本冲突。", Map.of())).getLong("id");
        int seen = version(id);
        step("editor", id, "submit", Map.of("version", seen), 200);
        String before = Db.fingerprint("knowledge_entry");
        JsonPath refused = step("reviewer", id, "publish", Map.of("version", seen), 409);
        assertThat(refused.getString("type")).isEqualTo("urn:hotline12345:problem:stale-version");
        assertThat(Db.fingerprint("knowledge_entry")).isEqualTo(before);
    }

    @Test
    void unitsProposeCorrectionsOnlyToTheirOwnEntries() {
        long own = published(entry("本单位条目：社保卡激活", "社保卡激活。", Map.of()));
        long other = published(entry("他单位条目：燃气开户", "燃气开户。",
                Map.of("ownerUnitId", WorkOrders.unitId("440600-E003"))));
        Api.as("handler").body(Map.of("text", "材料清单已调整，请删除申请表。")).when()
                .post("/api/knowledge/entries/" + own + "/proposals").then().statusCode(201);
        long before = Db.count("select count(*) from knowledge_proposal");
        Api.as("handler").body(Map.of("text", "不是本单位的条目")).when()
                .post("/api/knowledge/entries/" + other + "/proposals").then().spec(Problems.refused(ProblemType.FORBIDDEN));
        Api.as("agent").body(Map.of("text", "话务员不能提建议")).when()
                .post("/api/knowledge/entries/" + own + "/proposals").then().spec(Problems.refused(ProblemType.FORBIDDEN));
        assertThat(Db.count("select count(*) from knowledge_proposal")).isEqualTo(before);
        JsonPath open = Api.as("editor").queryParam("state", "OPEN").when().get("/api/knowledge/proposals").then()
                .statusCode(200).extract().jsonPath();
        long proposal = open.getLong("items.find { it.entryId == " + own + " }.id");
        Api.as("editor").body(Map.of("version", 0, "note", "已按建议修改")).when()
                .post("/api/knowledge/proposals/" + proposal + "/accept").then().statusCode(200);
        Api.as("handler2").queryParam("state", "ACCEPTED").when().get("/api/knowledge/proposals").then()
                .statusCode(200).body("items.size()", org.hamcrest.Matchers.equalTo(0));
    }

    @Test
    void badEntriesAreRefusedWithFieldDetails() {
        String before = Db.fingerprint("knowledge_entry");
        JsonPath refused = Api.as("editor").body(entry("", "摘要", Map.of("regionCode", "999999",
                "expiresOn", "2020-01-01"))).when().post("/api/knowledge/entries").then().statusCode(400)
                .contentType("application/problem+json").extract().jsonPath();
        assertThat(refused.getList("errors.field")).contains("title");
        JsonPath rules = Api.as("editor").body(entry("区域错误", "摘要", Map.of("regionCode", "440699",
                "expiresOn", "2020-01-01"))).when().post("/api/knowledge/entries").then().statusCode(422)
                .extract().jsonPath();
        assertThat(rules.getList("errors.field")).contains("regionCode", "expiresOn");
        assertThat(Db.fingerprint("knowledge_entry")).isEqualTo(before);
    }
}

package cn.hotline12345.knowledge;

import static cn.hotline12345.testing.Knowledge.awaitSearch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import cn.hotline12345.account.DemoAccounts;
import cn.hotline12345.common.Texts;
import cn.hotline12345.testing.Api;
import cn.hotline12345.testing.Db;
import cn.hotline12345.testing.Knowledge;
import cn.hotline12345.testing.Problems;
import cn.hotline12345.common.ProblemType;

/** Bulk import and export through the API, against the real PostgreSQL and Elasticsearch. */
@QuarkusTest
class KnowledgeImportTest {

    private static final String JSON = """
            [
              {"code": "IMP-J-001", "title": "琥珀港水费缴纳渠道", "category": "UT01", "unit": "440600-D015",
               "keywords": ["水费"], "synonyms": [], "documentNumber": null, "effectiveFrom": "2024-01-01",
               "expiresOn": null, "region": "440600", "status": "PUBLISHED",
               "body": {"summary": "琥珀港水费可在粤省事缴纳。", "steps": "打开粤省事，选择生活缴费。"}},
              {"code": "IMP-J-002", "title": "缺少生效日期", "category": "UT01", "unit": "440600-D015",
               "region": "440600", "body": {"summary": "缺字段"}},
              {"code": "IMP-J-003", "title": "单位不存在", "category": "UT01", "unit": "440600-X999",
               "effectiveFrom": "2024-01-01", "region": "440600", "body": {"summary": "错单位"}},
              {"code": "IMP-J-001", "title": "重复编号", "category": "UT01", "unit": "440600-D015",
               "effectiveFrom": "2024-01-01", "region": "440600", "body": {"summary": "重复"}},
              {"code": "IMP-J-004", "title": "琥珀港停水通知查询", "category": "UT01", "unit": "440600-D015",
               "effectiveFrom": "2024-01-01", "region": "440605", "body": {"summary": "琥珀港停水通知在供水公司网站查询。"}}
            ]
            """;

    private static final String CSV = """
            code,title,category,unit,keywords,synonyms,documentNumber,effectiveFrom,expiresOn,region,summary,conditions,materials,steps,fees,timeLimit,location,legalBasis
            IMP-C-001,玛瑙湾电费峰谷时段,UT02,440600-E002,峰谷电价|电费,,佛发改价〔2024〕3号,2024-07-01,,440600,"玛瑙湾峰谷电价按时段计费。
            高峰时段电价较高。",,,,,,,
            IMP-C-002,日期写错,UT02,440600-E002,,,,2024/07/01,,440600,日期格式错误,,,,,,,
            IMP-C-003,分类不存在,ZZ99,440600-E002,,,,2024-07-01,,440600,分类错误,,,,,,,
            """;

    private static RequestSpecification upload(String user, String name, String content, String publish) {
        return RestAssured.given().auth().preemptive().basic(user, DemoAccounts.PASSWORD).accept("application/json")
                .multiPart("file", name, content.getBytes(StandardCharsets.UTF_8))
                .multiPart("publish", publish);
    }

    @Test
    void goodRowsLoadBadRowsAreReportedAndAReimportChangesNothing() {
        JsonPath report = upload("reviewer", "entries.json", JSON, "true").when().post("/api/knowledge/import").then()
                .statusCode(200).extract().jsonPath();
        assertThat(report.getInt("rows")).isEqualTo(5);
        assertThat(report.getInt("created")).isEqualTo(2);
        assertThat(report.getInt("rejected")).isEqualTo(3);
        assertThat(report.getList("problems.field")).contains("effectiveFrom", "unit", "code");
        assertThat(report.getList("problems.line", Integer.class)).containsExactly(6, 8, 10);
        assertThat(report.getString("problems.find { it.field == 'unit' }.message")).isEqualTo("单位编码不存在或已停用。");
        long id = (Long) Db.single("select id from knowledge_entry where code = 'IMP-J-001'");
        awaitSearch("琥珀港水费", ids -> ids.contains(id), Duration.ofSeconds(15));

        String before = Db.fingerprint("knowledge_entry");
        long versions = Db.count("select count(*) from knowledge_entry_version");
        JsonPath again = upload("reviewer", "entries.json", JSON, "true").when().post("/api/knowledge/import").then()
                .statusCode(200).extract().jsonPath();
        assertThat(again.getInt("created")).isZero();
        assertThat(again.getInt("unchanged")).isEqualTo(2);
        assertThat(Db.fingerprint("knowledge_entry")).isEqualTo(before);
        assertThat(Db.count("select count(*) from knowledge_entry_version")).isEqualTo(versions);

        JsonPath changed = upload("reviewer", "entries.json", JSON.replace("选择生活缴费", "选择生活缴费-水费"), "true")
                .when().post("/api/knowledge/import").then().statusCode(200).extract().jsonPath();
        assertThat(changed.getInt("updated")).isEqualTo(1);
        assertThat(Db.count("select head_version from knowledge_entry where code = 'IMP-J-001'")).isEqualTo(2);
    }

    /** An import row and an editor's save are refused by the same rules, with the same words. */
    @Test
    void importAndSaveShareTheEntryRules() {
        String longTitle = "长".repeat(201);
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < 21; i++) {
            words.append(i == 0 ? "" : ",").append("\"词").append(i).append("\"");
        }
        String rows = """
                [
                  {"code": "IMP-R-001", "title": "%s", "category": "UT01", "unit": "440600-D015",
                   "effectiveFrom": "2024-01-01", "region": "440600", "body": {"summary": "标题过长"}},
                  {"code": "IMP-R-002", "title": "失效早于生效", "category": "UT01", "unit": "440600-D015",
                   "effectiveFrom": "2024-06-01", "expiresOn": "2024-01-01", "region": "440600", "body": {"summary": "日期"}},
                  {"code": "IMP-R-003", "title": "关键词过多", "category": "UT01", "unit": "440600-D015",
                   "keywords": [%s], "effectiveFrom": "2024-01-01", "region": "440600", "body": {"summary": "词"}}
                ]
                """.formatted(longTitle, words);
        JsonPath report = upload("editor", "rules.json", rows, "false").when().post("/api/knowledge/import").then()
                .statusCode(200).extract().jsonPath();
        assertThat(report.getInt("rejected")).isEqualTo(3);
        assertThat(report.getString("problems.find { it.field == 'title' }.message"))
                .isEqualTo(Texts.format(Texts.CHINESE, "knowledge.import.too-long"));
        assertThat(report.getString("problems.find { it.field == 'expiresOn' }.message"))
                .isEqualTo(Texts.format(Texts.CHINESE, "knowledge.expiry-before-start"));
        assertThat(report.getString("problems.find { it.field == 'keywords' }.message"))
                .isEqualTo(Texts.format(Texts.CHINESE, "knowledge.import.too-many-words"));

        long category = (Long) Db.single("select id from category where code = 'UT01'");
        long unit = (Long) Db.single("select id from member_unit where code = '440600-D015'");
        Map<String, Object> save = new HashMap<>(Map.of("title", longTitle, "body",
                Map.of("summary", "标题过长"), "categoryId", category, "ownerUnitId", unit, "effectiveFrom",
                "2024-01-01", "regionCode", "440600"));
        Api.as("editor").body(save).when().post("/api/knowledge/entries").then().statusCode(400)
                .body("errors.field", hasItem("title"));
        save.put("title", "失效早于生效");
        save.put("effectiveFrom", "2024-06-01");
        save.put("expiresOn", "2024-01-01");
        Api.as("editor").body(save).when().post("/api/knowledge/entries").then()
                .statusCode(422).body("errors.field", hasItem("expiresOn"))
                .body("type", endsWith("rule-violation"));
    }

    @Test
    void csvWithQuotedLinesLoadsAndReportsBadRows() {
        JsonPath report = upload("editor", "entries.csv", CSV, "false").when().post("/api/knowledge/import").then()
                .statusCode(200).extract().jsonPath();
        assertThat(report.getInt("created")).isEqualTo(1);
        assertThat(report.getInt("rejected")).isEqualTo(2);
        assertThat(report.getList("problems.field")).containsExactlyInAnyOrder("effectiveFrom", "category");
        assertThat(Db.single("select state from knowledge_entry where code = 'IMP-C-001'")).isEqualTo("DRAFT");
        assertThat((String) Db.single("select body ->> 'summary' from knowledge_entry where code = 'IMP-C-001'"))
                .contains("\n高峰时段");
    }

    @Test
    void editorsCannotPublishByImportAndBrokenFilesChangeNothing() {
        String before = Db.fingerprint("knowledge_entry");
        upload("editor", "entries.json", JSON.replace("IMP-J", "IMP-E"), "true").when().post("/api/knowledge/import")
                .then().statusCode(403).contentType("application/problem+json");
        upload("agent", "entries.json", JSON.replace("IMP-J", "IMP-A"), "false").when().post("/api/knowledge/import")
                .then().spec(Problems.refused(ProblemType.FORBIDDEN));
        upload("reviewer", "entries.json", "{\"not\": \"an array\"}", "true").when().post("/api/knowledge/import")
                .then().statusCode(400).contentType("application/problem+json");
        upload("reviewer", "entries.txt", JSON, "true").when().post("/api/knowledge/import").then().spec(Problems.refused(ProblemType.BAD_PARAMETER));
        assertThat(Db.fingerprint("knowledge_entry")).isEqualTo(before);
    }

    @Test
    void aLargeImportIsMergedIntoOneSegmentOnceIndexed() {
        // The test profile merges after 100 indexed changes (production: 10,000).
        Knowledge.publishUntilSeveralSegments("导入前分段条目");
        StringBuilder json = new StringBuilder("[");
        for (int i = 1; i <= 150; i++) {
            json.append(i == 1 ? "" : ",").append("""
                    {"code": "IMP-M-%03d", "title": "玳瑁岬合并测试条目%d", "category": "UT01", "unit": "440600-D015",
                     "effectiveFrom": "2024-01-01", "region": "440600", "body": {"summary": "玳瑁岬合并测试条目第%d条。"}}
                    """.formatted(i, i, i));
        }
        JsonPath report = upload("reviewer", "many.json", json.append("]").toString(), "true").when()
                .post("/api/knowledge/import").then().statusCode(200).extract().jsonPath();
        assertThat(report.getInt("created")).isEqualTo(150);

        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonPath status;
        do {
            Knowledge.sleep(250);
            status = RestAssured.given().auth().preemptive().basic("admin", DemoAccounts.PASSWORD).when()
                    .get("/api/knowledge/index").then().statusCode(200).extract().jsonPath();
        } while ((status.getLong("outboxBacklog") > 0 || status.getLong("segments") > 1) && System.nanoTime() < deadline);
        assertThat(status.getLong("outboxBacklog")).isZero();
        assertThat(status.getLong("segments")).as("merged after the import was indexed").isEqualTo(1);
        awaitSearch("玳瑁岬合并测试条目120", ids -> !ids.isEmpty(), Duration.ofSeconds(5));
    }

    @Test
    void anExportImportedAgainChangesNothing() {
        for (String format : new String[] {"json", "csv"}) {
            String exported = RestAssured.given().auth().preemptive().basic("editor", DemoAccounts.PASSWORD)
                    .queryParam("format", format).when().get("/api/knowledge/export").then().statusCode(200).extract()
                    .asString();
            String before = Db.fingerprint("knowledge_entry");
            JsonPath report = upload("reviewer", "export." + format, exported, "false").when()
                    .post("/api/knowledge/import").then().statusCode(200).extract().jsonPath();
            assertThat(report.getInt("rejected")).as(format + ": " + report.getList("problems")).isZero();
            assertThat(report.getInt("created") + report.getInt("updated")).as(format).isZero();
            assertThat(report.getInt("unchanged")).isEqualTo(report.getInt("rows")).isGreaterThanOrEqualTo(200);
            assertThat(Db.fingerprint("knowledge_entry")).isEqualTo(before);
        }
    }
}

package cn.hotline12345.web;

import static cn.hotline12345.testing.Knowledge.entry;
import static cn.hotline12345.testing.Knowledge.published;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import cn.hotline12345.account.DemoAccounts;
import cn.hotline12345.testing.Api;
import cn.hotline12345.testing.Db;
import cn.hotline12345.testing.Knowledge;
import cn.hotline12345.testing.WorkOrders;

/**
 * Hostile and clumsy requests, each answered by a problem document that names what was wrong and
 * changes nothing, against the real PostgreSQL and Elasticsearch.
 */
@QuarkusTest
class HostileInputTest {

    private static final String PROBLEM = "urn:hotline12345:problem:";

    @TestHTTPResource("/")
    URI root;

    private final HttpClient http = HttpClient.newHttpClient();

    private static Map<String, Object> order(Map<String, Object> changes) {
        Map<String, Object> body = new HashMap<>();
        body.put("channel", "PHONE");
        body.put("type", "CONSULTATION");
        body.put("categoryId", WorkOrders.categoryId("SI01"));
        body.put("callerNumber", "13800138000");
        body.put("citizenText", "咨询社保缴费");
        body.put("summary", "咨询社保缴费");
        body.putAll(changes);
        return body;
    }

    private static void assertProblem(Response response, int status, String type) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getString("type")).isEqualTo(PROBLEM + type);
    }

    private static String basic(String user) {
        return "Basic " + java.util.Base64.getEncoder()
                .encodeToString((user + ":" + DemoAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aStreamedBodyOverTheLimitIsRefusedAsItArrives() throws Exception {
        long before = Db.count("select count(*) from work_order");
        // 1 MiB of JSON with no Content-Length: the client sends it chunked.
        String padding = "办".repeat(350_000);
        byte[] body = ("{\"channel\":\"PHONE\",\"type\":\"CONSULTATION\",\"summary\":\"s\",\"citizenText\":\"" + padding
                + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(root.resolve("/api/work-orders"))
                .header("Authorization", basic("agent")).header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(answer.body()).contains(PROBLEM + "payload-too-large");
        assertThat(Db.count("select count(*) from work_order")).isEqualTo(before);

        // A small chunked body is read as any other.
        byte[] small = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsBytes(order(Map.of()));
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(root.resolve("/api/work-orders"))
                .header("Authorization", basic("agent")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(small))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    @Test
    void loggingOutEndsTheSession() {
        Response login = Api.formLogin("admin", DemoAccounts.PASSWORD);
        String cookie = login.getCookie(ErrorResponses.SESSION_COOKIE);
        assertThat(cookie).isNotNull();
        RestAssured.given().cookie(ErrorResponses.SESSION_COOKIE, cookie).accept("application/json").when()
                .get("/api/me").then().statusCode(200);
        long audited = Db.count("select count(*) from audit_event where action = 'account.logged-out'");
        RestAssured.given().redirects().follow(false).cookie(ErrorResponses.SESSION_COOKIE, cookie)
                .header("Origin", "http://" + root.getHost() + ":" + root.getPort()).when().post("/logout").then()
                .statusCode(303);
        assertProblem(RestAssured.given().cookie(ErrorResponses.SESSION_COOKIE, cookie).accept("application/json")
                .when().get("/api/me"), 401, "unauthenticated");
        RestAssured.given().redirects().follow(false).cookie(ErrorResponses.SESSION_COOKIE, cookie).when()
                .get("/admin/accounts").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.containsString("/login"));
        assertThat(Db.count("select count(*) from audit_event where action = 'account.logged-out'"))
                .isEqualTo(audited + 1);
        // Another session of the same person goes on.
        String other = Api.formLogin("admin", DemoAccounts.PASSWORD).getCookie(ErrorResponses.SESSION_COOKIE);
        RestAssured.given().cookie(ErrorResponses.SESSION_COOKIE, other).accept("application/json").when()
                .get("/api/me").then().statusCode(200);
    }

    private static <T> List<T> together(int n, Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Callable<T>> tasks = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                tasks.add(task);
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : pool.invokeAll(tasks)) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void concurrentKnowledgeStepsConflictInsteadOfFailing() throws Exception {
        long id = Knowledge.create("editor", entry("并发发布：居住证签注", "居住证签注。", Map.of())).getLong("id");
        Knowledge.step("editor", id, "submit", Map.of("version", Knowledge.version(id)), 200);
        int version = Knowledge.version(id);
        List<Integer> publishes = together(6, () -> Api.as("reviewer").body(Map.of("version", version)).when()
                .post("/api/knowledge/entries/" + id + "/publish").statusCode());
        assertThat(publishes).containsOnly(200, 409).filteredOn(s -> s == 200).hasSize(1);
        assertThat(Db.single("select state from knowledge_entry where id = " + id)).isEqualTo("PUBLISHED");

        Api.as("handler").body(Map.of("text", "材料已调整。")).when()
                .post("/api/knowledge/entries/" + id + "/proposals").then().statusCode(201);
        long proposal = (Long) Db.single("select max(id) from knowledge_proposal where entry_id = " + id);
        int[] turn = {0};
        List<Integer> decisions = together(4, () -> {
            String action;
            synchronized (turn) {
                action = turn[0]++ % 2 == 0 ? "accept" : "decline";
            }
            return Api.as("editor").body(Map.of("version", 0, "note", "并发处理")).when()
                    .post("/api/knowledge/proposals/" + proposal + "/" + action).statusCode();
        });
        assertThat(decisions).containsOnly(200, 409).filteredOn(s -> s == 200).hasSize(1);
    }

    @Test
    void aMalformedAcceptLanguageIsIgnored() {
        for (String header : List.of("en;q=abc", "en;q=2", "xx;q=abc,,,", ";;;", "en-US;q=0.5,zh;q=x")) {
            assertProblem(Api.anonymous().header("Accept-Language", header).when().get("/api/me"), 401,
                    "unauthenticated");
            assertProblem(Api.as("agent").header("Accept-Language", header).when().get("/api/no-such-thing"), 404,
                    "not-found");
        }
        // What can be read is still read.
        assertThat(Api.anonymous().header("Accept-Language", "en;q=abc, en-GB;q=0.8").when().get("/api/me")
                .jsonPath().getString("title")).isEqualTo("Please log in");
    }

    @Test
    void aNulCharacterIsRefusedNamingTheField() {
        long before = Db.count("select count(*) from work_order");
        Response body = Api.as("agent").body(order(Map.of("summary", "a\u0000b"))).when().post("/api/work-orders");
        assertProblem(body, 400, "validation");
        assertThat(body.jsonPath().getList("errors.field")).containsExactly("summary");
        Response query = Api.as("editor").queryParam("q", "\u0000").when().get("/api/knowledge/entries");
        assertProblem(query, 400, "bad-parameter");
        assertThat(query.jsonPath().getList("errors.field")).containsExactly("q");
        assertProblem(Api.as("admin").queryParam("q", "a\u0000").when().get("/api/units"), 400, "bad-parameter");
        assertThat(Db.count("select count(*) from work_order")).isEqualTo(before);
    }

    private static Response upload(String name, byte[] content) {
        return RestAssured.given().auth().preemptive().basic("reviewer", DemoAccounts.PASSWORD)
                .accept("application/json").multiPart("file", name, content).multiPart("publish", "false").when()
                .post("/api/knowledge/import");
    }

    private static final String CSV_HEADER = "code,title,category,unit,effectiveFrom,region,summary\n";

    @Test
    void anImportCellHoldingNulOrABinaryFileIsRefused() {
        String before = Db.fingerprint("knowledge_entry");
        String json = "[{\"code\":\"NUL-001\",\"title\":\"含NUL\\u0000的标题\",\"category\":\"UT01\",\"unit\":\"440600-D015\","
                + "\"effectiveFrom\":\"2024-01-01\",\"region\":\"440600\",\"body\":{\"summary\":\"摘要\"}}]";
        JsonPath report = upload("nul.json", json.getBytes(StandardCharsets.UTF_8)).then().statusCode(200).extract()
                .jsonPath();
        assertThat(report.getInt("rejected")).isEqualTo(1);
        assertThat(report.getList("problems.field")).containsExactly("title");
        assertThat(report.getString("problems[0].message")).contains("NUL");
        byte[] zip = {0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00};
        Response binary = upload("entries.csv", zip);
        assertProblem(binary, 400, "validation");
        assertThat(binary.jsonPath().getString("detail")).contains("不是文本");
        assertThat(Db.fingerprint("knowledge_entry")).isEqualTo(before);
    }

    @Test
    void anImportInGbkIsConvertedAndOneInNoKnownEncodingIsRefused() {
        String csv = CSV_HEADER + "GBK-001,翡翠湾燃气报装流程,UT01,440600-D015,2024-01-01,440600,翡翠湾燃气报装须携带房产证。\n";
        JsonPath report = upload("gbk.csv", csv.getBytes(Charset.forName("GBK"))).then().statusCode(200).extract()
                .jsonPath();
        assertThat(report.getInt("created")).as(report.prettify()).isEqualTo(1);
        assertThat(Db.single("select title from knowledge_entry where code = 'GBK-001'")).isEqualTo("翡翠湾燃气报装流程");
        assertThat(Db.count("select count(*) from knowledge_entry where title like '%\uFFFD%'")).isZero();

        String before = Db.fingerprint("knowledge_entry");
        byte[] broken = (CSV_HEADER + "BAD-001,标题,UT01,440600-D015,2024-01-01,440600,摘要\n")
                .getBytes(StandardCharsets.UTF_8);
        broken[CSV_HEADER.length() + 9] = (byte) 0xff; // inside 标题: no longer UTF-8, nor GB18030
        Response refused = upload("broken.csv", broken);
        assertProblem(refused, 400, "validation");
        assertThat(refused.jsonPath().getString("detail")).contains("UTF-8").contains("GB18030");
        assertThat(Db.fingerprint("knowledge_entry")).isEqualTo(before);
    }

    @Test
    void wrongJsonTypesAreRefusedNotCoerced() {
        long before = Db.count("select count(*) from work_order");
        Map<String, Map<String, Object>> wrong = Map.of(
                "anonymous", Map.of("anonymous", "true"),
                "categoryId", Map.of("categoryId", String.valueOf(WorkOrders.categoryId("SI01"))),
                "summary", Map.of("summary", 12345),
                "callerName", Map.of("callerName", true));
        for (var field : wrong.entrySet()) {
            Response answer = Api.as("agent").body(order(field.getValue())).when().post("/api/work-orders");
            assertProblem(answer, 400, "validation");
            assertThat(answer.jsonPath().getList("errors.field")).as(field.getKey()).containsExactly(field.getKey());
        }
        assertThat(Db.count("select count(*) from work_order")).isEqualTo(before);
        long id = WorkOrders.register("类型检查").getLong("id");
        for (Object version : List.of("0", 1.5, true)) {
            Response answer = Api.as("agent").body(Map.of("version", version, "note", "催办"))
                    .when().post("/api/work-orders/" + id + "/urge");
            assertProblem(answer, 400, "validation");
            assertThat(answer.jsonPath().getList("errors.field")).as("%s", version).containsExactly("version");
        }
        long units = Db.count("select count(*) from member_unit");
        Response unit = Api.as("admin").body(Map.of("code", "440600-Z901", "name", 12345, "level", "CITY",
                "kind", "DEPARTMENT")).when().post("/api/units");
        assertProblem(unit, 400, "validation");
        assertThat(unit.jsonPath().getList("errors.field")).containsExactly("name");
        assertThat(Db.count("select count(*) from member_unit")).isEqualTo(units);
    }

    @Test
    void everyPagedListChecksPageAndSize() {
        Map<String, String> lists = Map.of(
                "/api/knowledge/search?q=社保", "agent",
                "/api/knowledge/entries", "editor",
                "/api/knowledge/proposals", "editor",
                "/api/routing-rules", "admin",
                "/api/units", "admin",
                "/api/accounts", "admin",
                "/api/work-orders", "supervisor",
                "/api/work-orders/inbox", "handler",
                "/api/telephony/calls", "supervisor");
        for (var list : lists.entrySet()) {
            String separator = list.getKey().contains("?") ? "&" : "?";
            for (String bad : List.of("page=2147483647", "page=-1", "page=x", "size=0", "size=100000")) {
                Response answer = Api.as(list.getValue()).when().get(list.getKey() + separator + bad);
                assertProblem(answer, 400, "bad-parameter");
                assertThat(answer.jsonPath().getList("errors.field")).as(list.getKey() + " " + bad)
                        .containsExactly(bad.substring(0, bad.indexOf('=')));
            }
        }
        JsonPath rules = Api.as("admin").queryParam("size", 1).when().get("/api/routing-rules").then().statusCode(200)
                .extract().jsonPath();
        assertThat(rules.getList("items")).hasSize(1);
        assertThat(rules.getLong("total")).isGreaterThan(1);
    }

    @Test
    void aDraftsHistoryIsNotShownToAnotherUnit() {
        long id = published(entry("版本可见性：燃气安全检查", "燃气安全检查。", Map.of()));
        int version = Knowledge.version(id);
        Api.as("editor").body(entry("版本可见性：燃气安全检查（修订稿）", "修订中。", Map.of("version", version,
                "note", "未发布的修改说明"))).when().put("/api/knowledge/entries/" + id).then().statusCode(200);
        List<Integer> editorSees = Api.as("editor").when().get("/api/knowledge/entries/" + id + "/versions").then()
                .statusCode(200).extract().jsonPath().getList("versionNo", Integer.class);
        assertThat(editorSees).containsExactlyInAnyOrder(1, 2);
        Response other = Api.as("handler2").when().get("/api/knowledge/entries/" + id + "/versions");
        assertThat(other.statusCode()).isEqualTo(200);
        assertThat(other.jsonPath().getList("versionNo", Integer.class)).containsExactly(1);
        assertThat(other.asString()).doesNotContain("未发布的修改说明");
    }

    @Test
    void originsAreComparedByScheme_HostAndPort() {
        String self = "http://" + root.getHost() + ":" + root.getPort();
        String login = Api.formLogin("admin", DemoAccounts.PASSWORD).getCookie(ErrorResponses.SESSION_COOKIE);
        for (String foreign : List.of("https://" + root.getHost() + ":" + root.getPort(), "http://evil.example",
                "http://" + root.getHost() + ":" + (root.getPort() + 1), "null")) {
            RestAssured.given().redirects().follow(false).cookie(ErrorResponses.SESSION_COOKIE, login)
                    .header("Origin", foreign).when().post("/logout").then().statusCode(403);
            Response loginCsrf = RestAssured.given().redirects().follow(false)
                    .contentType("application/x-www-form-urlencoded").header("Origin", foreign)
                    .formParam("j_username", "admin").formParam("j_password", DemoAccounts.PASSWORD).when()
                    .post("/j_security_check");
            assertThat(loginCsrf.statusCode()).as(foreign).isEqualTo(403);
            assertThat(loginCsrf.getCookie(ErrorResponses.SESSION_COOKIE)).isNull();
        }
        RestAssured.given().cookie(ErrorResponses.SESSION_COOKIE, login).accept("application/json").when()
                .get("/api/me").then().statusCode(200);
        Response ours = RestAssured.given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .header("Origin", self).formParam("j_username", "admin").formParam("j_password", DemoAccounts.PASSWORD)
                .when().post("/j_security_check");
        assertThat(ours.getCookie(ErrorResponses.SESSION_COOKIE)).isNotNull();
    }

    @Test
    void likeWildcardsInATextFilterMatchThemselves() {
        assertThat(Api.as("admin").queryParam("q", "%").when().get("/api/units").then().statusCode(200).extract()
                .jsonPath().getList("items")).isEmpty();
        assertThat(Api.as("admin").queryParam("q", "_").when().get("/api/accounts").then().statusCode(200).extract()
                .jsonPath().getList("items")).isEmpty();
        assertThat(Api.as("editor").queryParam("q", "%").when().get("/api/knowledge/entries").then().statusCode(200)
                .extract().jsonPath().getList("items")).isEmpty();
        assertThat(Api.as("admin").queryParam("q", "社会保障").when().get("/api/units").then().statusCode(200).extract()
                .jsonPath().getList("items")).isNotEmpty();
    }

    @Test
    void aLongQueryAndACutBodyGetProblems() {
        assertProblem(Api.as("agent").when().get("/api/knowledge/search?q=" + "a".repeat(10_000)), 414,
                "uri-too-long");
        String json = "{\"channel\":\"PHONE\",\"type\":\"CONSULTATION\",\"summary\":\"被截断";
        assertProblem(Api.as("agent").body(json).when().post("/api/work-orders"), 400, "malformed-body");
    }

    @Test
    void importProblemsSpeakPlainlyAndExportsDisarmFormulas() {
        String unbalanced = CSV_HEADER + "Q-001,\"引号未闭合,UT01,440600-D015,2024-01-01,440600,摘要\n";
        Response refused = upload("quote.csv", unbalanced.getBytes(StandardCharsets.UTF_8));
        String answer = refused.asString();
        assertThat(answer).doesNotContain("org.apache").doesNotContain("Exception").contains("引号");

        long id = published(entry("=HYPERLINK(\"http://evil.example\",\"点击\")", "+1+2", Map.of("code", "FORMULA-1",
                "keywords", List.of("@SUM(A1)"))));
        String csv = RestAssured.given().auth().preemptive().basic("editor", DemoAccounts.PASSWORD).accept("text/csv")
                .queryParam("format", "csv").when().get("/api/knowledge/export").then().statusCode(200).extract()
                .asString();
        String row = csv.lines().filter(line -> line.startsWith("FORMULA-1")).findFirst().orElseThrow();
        assertThat(row).contains("'=HYPERLINK").contains("'+1+2").contains("'@SUM(A1)");
        assertThat(row).doesNotContain(",=").doesNotContain(",\"=");
        assertThat(id).isPositive();
    }
}

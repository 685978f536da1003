package cn.hotline12345.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import io.restassured.path.json.JsonPath;

/** Knowledge entries for tests: written, stepped through the workflow and searched over the API. */
public final class Knowledge {

    /** Owned by the demo handler's unit (人社局), so "handler" may propose corrections. */
    public static final String OWNER_UNIT = WorkOrders.HANDLER_UNIT;

    private Knowledge() {
    }

    /** A complete entry body for POST/PUT; {@code changes} override single fields. */
    public static Map<String, Object> entry(String title, String summary, Map<String, Object> changes) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("body", Map.of("summary", summary, "conditions", "在本市参加社会保险的职工。",
                "materials", "（1）身份证；（2）申请表。", "steps", "网上申请或到窗口办理。", "fees", "不收费",
                "timeLimit", "5个工作日", "location", "各区社保窗口、粤省事", "legalBasis", "《社会保险法》"));
        body.put("categoryId", WorkOrders.categoryId("SI04"));
        body.put("ownerUnitId", WorkOrders.unitId(OWNER_UNIT));
        body.put("keywords", List.of("测试关键词"));
        body.put("synonyms", List.of());
        body.put("effectiveFrom", LocalDate.of(2024, 1, 1).toString());
        body.put("regionCode", "440600");
        body.putAll(changes);
        return body;
    }

    public static JsonPath create(String user, Map<String, Object> entry) {
        return Api.as(user).body(entry).when().post("/api/knowledge/entries").then().statusCode(201).extract()
                .jsonPath();
    }

    public static JsonPath step(String user, long id, String action, Map<String, Object> body, int status) {
        return Api.as(user).body(body).when().post("/api/knowledge/entries/" + id + "/" + action).then()
                .statusCode(status).extract().jsonPath();
    }

    public static int version(long id) {
        return Api.as("reviewer").when().get("/api/knowledge/entries/" + id).then().statusCode(200).extract()
                .jsonPath().getInt("version");
    }

    /** Writes, submits and publishes an entry; returns its id. */
    public static long published(Map<String, Object> entry) {
        long id = create("editor", entry).getLong("id");
        step("editor", id, "submit", Map.of("version", version(id)), 200);
        step("reviewer", id, "publish", Map.of("version", version(id)), 200);
        return id;
    }

    public static JsonPath search(String user, String query) {
        return Api.as(user).queryParam("q", query).when().get("/api/knowledge/search").then().statusCode(200)
                .extract().jsonPath();
    }

    public static List<Long> ids(JsonPath results) {
        return results.getList("results.entryId", Long.class);
    }

    /** Searches until the results satisfy the condition (the index follows the database within a second or so). */
    public static JsonPath awaitSearch(String query, Predicate<List<Long>> condition, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        JsonPath results = search("agent", query);
        while (!condition.test(ids(results)) && System.nanoTime() < deadline) {
            sleep(100);
            results = search("agent", query);
        }
        assertThat(condition.test(ids(results))).as("search for %s: %s", query, ids(results)).isTrue();
        return results;
    }

    /** Segments of the live index (GET /api/knowledge/index, as the administrator). */
    public static long segments() {
        return Api.as("admin").when().get("/api/knowledge/index").then().statusCode(200).extract().jsonPath()
                .getLong("segments");
    }

    /**
     * Publishes small entries until the live index has several segments (each indexed change is
     * searchable from a segment of its own until merged); returns their ids.
     */
    public static List<Long> publishUntilSeveralSegments(String title) {
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 6 && segments() < 2; i++) {
            long id = published(entry(title + i + "号", title + "的测试条目" + i + "。", java.util.Map.of()));
            awaitSearch(title + i + "号", found -> found.contains(id), Duration.ofSeconds(20));
            ids.add(id);
        }
        assertThat(segments()).as("the index must have several segments for this test").isGreaterThan(1);
        return ids;
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

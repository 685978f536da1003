package cn.hotline12345.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.containsString;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import cn.hotline12345.testing.Api;
import cn.hotline12345.testing.Db;
import cn.hotline12345.testing.Problems;
import cn.hotline12345.common.ProblemType;

/** The unit registry through its API, against the real PostgreSQL. */
@QuarkusTest
class MemberUnitResourceTest {

    static long create(String level, String kind, Long parentId) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        return Api.as("admin").body(parentId == null
                        ? Map.of("code", "T-" + suffix, "name", "测试单位" + suffix, "level", level, "kind", kind)
                        : Map.of("code", "T-" + suffix, "name", "测试单位" + suffix, "level", level, "kind", kind,
                                "parentId", parentId))
                .when().post("/api/units").then().statusCode(201)
                .header("Location", containsString("/api/units/"))
                .extract().jsonPath().getLong("id");
    }

    static int version(long id) {
        return Api.as("admin").when().get("/api/units/" + id).then().statusCode(200).extract().jsonPath().getInt("version");
    }

    static long idOf(String code) {
        return Api.as("admin").queryParam("q", code).when().get("/api/units").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
    }

    @Test
    void thePickerOffersEveryActiveUnitWithItsInitialsButNotToHandlers() {
        Response choices = Api.as("agent").when().get("/api/units/choices").then().statusCode(200).extract().response();
        List<Map<String, Object>> all = choices.jsonPath().getList("$");
        assertThat((long) all.size()).isEqualTo(Db.count("select count(*) from member_unit where active"));
        Map<String, Object> bureau = all.stream().filter(u -> "440600-D015".equals(u.get("code"))).findFirst()
                .orElseThrow();
        assertThat(bureau.get("name")).isEqualTo("佛山市人力资源和社会保障局");
        assertThat(bureau.get("initials")).isEqualTo("fssrlzyhshbzj");
        Api.as("handler").when().get("/api/units/choices").then().statusCode(403)
                .contentType("application/problem+json").body("type", containsString("forbidden"));
    }

    @Test
    void listsFiltersAndPages() {
        Api.as("agent").queryParam("level", "TOWN").queryParam("size", 10).when().get("/api/units").then()
                .statusCode(200)
                .body("total", equalTo(32))
                .body("items", hasSize(10))
                .body("items.level", everyItem(equalTo("TOWN")));
        Api.as("agent").queryParam("q", "桂城").when().get("/api/units").then()
                .body("items[0].name", equalTo("佛山市南海区桂城街道办事处"))
                .body("items[0].parentCode", equalTo("440605-G000"));
    }

    @Test
    void anAdministratorAddsEditsAndMovesAUnitAndEachChangeIsAudited() {
        long district = idOf("440605-G000");
        long unit = create("DISTRICT", "DEPARTMENT", district);
        Api.as("admin").body(Map.of("name", "南海区测试局（改名）", "level", "DISTRICT", "kind", "DEPARTMENT",
                        "contactPhone", "0757-86000000", "version", version(unit)))
                .when().put("/api/units/" + unit).then().statusCode(200)
                .body("name", equalTo("南海区测试局（改名）"));
        long city = idOf("440600-D015");
        Api.as("admin").body(Map.of("parentId", city, "version", version(unit)))
                .when().post("/api/units/" + unit + "/move").then().statusCode(200)
                .body("parentCode", equalTo("440600-D015"));
        assertThat(Db.count("select count(*) from audit_event where entity_type = 'unit' and entity_id = '" + unit
                + "' and action in ('unit.created', 'unit.updated', 'unit.moved') and actor = 'admin'")).isEqualTo(3);
    }

    @Test
    void aMoveThatWouldMakeACycleIsRefusedAndChangesNothing() {
        long parent = create("CITY", "DEPARTMENT", null);
        long child = create("CITY", "DEPARTMENT", parent);
        String before = Db.fingerprint("member_unit");
        Api.as("admin").body(Map.of("parentId", child, "version", version(parent)))
                .when().post("/api/units/" + parent + "/move").then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:hotline12345:problem:rule-violation"))
                .body("errors[0].field", equalTo("parentId"));
        assertThat(Db.fingerprint("member_unit")).isEqualTo(before);
    }

    @Test
    void unitsAreDeactivatedNeverDeleted() {
        long parent = create("CITY", "DEPARTMENT", null);
        long child = create("CITY", "DEPARTMENT", parent);
        Api.as("admin").body(Map.of("version", version(parent)))
                .when().post("/api/units/" + parent + "/deactivate").then()
                .statusCode(422).body("detail", org.hamcrest.Matchers.containsString("1 个启用的下级单位"));
        Api.as("admin").body(Map.of("version", version(child), "reason", "机构改革"))
                .when().post("/api/units/" + child + "/deactivate").then().statusCode(200).body("active", equalTo(false));
        Api.as("admin").body(Map.of("version", version(parent)))
                .when().post("/api/units/" + parent + "/deactivate").then().statusCode(200);
        Api.as("admin").when().delete("/api/units/" + child).then()
                .statusCode(405).contentType("application/problem+json");
        assertThat(Db.count("select count(*) from member_unit where id in (" + parent + "," + child + ")")).isEqualTo(2);
        // An inactive unit cannot take new children, and reactivating a child under an inactive parent is refused.
        Api.as("admin").body(Map.of("version", version(child)))
                .when().post("/api/units/" + child + "/activate").then().spec(Problems.refused(ProblemType.RULE_VIOLATION));
    }

    @Test
    void aStaleVersionIsRefused() {
        long unit = create("CITY", "DEPARTMENT", null);
        int version = version(unit);
        Map<String, Object> edit = Map.of("name", "改名" + unit, "level", "CITY", "kind", "DEPARTMENT", "version", version);
        Api.as("admin").body(edit).when().put("/api/units/" + unit).then().statusCode(200);
        Api.as("admin").body(edit).when().put("/api/units/" + unit).then()
                .statusCode(409).body("type", equalTo("urn:hotline12345:problem:stale-version"));
    }

    @Test
    void twoAdministratorsEditingAtOnceOneWinsTheOtherGets409() throws Exception {
        long unit = create("CITY", "DEPARTMENT", null);
        int version = version(unit);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> edits = List.of("甲" + unit, "乙" + unit).stream().<Callable<Integer>>map(name -> () -> {
                start.await();
                Response response = Api.as("admin").body(Map.of("name", name, "level", "CITY", "kind", "DEPARTMENT",
                        "version", version)).when().put("/api/units/" + unit);
                return response.statusCode();
            }).toList();
            List<Future<Integer>> results = edits.stream().map(pool::submit).toList();
            start.countDown();
            List<Integer> statuses = results.stream().map(f -> {
                try {
                    return f.get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).sorted().toList();
            assertThat(statuses).containsExactly(200, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(version(unit)).isEqualTo(version + 1);
        assertThat(Db.count("select count(*) from audit_event where entity_type = 'unit' and entity_id = '" + unit
                + "' and action = 'unit.updated'")).isEqualTo(1);
    }

    @Test
    void aUnitHandlerSeesOnlyItsOwnUnitAndLearnsNothingOfOthers() {
        long own = idOf("440600-D015");
        long other = idOf("440600-D001");
        Api.as("handler").when().get("/api/units").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo((int) own));
        Api.as("handler").when().get("/api/units/" + own).then().statusCode(200);
        String otherBody = Api.as("handler").when().get("/api/units/" + other).then().statusCode(404)
                .extract().jsonPath().getString("detail");
        String missingBody = Api.as("handler").when().get("/api/units/987654321").then().statusCode(404)
                .extract().jsonPath().getString("detail");
        // Word for word the same answer as for a unit that does not exist, the id aside.
        assertThat(otherBody.replace(String.valueOf(other), "#")).isEqualTo(missingBody.replace("987654321", "#"));
    }

    @Test
    void onlyAdministratorsChangeTheRegistry() {
        String before = Db.fingerprint("member_unit");
        for (String user : List.of("agent", "supervisor", "handler", "editor", "manager")) {
            Api.as(user).body(Map.of("code", "T-x" + user, "name", "越权" + user, "level", "CITY", "kind", "DEPARTMENT"))
                    .when().post("/api/units").then()
                    .statusCode(403).contentType("application/problem+json")
                    .body("title", equalTo("无权执行此操作"));
        }
        assertThat(Db.fingerprint("member_unit")).isEqualTo(before);
    }
}

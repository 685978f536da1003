package cn.hotline12345.orderindex;

import static cn.hotline12345.testing.WorkOrders.HANDLER2_UNIT;
import static cn.hotline12345.testing.WorkOrders.HANDLER_UNIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;

import cn.hotline12345.testing.Api;
import cn.hotline12345.testing.Db;
import cn.hotline12345.testing.OpsScript;
import cn.hotline12345.testing.TestClock;
import cn.hotline12345.testing.WorkOrders;

/**
 * Work orders in Elasticsearch: the order list's text search answers from the index (with the
 * list's filters and a unit's own orders only), the index follows PostgreSQL through the outbox
 * across an outage of the real node, and the hot topics of a month find the words that were new in it.
 */
@QuarkusTest
class OrderIndexTest {

    @AfterEach
    void unpin() {
        TestClock.unpin();
    }

    @Test
    void theListSearchesTextInTheIndexWithItsFiltersAndAUnitSeesOnlyItsOwn() throws Exception {
        long mine = WorkOrders.dispatchTo(WorkOrders.registerWith("EN01", "440605-G000", "13711110001",
                "翠湖苑夜间装修电钻噪音扰民"), HANDLER_UNIT);
        long other = WorkOrders.dispatchTo(WorkOrders.registerWith("EN01", "440605-G000", "13711110002",
                "翠湖苑楼下烧烤店噪音扰民"), HANDLER2_UNIT);
        awaitList("agent", "翠湖苑", ids -> ids.containsAll(List.of(mine, other)));
        // the dispatches reach the index a moment after the registrations
        awaitList("handler", "翠湖苑", ids -> !ids.isEmpty());
        awaitList("handler2", "翠湖苑", ids -> !ids.isEmpty());
        assertThat(list("agent", "翠湖苑装修").getList("items.id", Long.class)).containsExactly(mine);
        assertThat(list("handler", "翠湖苑").getList("items.id", Long.class)).containsExactly(mine);
        assertThat(list("handler2", "翠湖苑").getList("items.id", Long.class)).containsExactly(other);
        String number = Api.as("agent").when().get("/api/work-orders/" + other).then().extract().jsonPath()
                .getString("number");
        assertThat(list("agent", number).getList("items.id", Long.class)).containsExactly(other);
        assertThat(list("agent", "13711110001").getList("items.id", Long.class)).containsExactly(mine);
        assertThat(Api.as("agent").queryParam("q", "翠湖苑").queryParam("state", "REGISTERED").when()
                .get("/api/work-orders").then().statusCode(200).extract().jsonPath().getList("items")).isEmpty();
        Api.as("agent").queryParam("q", "翠湖苑").queryParam("page", 200).queryParam("size", 50).when()
                .get("/api/work-orders").then().statusCode(400).body("errors[0].field", equalTo("page"));
    }

    @Test
    void ordersChangedWhileElasticsearchIsDownAreFoundOnceItIsBack() throws Exception {
        long before = WorkOrders.registerWith("MF01", "440604-G000", "13722220001", "银杏路井盖缺失存在安全隐患");
        awaitList("agent", "银杏路井盖", ids -> ids.contains(before));
        OpsScript.run("elasticsearch.sh", "stop");
        long during;
        try {
            during = WorkOrders.registerWith("MF01", "440604-G000", "13722220002", "银杏路路灯不亮");
            WorkOrders.dispatchTo(before, HANDLER_UNIT);
            Api.as("agent").queryParam("q", "银杏路").when().get("/api/work-orders").then().statusCode(503)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:hotline12345:problem:service-unavailable"));
            // without words the list still answers from PostgreSQL
            Api.as("agent").when().get("/api/work-orders").then().statusCode(200);
            Thread.sleep(1500);
            assertThat(Db.count("select count(*) from work_order_outbox where work_order_id in (" + before + ", "
                    + during + ")")).as("changes wait in the outbox").isGreaterThanOrEqualTo(2);
        } finally {
            OpsScript.run("elasticsearch.sh", "ensure");
        }
        awaitList("agent", "银杏路路灯", ids -> ids.contains(during));
        long handlers = Db.count("select count(*) from work_order_outbox where work_order_id = " + before);
        assertThat(handlers).isZero();
        awaitList("handler", "银杏路井盖", ids -> ids.contains(before)); // its dispatch reached the index too
    }

    @Test
    void aWordNewInAMonthIsThatMonthsHotTopic() throws Exception {
        // July 2025: ordinary orders about social security cards; August: shared bikes everywhere
        for (int i = 0; i < 6; i++) {
            TestClock.pinShanghai("2025-07-1" + i + "T10:00");
            WorkOrders.registerWith("SI01", "440604-G000", "1360000070" + i, "社保卡补办进度查询，已提交材料一周");
        }
        long last = 0;
        for (int i = 0; i < 6; i++) {
            TestClock.pinShanghai("2025-08-1" + i + "T10:00");
            last = WorkOrders.registerWith("TR04", i < 4 ? "440605-G000" : "440604-G000", i < 2 ? "13600000888"
                    : "1360000080" + i, "地铁站出口共享单车乱停放，堵塞人行道");
        }
        TestClock.pinShanghai("2025-08-20T10:00");
        WorkOrders.registerWith("SI01", "440604-G000", "13600000901", "社保卡补办进度查询");
        TestClock.unpin();
        long lastOrder = last;
        awaitList("agent", "共享单车", ids -> ids.contains(lastOrder));

        JsonPath hot = Api.as("manager").queryParam("from", "2025-08-01").queryParam("to", "2025-08-31").when()
                .get("/api/statistics/hot-topics").then().statusCode(200).extract().jsonPath();
        List<String> words = hot.getList("words.word");
        assertThat(words).as("the hot words of August").contains("共享单车");
        assertThat(words).doesNotContain("社保卡");
        assertThat(hot.getLong("words.find { it.word == '共享单车' }.count")).isEqualTo(6);
        assertThat(hot.getLong("words.find { it.word == '共享单车' }.previous")).isZero();
        assertThat(hot.getString("words.find { it.word == '共享单车' }.districts[0].name")).isEqualTo("佛山市南海区人民政府");
        assertThat(hot.getString("growing[0].code")).isEqualTo("TR04");
        assertThat(hot.getLong("growing[0].count")).isEqualTo(6);
        assertThat(hot.getList("repeatCallers.caller")).contains("136****0888");
        List<java.util.Map<String, Object>> repeat = hot.getList("repeatCallers");
        assertThat(repeat).filteredOn(r -> "136****0888".equals(r.get("caller"))).singleElement()
                .satisfies(r -> assertThat(r.get("topic")).isEqualTo("道路与交通设施"))
                .satisfies(r -> assertThat(r.get("orders")).isEqualTo(2));
    }

    private static JsonPath list(String user, String q) {
        return Api.as(user).queryParam("q", q).when().get("/api/work-orders").then().statusCode(200).extract().jsonPath();
    }

    private static void awaitList(String user, String q, Predicate<List<Long>> done) throws InterruptedException {
        long until = System.currentTimeMillis() + Duration.ofSeconds(60).toMillis();
        List<Long> ids = List.of();
        while (System.currentTimeMillis() < until) {
            var answer = Api.as(user).queryParam("q", q).when().get("/api/work-orders");
            if (answer.statusCode() == 200) {
                ids = answer.jsonPath().getList("items.id", Long.class);
                if (done.test(ids)) {
                    return;
                }
            }
            Thread.sleep(300);
        }
        assertThat(done.test(ids)).as("orders found for %s by %s: %s", q, user, ids).isTrue();
    }
}

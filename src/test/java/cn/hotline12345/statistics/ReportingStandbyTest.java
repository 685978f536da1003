package cn.hotline12345.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

import cn.hotline12345.testing.Api;
import cn.hotline12345.testing.ElasticsearchResource;
import cn.hotline12345.testing.StandbyPairResource;
import cn.hotline12345.testing.WorkOrders;

/**
 * Reports read a real streaming standby (made with pg_basebackup on this machine) while the app
 * writes to its primary; with the standby down they read the primary, say so in a warning, and
 * go back to the standby once it is up again.
 */
@QuarkusTest
@TestProfile(ReportingStandbyTest.PrimaryAndStandby.class)
class ReportingStandbyTest {

    public static class PrimaryAndStandby implements QuarkusTestProfile {

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(StandbyPairResource.class),
                    new TestResourceEntry(ElasticsearchResource.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("hotline.reporting.standby-retry-after", "PT2S",
                    "hotline.knowledge.index-alias", "test-knowledge-pair",
                    "hotline.knowledge.demo-corpus", "false");
        }
    }

    @Inject
    ReportingDatabase reporting;

    @Test
    void reportsReadTheStandbyAndFallBackToThePrimaryWhileItIsDown() throws Exception {
        assertThat(reporting.hasStandby()).isTrue();
        assertThat(inRecovery()).as("the reporting connection is the standby").isTrue();

        long order = WorkOrders.dispatchTo(WorkOrders.register("备库统计核对").getLong("id"), WorkOrders.HANDLER_UNIT);
        JsonPath table = awaitDispatched(1);
        assertThat(table.getString("source")).isEqualTo("STANDBY");
        assertThat(order).isPositive();

        List<LogRecord> warnings = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                warnings.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(ReportingDatabase.class.getName());
        logger.addHandler(capture);
        try {
            StandbyPairResource.stopStandby();
            JsonPath fallback = units();
            assertThat(fallback.getString("source")).isEqualTo("PRIMARY");
            assertThat(fallback.getLong("totals.dispatched")).isEqualTo(1);
            assertThat(warnings).anySatisfy(w -> assertThat(w.getMessage()).contains("standby unreachable"));
            Api.anonymous().when().get("/q/health/ready").then().statusCode(200);
        } finally {
            logger.removeHandler(capture);
            StandbyPairResource.startStandby();
        }
        long until = System.currentTimeMillis() + Duration.ofSeconds(30).toMillis();
        String source = "PRIMARY";
        while (!"STANDBY".equals(source) && System.currentTimeMillis() < until) {
            Thread.sleep(500);
            source = units().getString("source");
        }
        assertThat(source).as("back on the standby once it answers again").isEqualTo("STANDBY");
        assertThat(inRecovery()).isTrue();
    }

    private boolean inRecovery() {
        return reporting.list("select pg_is_in_recovery()", Map.of(), row -> row.getBoolean(1)).rows().get(0);
    }

    private static JsonPath awaitDispatched(long expected) throws InterruptedException {
        long until = System.currentTimeMillis() + 20_000;
        JsonPath table = units();
        while (table.getLong("totals.dispatched") < expected && System.currentTimeMillis() < until) {
            Thread.sleep(200); // streaming replication: the standby replays the primary's commit within moments
            table = units();
        }
        assertThat(table.getLong("totals.dispatched")).isEqualTo(expected);
        return table;
    }

    private static JsonPath units() {
        String today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        return Api.as("manager").queryParam("from", today).queryParam("to", today).when().get("/api/statistics/units")
                .then().statusCode(200).extract().jsonPath();
    }
}

package cn.hotline12345.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A PostgreSQL primary and its streaming standby of their own (src/ops/postgres-standby.sh): the
 * app writes to the primary and its reports read the standby, as in production.
 */
public class StandbyPairResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        Map<String, String> pair = OpsScript.run("postgres-standby.sh", "ensure", "hotline_pair_test");
        return Map.of(
                "quarkus.datasource.jdbc.url", pair.get("HOTLINE_PAIR_PRIMARY_URL"),
                "quarkus.datasource.username", pair.get("HOTLINE_PAIR_USER"),
                "quarkus.datasource.password", pair.get("HOTLINE_PAIR_PASSWORD"),
                "quarkus.datasource.reporting.jdbc.url", pair.get("HOTLINE_PAIR_STANDBY_URL"),
                "quarkus.datasource.reporting.username", pair.get("HOTLINE_PAIR_USER"),
                "quarkus.datasource.reporting.password", pair.get("HOTLINE_PAIR_PASSWORD"));
    }

    public static void stopStandby() {
        OpsScript.run("postgres-standby.sh", "stop-standby");
    }

    public static void startStandby() {
        OpsScript.run("postgres-standby.sh", "start-standby");
    }

    @Override
    public void stop() {
        startStandby(); // leave the pair whole for the next run, whatever the test did
    }
}

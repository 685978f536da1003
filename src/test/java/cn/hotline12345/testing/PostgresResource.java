package cn.hotline12345.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The real PostgreSQL: reuses the running server, makes sure the hotline role exists, and gives
 * the test run a fresh, empty database so every run proves the migrations apply from nothing.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    public static final String DATABASE = System.getenv().getOrDefault("HOTLINE_TEST_DB_NAME", "hotline_test");

    private static Map<String, String> settings;

    @Override
    public synchronized Map<String, String> start() {
        if (settings == null) {
            Map<String, String> db = OpsScript.run("postgres.sh", "ensure", DATABASE, "--fresh");
            settings = Map.of(
                    "quarkus.datasource.jdbc.url", db.get("HOTLINE_DB_URL"),
                    "quarkus.datasource.username", db.get("HOTLINE_DB_USER"),
                    "quarkus.datasource.password", db.get("HOTLINE_DB_PASSWORD"));
        }
        return settings;
    }

    @Override
    public void stop() {
        // The server is shared; the database stays for inspection until the next run replaces it.
    }
}

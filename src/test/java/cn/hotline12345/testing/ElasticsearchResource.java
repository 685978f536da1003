package cn.hotline12345.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** The real Elasticsearch: reuses a running node or provisions and starts one (src/ops/elasticsearch.sh). */
public class ElasticsearchResource implements QuarkusTestResourceLifecycleManager {

    private static Map<String, String> settings;

    @Override
    public synchronized Map<String, String> start() {
        if (settings == null) {
            String url = OpsScript.run("elasticsearch.sh", "ensure").get("HOTLINE_ES_URL");
            settings = Map.of("quarkus.elasticsearch.hosts", url.replaceFirst("^https?://", ""));
        }
        return settings;
    }

    @Override
    public void stop() {
        // Left running for the next run; `src/ops/elasticsearch.sh stop` stops it.
    }
}

package cn.hotline12345.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
            // The test database is new each run; an index left by an earlier run would hold its entries.
            dropIndices(url, "test-knowledge");
            dropIndices(url, "test-orders");
        }
        return settings;
    }

    static void dropIndices(String url, String prefix) {
        HttpClient http = HttpClient.newHttpClient();
        try {
            String names = http.send(HttpRequest.newBuilder(URI.create(url + "/_cat/indices/" + prefix + "*?h=index"))
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
            for (String name : names.lines().map(String::strip).filter(n -> !n.isEmpty()).toList()) {
                http.send(HttpRequest.newBuilder(URI.create(url + "/" + name)).DELETE().build(),
                        HttpResponse.BodyHandlers.discarding());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        // Left running for the next run; `src/ops/elasticsearch.sh stop` stops it.
    }
}

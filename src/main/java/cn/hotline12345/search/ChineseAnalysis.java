package cn.hotline12345.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The Chinese analysis every index of the hotline uses (knowledge-base/index/analysis-PROFILE.json,
 * shipped inside the application): "bigram" works on a bare Elasticsearch, "ik" and "smartcn" need
 * those plugins. The analyzers are named kb_text (bigrams) and kb_text_fine (single characters).
 */
public final class ChineseAnalysis {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ChineseAnalysis() {
    }

    /** A file of knowledge-base/ as shipped in the application (see the resources in pom.xml). */
    public static String shippedText(String path) {
        try (InputStream in = ChineseAnalysis.class.getClassLoader().getResourceAsStream("knowledge-base/" + path)) {
            if (in == null) {
                throw new IllegalStateException("knowledge-base/" + path + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Settings with the profile's analysis, and the mappings of knowledge-base/{@code mappingsPath}. */
    public static ObjectNode indexDefinition(String profile, int shards, int replicas, String mappingsPath) {
        try {
            ObjectNode settings = (ObjectNode) JSON.readTree(shippedText("index/analysis-" + profile + ".json"));
            settings.put("number_of_shards", shards);
            settings.put("number_of_replicas", replicas);
            ObjectNode definition = JSON.createObjectNode();
            definition.set("settings", settings);
            definition.set("mappings", JSON.readTree(shippedText(mappingsPath)));
            return definition;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

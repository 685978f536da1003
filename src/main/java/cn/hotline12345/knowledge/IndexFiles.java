package cn.hotline12345.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The files of knowledge-base/ that ship inside the application (see the resources in pom.xml). */
final class IndexFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private IndexFiles() {
    }

    static String text(String path) {
        try (InputStream in = IndexFiles.class.getClassLoader().getResourceAsStream("knowledge-base/" + path)) {
            if (in == null) {
                throw new IllegalStateException("knowledge-base/" + path + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Settings and mappings of a new index, with the analysis of the configured profile. */
    static ObjectNode indexDefinition(String analysisProfile, int shards, int replicas) {
        try {
            ObjectNode settings = (ObjectNode) JSON.readTree(text("index/analysis-" + analysisProfile + ".json"));
            settings.put("number_of_shards", shards);
            settings.put("number_of_replicas", replicas);
            ObjectNode definition = JSON.createObjectNode();
            definition.set("settings", settings);
            definition.set("mappings", JSON.readTree(text("index/mappings.json")));
            return definition;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SearchVocabulary vocabulary() {
        return SearchVocabulary.parse(text("index/query-stopwords.txt"), text("index/synonyms.txt"));
    }
}

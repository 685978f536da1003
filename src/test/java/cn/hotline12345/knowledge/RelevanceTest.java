package cn.hotline12345.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import cn.hotline12345.testing.Api;
import cn.hotline12345.testing.Db;
import cn.hotline12345.testing.Knowledge;

/**
 * The relevance set (knowledge-base/relevance): citizen-style questions, each naming the entry that
 * answers it, searched through the app's API over the sample corpus on the real Elasticsearch.
 * Fails when recall@5 or MRR falls below the figures in thresholds.properties.
 */
@QuarkusTest
class RelevanceTest {

    record Question(String text, String answer) {
    }

    @Test
    void theSearchFindsTheAnsweringEntry() throws IOException {
        Path root = Path.of("knowledge-base", "relevance");
        List<Question> questions = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                for (JsonNode node : json.readTree(file.toFile())) {
                    questions.add(new Question(node.get("question").asText(), node.get("answer").asText()));
                }
            }
        }
        assertThat(questions).hasSizeGreaterThanOrEqualTo(100);
        assertThat(Db.count("select count(*) from knowledge_entry where code like 'KB-%'")).isGreaterThanOrEqualTo(300);
        awaitCorpusIndexed();

        int found = 0;
        double reciprocalRanks = 0;
        StringBuilder misses = new StringBuilder();
        for (Question question : questions) {
            JsonPath results = Api.as("agent").queryParam("q", question.text()).queryParam("size", 10)
                    .queryParam("inForce", false).when().get("/api/knowledge/search").then().statusCode(200)
                    .extract().jsonPath();
            List<String> codes = results.getList("results.code", String.class);
            int rank = codes.indexOf(question.answer()) + 1;
            if (rank >= 1 && rank <= 5) {
                found++;
            }
            if (rank >= 1) {
                reciprocalRanks += 1.0 / rank;
            }
            if (rank < 1 || rank > 5) {
                misses.append(String.format("  %s -> %s (rank %s; got %s)%n", question.text(), question.answer(),
                        rank < 1 ? ">10" : rank, codes.isEmpty() ? "-" : codes.get(0)));
            }
        }
        double recallAt5 = (double) found / questions.size();
        double mrr = reciprocalRanks / questions.size();
        String report = String.format("questions=%d recall@5=%.3f MRR@10=%.3f%nmisses:%n%s", questions.size(),
                recallAt5, mrr, misses);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "relevance-report.txt"), report, StandardCharsets.UTF_8);
        System.out.println(report);

        Properties thresholds = new Properties();
        try (InputStream in = Files.newInputStream(root.resolve("thresholds.properties"))) {
            thresholds.load(in);
        }
        assertThat(recallAt5).as(report).isGreaterThanOrEqualTo(Double.parseDouble(thresholds.getProperty("recall-at-5")));
        assertThat(mrr).as(report).isGreaterThanOrEqualTo(Double.parseDouble(thresholds.getProperty("mrr")));
    }

    /** Every published sample entry is in the index (the corpus loads at start-up, the indexer follows). */
    private static void awaitCorpusIndexed() {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (Db.count("select count(*) from knowledge_outbox") > 0 && System.nanoTime() < deadline) {
            Knowledge.sleep(200);
        }
        assertThat(Db.count("select count(*) from knowledge_outbox")).isZero();
    }
}

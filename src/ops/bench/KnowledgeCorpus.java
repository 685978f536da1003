import java.io.File;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes the knowledge benchmark's inputs from the sample corpus: an import file of COUNT entries
 * (each a variant of a sample entry: its own code, a place and a number in the title and summary)
 * and the relevance set's questions, one per line.
 *   java KnowledgeCorpus knowledge-base COUNT entries.json questions.txt
 */
public class KnowledgeCorpus {

    private static final String[] PLACES = {"禅城", "南海", "顺德", "三水", "高明", "祖庙", "石湾", "张槎", "南庄", "桂城",
            "九江", "西樵", "丹灶", "狮山", "大沥", "里水", "大良", "容桂", "伦教", "勒流", "陈村", "均安", "杏坛", "龙江",
            "乐从", "北滘", "西南", "云东海", "白坭", "乐平", "荷城", "杨和"};

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> samples = new ArrayList<>();
        for (String file : Files.readAllLines(root.resolve("corpus/manifest.txt"))) {
            if (!file.isBlank()) {
                json.readTree(root.resolve("corpus").resolve(file.strip()).toFile()).forEach(samples::add);
            }
        }
        try (JsonGenerator out = json.getFactory().createGenerator(new File(args[2]), JsonEncoding.UTF8)) {
            out.writeStartArray();
            for (int i = 0; i < count; i++) {
                ObjectNode entry = samples.get(i % samples.size()).deepCopy();
                String place = PLACES[(i / samples.size()) % PLACES.length];
                int round = i / (samples.size() * PLACES.length);
                entry.put("code", String.format("BENCH-%06d", i));
                entry.put("title", entry.get("title").asText() + "（" + place + "第" + (round + 1) + "版）");
                ObjectNode body = (ObjectNode) entry.get("body");
                body.put("summary", place + "：" + body.get("summary").asText());
                out.writeTree(entry);
            }
            out.writeEndArray();
        }
        try (PrintWriter questions = new PrintWriter(args[3], StandardCharsets.UTF_8)) {
            try (var files = Files.list(root.resolve("relevance"))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                    for (JsonNode question : json.readTree(file.toFile())) {
                        questions.println(question.get("question").asText().replace('\n', ' '));
                    }
                }
            }
        }
        System.out.printf("wrote %d entries from %d samples%n", count, samples.size());
    }
}

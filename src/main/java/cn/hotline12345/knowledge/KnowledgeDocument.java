package cn.hotline12345.knowledge;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The search document of an entry's published version: what agents search and see in a result. */
public final class KnowledgeDocument {

    /** The completion field refuses longer inputs. */
    static final int MAX_SUGGEST_INPUT = 60;

    private KnowledgeDocument() {
    }

    /** Names and parents resolved by the caller, so this stays free of the database. */
    public record Context(List<Long> categoryIds, String categoryName, String unitName) {
    }

    public static ObjectNode of(long entryId, String code, int versionNo, Instant savedAt, EntryContent content,
            Context context) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode doc = json.objectNode();
        doc.put("entryId", entryId);
        doc.put("code", code);
        doc.put("version", versionNo);
        doc.put("title", content.title());
        doc.put("summary", content.body().summary());
        doc.put("body", content.body().guideText());
        ArrayNode keywords = doc.putArray("keywords");
        content.keywords().forEach(keywords::add);
        ArrayNode synonyms = doc.putArray("synonyms");
        content.synonyms().forEach(synonyms::add);
        if (content.documentNumber() != null) {
            doc.put("documentNumber", content.documentNumber());
        }
        ArrayNode categories = doc.putArray("categoryIds");
        context.categoryIds().forEach(categories::add);
        doc.put("categoryName", context.categoryName());
        doc.put("unitId", content.ownerUnitId());
        doc.put("unitName", context.unitName());
        Regions.Region region = Regions.parse(content.regionCode());
        doc.put("regionCode", region.code());
        if (region.district() != null) {
            doc.put("regionDistrict", region.district());
        }
        doc.put("effectiveFrom", content.effectiveFrom().toString());
        if (content.expiresOn() != null) {
            doc.put("expiresOn", content.expiresOn().toString());
        }
        doc.put("savedAt", savedAt.toString());
        ArrayNode input = doc.putObject("suggest").putArray("input");
        suggestInputs(content).forEach(input::add);
        return doc;
    }

    static Set<String> suggestInputs(EntryContent content) {
        Set<String> inputs = new LinkedHashSet<>();
        inputs.add(content.title());
        inputs.addAll(content.keywords());
        inputs.addAll(content.synonyms());
        Set<String> fitting = new LinkedHashSet<>();
        for (String input : inputs) {
            String value = input.strip();
            if (!value.isEmpty()) {
                fitting.add(value.length() > MAX_SUGGEST_INPUT ? value.substring(0, MAX_SUGGEST_INPUT) : value);
            }
        }
        return fitting;
    }
}

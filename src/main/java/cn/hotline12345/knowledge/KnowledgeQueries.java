package cn.hotline12345.knowledge;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds the Elasticsearch request bodies for agent search, suggestions and related entries. The
 * relevance design for Chinese without a segmenter lives here:
 * <ul>
 * <li>the main clause matches character bigrams (the kb_text analyzer), title and keywords weighted
 * above the body;</li>
 * <li>a title phrase match rewards a question that names the entry's own words in order;</li>
 * <li>a weak single-character clause keeps a question with a typo (公基金) in the results;</li>
 * <li>synonyms the question did not use (社保 → 社会保险) are searched at a lower weight.</li>
 * </ul>
 * Plain Java: the same bodies go to Elasticsearch from the app and from the benchmark.
 */
public final class KnowledgeQueries {

    static final String[] SOURCE_FIELDS = {"entryId", "code", "version", "title", "summary", "categoryName", "unitId",
            "unitName", "regionCode", "effectiveFrom", "expiresOn", "documentNumber"};

    /** Matches counted exactly; past this Elasticsearch may skip documents that cannot make the top. */
    static final int TOTAL_HITS_TRACKED = 1000;

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final SearchVocabulary vocabulary;

    public KnowledgeQueries(SearchVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    public ObjectNode search(SearchCriteria criteria) {
        ObjectNode body = JSON.objectNode();
        body.put("from", criteria.from());
        body.put("size", criteria.size());
        // Counting every match would score every document; beyond this the total reads "1000+".
        body.put("track_total_hits", TOTAL_HITS_TRACKED);
        sourceFields(body);
        ObjectNode bool = JSON.objectNode();
        if (criteria.hasText()) {
            String text = vocabulary.clean(criteria.text());
            ArrayNode should = bool.putArray("should");
            should.add(textClauses(text));
            bool.put("minimum_should_match", 1);
            body.set("highlight", highlight());
        } else {
            body.putArray("sort").add(JSON.objectNode().put("savedAt", "desc"));
        }
        bool.set("filter", filters(criteria));
        body.set("query", JSON.objectNode().set("bool", bool));
        return body;
    }

    /** The scoring part for a question's words, reused by related-entry search. */
    ObjectNode textClauses(String text) {
        ArrayNode should = JSON.arrayNode();
        should.add(multiMatch(text, "best_fields", 1.0, null, "title^5", "keywords^4", "synonyms^3", "summary^2",
                "body"));
        should.add(JSON.objectNode().set("match_phrase", JSON.objectNode().set("title",
                JSON.objectNode().put("query", text).put("slop", 2).put("boost", 2.0))));
        // Single characters only on the short fields: on the body every common character would
        // match most of the index, and cost far more than it adds.
        should.add(multiMatch(text, "most_fields", 0.3, "50%", "title.fine^2", "summary.fine"));
        List<String> expansions = vocabulary.expansions(text);
        if (!expansions.isEmpty()) {
            should.add(multiMatch(String.join(" ", expansions), "best_fields", 0.6, null, "title^5", "keywords^4",
                    "synonyms^3", "summary^2", "body"));
        }
        ObjectNode bool = JSON.objectNode();
        bool.set("should", should);
        bool.put("minimum_should_match", 1);
        return JSON.objectNode().set("bool", bool);
    }

    /** Title and keyword completions for what the agent has typed so far. */
    public ObjectNode suggest(String prefix, int size) {
        ObjectNode body = JSON.objectNode();
        body.put("size", 0);
        ObjectNode completion = JSON.objectNode().put("field", "suggest").put("size", size).put("skip_duplicates", true);
        body.set("suggest", JSON.objectNode().set("titles",
                JSON.objectNode().put("prefix", prefix.strip()).set("completion", completion)));
        body.putObject("_source").putArray("includes").add("entryId").add("code").add("title").add("expiresOn")
                .add("effectiveFrom");
        return body;
    }

    /**
     * Entries related to a work order: its summary scored like an agent's question, the citizen's
     * own words through more_like_this, and the order's topic as a tie-breaker.
     */
    public ObjectNode related(String summary, String citizenText, Long categoryId, java.time.LocalDate today, int size) {
        ObjectNode body = JSON.objectNode();
        body.put("size", size);
        sourceFields(body);
        ArrayNode should = JSON.arrayNode();
        should.add(textClauses(vocabulary.clean(summary)));
        ObjectNode mlt = JSON.objectNode();
        mlt.putArray("fields").add("title").add("summary").add("body").add("keywords");
        mlt.put("like", summary + "\n" + (citizenText == null ? "" : citizenText));
        mlt.put("min_term_freq", 1);
        mlt.put("min_doc_freq", 1);
        mlt.put("max_query_terms", 40);
        mlt.put("minimum_should_match", "10%");
        should.add(JSON.objectNode().set("more_like_this", mlt));
        if (categoryId != null) {
            should.add(JSON.objectNode().set("term", JSON.objectNode().set("categoryIds",
                    JSON.objectNode().put("value", categoryId).put("boost", 1.5))));
        }
        ObjectNode bool = JSON.objectNode();
        bool.set("should", should);
        bool.put("minimum_should_match", 1);
        bool.set("filter", filters(new SearchCriteria(null, null, null, null, true, today, 0, size)));
        body.set("query", JSON.objectNode().set("bool", bool));
        body.set("highlight", highlight());
        return body;
    }

    private static void sourceFields(ObjectNode body) {
        // The object form: the Java client cannot read a bare array here.
        ArrayNode source = body.putObject("_source").putArray("includes");
        for (String field : SOURCE_FIELDS) {
            source.add(field);
        }
    }

    private static ObjectNode multiMatch(String text, String type, double boost, String minimumShouldMatch,
            String... fields) {
        ObjectNode match = JSON.objectNode().put("query", text).put("type", type).put("boost", boost);
        if ("best_fields".equals(type)) {
            match.put("tie_breaker", 0.3);
        }
        if (minimumShouldMatch != null) {
            match.put("minimum_should_match", minimumShouldMatch);
        }
        ArrayNode names = match.putArray("fields");
        for (String field : fields) {
            names.add(field);
        }
        return JSON.objectNode().set("multi_match", match);
    }

    private static ArrayNode filters(SearchCriteria criteria) {
        ArrayNode filters = JSON.arrayNode();
        if (criteria.categoryId() != null) {
            filters.add(term("categoryIds", JSON.numberNode(criteria.categoryId())));
        }
        if (criteria.unitId() != null) {
            filters.add(term("unitId", JSON.numberNode(criteria.unitId())));
        }
        if (criteria.regionCode() != null) {
            filters.add(regionFilter(criteria.regionCode()));
        }
        if (criteria.inForceOnly()) {
            String today = criteria.today().toString();
            filters.add(JSON.objectNode().set("range", JSON.objectNode().set("effectiveFrom",
                    JSON.objectNode().put("lte", today))));
            ObjectNode notExpired = JSON.objectNode();
            ArrayNode either = notExpired.putArray("should");
            either.add(JSON.objectNode().set("range", JSON.objectNode().set("expiresOn",
                    JSON.objectNode().put("gte", today))));
            either.add(JSON.objectNode().set("bool", JSON.objectNode().set("must_not",
                    JSON.objectNode().set("exists", JSON.objectNode().put("field", "expiresOn")))));
            notExpired.put("minimum_should_match", 1);
            filters.add(JSON.objectNode().set("bool", notExpired));
        }
        return filters;
    }

    /**
     * Entries that apply in a region: city-wide ones, the region's own, and for a district also its
     * towns' entries; for a town also its district's.
     */
    static ObjectNode regionFilter(String regionCode) {
        Regions.Region region = Regions.parse(regionCode);
        ArrayNode codes = JSON.arrayNode().add(Regions.CITY);
        ObjectNode bool = JSON.objectNode();
        ArrayNode should = bool.putArray("should");
        switch (region.level()) {
            case CITY -> {
            }
            case DISTRICT -> {
                codes.add(region.code());
                should.add(term("regionDistrict", JSON.textNode(region.code())));
            }
            case TOWN -> codes.add(region.district()).add(region.code());
        }
        should.add(JSON.objectNode().set("terms", JSON.objectNode().set("regionCode", codes)));
        bool.put("minimum_should_match", 1);
        return JSON.objectNode().set("bool", bool);
    }

    private static ObjectNode term(String field, JsonNode value) {
        return JSON.objectNode().set("term", JSON.objectNode().set(field, value));
    }

    private static ObjectNode highlight() {
        ObjectNode highlight = JSON.objectNode();
        highlight.put("encoder", "html");
        highlight.putArray("pre_tags").add("<mark>");
        highlight.putArray("post_tags").add("</mark>");
        // A list of one-field objects (ordered), the form the Java client reads.
        ArrayNode fields = highlight.putArray("fields");
        fields.addObject().putObject("title").put("number_of_fragments", 0);
        fields.addObject().putObject("summary").put("fragment_size", 120).put("number_of_fragments", 1);
        fields.addObject().putObject("body").put("fragment_size", 90).put("number_of_fragments", 2);
        return highlight;
    }
}

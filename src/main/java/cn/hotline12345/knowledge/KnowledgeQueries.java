package cn.hotline12345.knowledge;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds the Elasticsearch request bodies for agent search, suggestions and related entries. The
 * relevance design for Chinese without a segmenter lives here, in two stages so that a question
 * costs a few milliseconds on a large index:
 * <ul>
 * <li>retrieval: character bigrams (the kb_text analyzer) scored as one combined field (BM25F) over
 * title, keywords, citizens' words and summary, the title weighted highest; synonyms the question
 * did not use (社保 → 社会保险) at a lower weight;</li>
 * <li>rescoring of the best candidates only: a title phrase match rewards a question that names the
 * entry's own words in order, and a single-character clause keeps a question with a typo (公基金)
 * near the top. Both are too costly to run on every matching document.</li>
 * </ul>
 * Highlights cover the title and the answer summary (the snippet agents read out), each computed
 * with a plain match on its own field rather than the whole scoring query; highlighting the long
 * body cost a fifth of the search time. Plain Java: the same bodies go to Elasticsearch from the
 * app and from the benchmark.
 */
public final class KnowledgeQueries {

    static final String[] SOURCE_FIELDS = {"entryId", "code", "version", "title", "summary", "categoryName", "unitId",
            "unitName", "regionCode", "effectiveFrom", "expiresOn", "documentNumber"};

    /** Matches counted exactly; past this Elasticsearch may skip documents that cannot make the top. */
    static final int TOTAL_HITS_TRACKED = 1000;

    /** Candidates per shard that the phrase and typo clauses look at. */
    static final int RESCORE_WINDOW = 50;

    /** Scored together as one field; combined_fields needs one analyzer across them. */
    private static final String[] RETRIEVAL_FIELDS = {"title^5", "keywords^4", "synonyms^3", "summary^2"};

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
            bool.putArray("should").add(textClauses(text));
            bool.put("minimum_should_match", 1);
            body.set("rescore", rescore(text, Math.max(RESCORE_WINDOW, criteria.from() + criteria.size())));
            body.set("highlight", highlight(text));
        } else {
            body.putArray("sort").add(JSON.objectNode().put("savedAt", "desc"));
        }
        bool.set("filter", filters(criteria));
        body.set("query", JSON.objectNode().set("bool", bool));
        return body;
    }

    /** The retrieval part for a question's words, reused by related-entry search. */
    ObjectNode textClauses(String text) {
        ArrayNode should = JSON.arrayNode();
        should.add(combinedFields(text, 1.0));
        List<String> expansions = vocabulary.expansions(text);
        if (!expansions.isEmpty()) {
            should.add(combinedFields(String.join(" ", expansions), 0.6));
        }
        ObjectNode bool = JSON.objectNode();
        bool.set("should", should);
        bool.put("minimum_should_match", 1);
        return JSON.objectNode().set("bool", bool);
    }

    /** The title phrase and the typo-tolerant single characters, applied to the best candidates. */
    private static ObjectNode rescore(String text, int window) {
        ArrayNode should = JSON.arrayNode();
        should.add(JSON.objectNode().set("match_phrase", JSON.objectNode().set("title",
                JSON.objectNode().put("query", text).put("slop", 2).put("boost", 2.0))));
        ObjectNode fine = JSON.objectNode().put("query", text).put("type", "most_fields").put("boost", 0.3)
                .put("minimum_should_match", "50%");
        fine.putArray("fields").add("title.fine^2").add("summary.fine");
        should.add(JSON.objectNode().set("multi_match", fine));
        ObjectNode query = JSON.objectNode();
        query.putObject("rescore_query").putObject("bool").set("should", should);
        query.put("query_weight", 1.0).put("rescore_query_weight", 1.0);
        return JSON.objectNode().put("window_size", window).set("query", query);
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
        body.set("highlight", highlight(vocabulary.clean(summary)));
        return body;
    }

    private static void sourceFields(ObjectNode body) {
        // The object form: the Java client cannot read a bare array here.
        ArrayNode source = body.putObject("_source").putArray("includes");
        for (String field : SOURCE_FIELDS) {
            source.add(field);
        }
    }

    private static ObjectNode combinedFields(String text, double boost) {
        ObjectNode match = JSON.objectNode().put("query", text).put("boost", boost);
        ArrayNode names = match.putArray("fields");
        for (String field : RETRIEVAL_FIELDS) {
            names.add(field);
        }
        return JSON.objectNode().set("combined_fields", match);
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

    private static ObjectNode highlight(String text) {
        ObjectNode highlight = JSON.objectNode();
        highlight.put("encoder", "html");
        highlight.putArray("pre_tags").add("<mark>");
        highlight.putArray("post_tags").add("</mark>");
        // A list of one-field objects (ordered), the form the Java client reads.
        ArrayNode fields = highlight.putArray("fields");
        highlightField(fields, "title", text).put("number_of_fragments", 0);
        highlightField(fields, "summary", text).put("fragment_size", 120).put("number_of_fragments", 1);
        return highlight;
    }

    private static ObjectNode highlightField(ArrayNode fields, String field, String text) {
        ObjectNode options = fields.addObject().putObject(field);
        options.putObject("highlight_query").putObject("match").set(field, JSON.textNode(text));
        return options;
    }
}

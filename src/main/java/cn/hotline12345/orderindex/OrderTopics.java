package cn.hotline12345.orderindex;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.LongTermsBucket;
import co.elastic.clients.elasticsearch._types.aggregations.SignificantStringTermsBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;

/**
 * The words of the work orders that are significantly more frequent in a period than before
 * (Elasticsearch's significant_terms over the words HanLP found in each order), with the districts
 * and units they concern.
 */
@ApplicationScoped
public class OrderTopics {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    OrderIndex index;

    public record Bucket(long id, long count) {
    }

    public record Word(String word, long count, long backgroundCount, double score, List<Bucket> districts,
            List<Bucket> units) {
    }

    /** Where the orders are counted: a period, optionally one district or one topic with its subtopics. */
    public record Slice(Instant start, Instant end, Long districtUnitId, Long categoryId) {
    }

    /**
     * The words of the slice against the background from {@code backgroundStart} to the slice's end,
     * most significant first; a word needs {@code minCount} orders in the slice.
     */
    public List<Word> significantWords(Slice slice, Instant backgroundStart, int size, int minCount) {
        ObjectNode body = JSON.createObjectNode();
        body.put("size", 0);
        body.put("track_total_hits", false);
        body.set("query", filter(slice));
        ObjectNode hot = body.putObject("aggs").putObject("hot");
        ObjectNode significant = hot.putObject("significant_terms");
        significant.put("field", "words").put("size", size).put("min_doc_count", minCount);
        ObjectNode background = significant.putObject("background_filter").putObject("bool");
        ArrayNode all = background.putArray("filter");
        all.addObject().putObject("range").putObject("registeredAt").put("gte", backgroundStart.toString())
                .put("lt", slice.end().toString());
        narrow(all, slice);
        ObjectNode sub = hot.putObject("aggs");
        sub.putObject("districts").putObject("terms").put("field", "districtUnitId").put("size", 3);
        sub.putObject("units").putObject("terms").put("field", "leadUnitId").put("size", 3);
        SearchResponse<ObjectNode> response = index.search(body);
        List<Word> words = new ArrayList<>();
        for (SignificantStringTermsBucket bucket : response.aggregations().get("hot").sigsterms().buckets().array()) {
            words.add(new Word(bucket.key(), bucket.docCount(), bucket.bgCount(), bucket.score(),
                    buckets(bucket.aggregations().get("districts")), buckets(bucket.aggregations().get("units"))));
        }
        return words;
    }

    /** How many orders of the slice contain each of the words. */
    public Map<String, Long> counts(Slice slice, List<String> words) {
        Map<String, Long> counts = new HashMap<>();
        if (words.isEmpty()) {
            return counts;
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("size", 0);
        body.put("track_total_hits", false);
        body.set("query", filter(slice));
        ObjectNode terms = body.putObject("aggs").putObject("words").putObject("terms");
        terms.put("field", "words").put("size", words.size());
        ArrayNode include = terms.putArray("include");
        words.forEach(include::add);
        SearchResponse<ObjectNode> response = index.search(body);
        for (StringTermsBucket bucket : response.aggregations().get("words").sterms().buckets().array()) {
            counts.put(bucket.key().stringValue(), bucket.docCount());
        }
        return counts;
    }

    /** A caller with several orders in a slice: how many, the topic of most of them, the newest order. */
    public record Caller(String number, long orders, long topCategoryId, long lastOrderId) {
    }

    /**
     * Callers (not anonymous) with at least two orders in the slice, most orders first. A terms
     * aggregation over the index: a hash of a million callers in PostgreSQL costs a second.
     */
    public List<Caller> repeatCallers(Slice slice, int size) {
        ObjectNode body = JSON.createObjectNode();
        body.put("size", 0);
        body.put("track_total_hits", false);
        ObjectNode query = filter(slice);
        ((ArrayNode) query.get("bool").get("filter")).addObject().putObject("term").put("anonymous", false);
        body.set("query", query);
        ObjectNode callers = body.putObject("aggs").putObject("callers");
        callers.putObject("terms").put("field", "callerNumber").put("size", size).put("min_doc_count", 2);
        ObjectNode sub = callers.putObject("aggs");
        sub.putObject("topic").putObject("terms").put("field", "categoryId").put("size", 1);
        sub.putObject("last").putObject("max").put("field", "workOrderId");
        SearchResponse<ObjectNode> response = index.search(body);
        List<Caller> out = new ArrayList<>();
        for (StringTermsBucket bucket : response.aggregations().get("callers").sterms().buckets().array()) {
            List<Bucket> topic = buckets(bucket.aggregations().get("topic"));
            out.add(new Caller(bucket.key().stringValue(), bucket.docCount(), topic.isEmpty() ? 0 : topic.get(0).id(),
                    bucket.aggregations().get("last").max().value().longValue()));
        }
        return out;
    }

    private static ObjectNode filter(Slice slice) {
        ObjectNode query = JSON.createObjectNode();
        ArrayNode all = query.putObject("bool").putArray("filter");
        all.addObject().putObject("range").putObject("registeredAt").put("gte", slice.start().toString())
                .put("lt", slice.end().toString());
        narrow(all, slice);
        return query;
    }

    private static void narrow(ArrayNode filters, Slice slice) {
        if (slice.districtUnitId() != null) {
            filters.addObject().putObject("term").put("districtUnitId", slice.districtUnitId());
        }
        if (slice.categoryId() != null) {
            filters.addObject().putObject("term").put("categoryIds", slice.categoryId());
        }
    }

    private static List<Bucket> buckets(Aggregate aggregate) {
        if (aggregate == null || !aggregate.isLterms()) {
            return List.of();
        }
        List<Bucket> out = new ArrayList<>();
        for (LongTermsBucket bucket : aggregate.lterms().buckets().array()) {
            out.add(new Bucket(bucket.key(), bucket.docCount()));
        }
        return out;
    }
}

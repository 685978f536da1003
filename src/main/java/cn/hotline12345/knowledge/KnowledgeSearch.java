package cn.hotline12345.knowledge;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.CompletionSuggestOption;
import co.elastic.clients.elasticsearch.core.search.Hit;

import cn.hotline12345.common.HotlineConfig;
import cn.hotline12345.workorder.WorkOrder;
import cn.hotline12345.workorder.WorkOrderQueries;

/** Agent search over the published entries: results with highlights, suggestions, related entries. */
@ApplicationScoped
public class KnowledgeSearch {

    @Inject
    KnowledgeIndex index;

    @Inject
    WorkOrderQueries workOrders;

    @Inject
    HotlineConfig hotline;

    @Inject
    Clock clock;

    private KnowledgeQueries queries;

    /** One result: plain fields, and the title and snippet as safe HTML with the matches marked. */
    public record Result(long entryId, String code, int version, String title, String titleHtml, String snippetHtml,
            String categoryName, long unitId, String unitName, String regionCode, String effectiveFrom,
            String expiresOn, boolean inForce, double score) {
    }

    public record Results(long total, long tookMillis, List<Result> results) {
    }

    public record Suggestion(long entryId, String title) {
    }

    @PostConstruct
    void init() {
        queries = new KnowledgeQueries(IndexFiles.vocabulary());
    }

    public KnowledgeQueries queries() {
        return queries;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(hotline.timeZone()));
    }

    public Results search(SearchCriteria criteria) {
        return results(index.search(queries.search(criteria)), criteria.today());
    }

    /** Completions of the typed words first, then the best search results, without repeats. */
    public List<Suggestion> suggest(String typed, int size) {
        Map<Long, Suggestion> suggestions = new LinkedHashMap<>();
        LocalDate today = today();
        SearchResponse<ObjectNode> completions = index.search(queries.suggest(typed, size));
        for (var suggestion : completions.suggest().getOrDefault("titles", List.of())) {
            for (CompletionSuggestOption<ObjectNode> option : suggestion.completion().options()) {
                ObjectNode source = option.source();
                if (source != null && inForce(source, today)) {
                    long id = source.path("entryId").asLong();
                    suggestions.putIfAbsent(id, new Suggestion(id, source.path("title").asText()));
                }
            }
        }
        if (suggestions.size() < size) {
            for (Result result : search(new SearchCriteria(typed, null, null, null, true, today, 0, size)).results()) {
                suggestions.putIfAbsent(result.entryId(), new Suggestion(result.entryId(), result.title()));
            }
        }
        return suggestions.values().stream().limit(size).toList();
    }

    /** Entries related to a work order's words and topic (the order must be one the reader may see). */
    public Results related(long workOrderId, int size) {
        WorkOrder order = workOrders.get(workOrderId);
        LocalDate today = today();
        return results(index.search(queries.related(order.summary, order.citizenText, order.category.id, today, size)),
                today);
    }

    private Results results(SearchResponse<ObjectNode> response, LocalDate today) {
        List<Result> results = new ArrayList<>();
        for (Hit<ObjectNode> hit : response.hits().hits()) {
            ObjectNode source = hit.source();
            if (source == null) {
                continue;
            }
            Map<String, List<String>> highlight = hit.highlight();
            String title = source.path("title").asText();
            String titleHtml = highlight.containsKey("title") ? String.join("", highlight.get("title")) : escape(title);
            String snippet = highlight.containsKey("summary") ? String.join(" … ", highlight.get("summary"))
                    : escape(source.path("summary").asText());
            results.add(new Result(source.path("entryId").asLong(), source.path("code").asText(),
                    source.path("version").asInt(), title, titleHtml, snippet, source.path("categoryName").asText(),
                    source.path("unitId").asLong(), source.path("unitName").asText(),
                    source.path("regionCode").asText(), text(source, "effectiveFrom"), text(source, "expiresOn"),
                    inForce(source, today), hit.score() == null ? 0 : hit.score()));
        }
        long total = response.hits().total() == null ? results.size() : response.hits().total().value();
        return new Results(total, response.took(), results);
    }

    private static boolean inForce(JsonNode source, LocalDate today) {
        String from = text(source, "effectiveFrom");
        String to = text(source, "expiresOn");
        return (from == null || !LocalDate.parse(from).isAfter(today))
                && (to == null || !LocalDate.parse(to).isBefore(today));
    }

    private static String text(JsonNode source, String field) {
        JsonNode value = source.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}

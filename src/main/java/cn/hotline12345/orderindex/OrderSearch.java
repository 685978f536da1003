package cn.hotline12345.orderindex;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import co.elastic.clients.elasticsearch.core.SearchResponse;

import cn.hotline12345.common.DomainException;
import cn.hotline12345.common.FieldError;
import cn.hotline12345.common.HotlineConfig;
import cn.hotline12345.common.PageRequest;
import cn.hotline12345.common.ProblemType;
import cn.hotline12345.workorder.OrderTextSearch;
import cn.hotline12345.workorder.WorkOrderQueries;

/** The order list's text search, answered by the order index with the list's other filters. */
@ApplicationScoped
public class OrderSearch implements OrderTextSearch {

    /** Elasticsearch pages no deeper than this many hits (index.max_result_window). */
    static final int DEEPEST = 10_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    OrderIndex index;

    @Inject
    HotlineConfig config;

    /** Longest text searched: a sentence of a citizen's words is more than enough to find an order. */
    static final int LONGEST_TEXT = 200;

    @Override
    public Hits search(WorkOrderQueries.Filter filter, Long unitId, Instant now, PageRequest page) {
        if (filter.text().strip().length() > LONGEST_TEXT) {
            throw new DomainException(ProblemType.BAD_PARAMETER,
                    List.of(new FieldError("q", "workorder.search-text-too-long")), "workorder.search-text-too-long",
                    LONGEST_TEXT);
        }
        if ((long) (page.page() + 1) * page.size() > DEEPEST) {
            throw new DomainException(ProblemType.BAD_PARAMETER,
                    List.of(new FieldError("page", "workorder.search-too-deep")), "workorder.search-too-deep", DEEPEST);
        }
        ObjectNode body = query(filter, unitId, now, config.timeZone());
        body.put("from", page.page() * page.size());
        body.put("size", page.size());
        body.put("track_total_hits", true);
        body.put("_source", false);
        ArrayNode sort = body.putArray("sort");
        sort.addObject().put("registeredAt", "desc");
        sort.addObject().put("workOrderId", "desc");
        SearchResponse<ObjectNode> response;
        try {
            response = index.search(body);
        } catch (co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
            // Elasticsearch refused the query itself (too many clauses and the like): the words are the cause.
            throw new DomainException(ProblemType.BAD_PARAMETER, List.of(new FieldError("q", "workorder.search-refused")),
                    "workorder.search-refused");
        }
        List<Long> ids = response.hits().hits().stream().map(hit -> Long.parseLong(hit.id())).toList();
        return new Hits(ids, response.hits().total() == null ? ids.size() : response.hits().total().value());
    }

    /** The query of a filter: the text must match one of the fields, every other filter must hold. */
    static ObjectNode query(WorkOrderQueries.Filter filter, Long unitId, Instant now, ZoneId zone) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode bool = body.putObject("query").putObject("bool");
        String text = filter.text().strip();
        ObjectNode textBool = bool.putArray("must").addObject().putObject("bool");
        ArrayNode should = textBool.putArray("should");
        should.addObject().putObject("term").put("number", text);
        should.addObject().putObject("term").put("callerNumber", text);
        for (String field : List.of("summary", "citizenText", "address")) {
            // Up to three bigrams all must match, of more three in four: words in another order still find it.
            should.addObject().putObject("match").putObject(field).put("query", text)
                    .put("minimum_should_match", "3<75%");
        }
        textBool.put("minimum_should_match", 1);
        ArrayNode filters = bool.putArray("filter");
        if (filter.state() != null) {
            filters.addObject().putObject("term").put("state", filter.state().name());
        }
        if (filter.type() != null) {
            filters.addObject().putObject("term").put("type", filter.type().name());
        }
        if (filter.categoryId() != null) {
            filters.addObject().putObject("term").put("categoryIds", filter.categoryId());
        }
        if (filter.districtUnitId() != null) {
            filters.addObject().putObject("term").put("districtUnitId", filter.districtUnitId());
        }
        if (unitId != null) {
            filters.addObject().putObject("term").put("unitIds", unitId);
        }
        if (filter.from() != null || filter.to() != null) {
            ObjectNode range = filters.addObject().putObject("range").putObject("registeredAt");
            if (filter.from() != null) {
                range.put("gte", filter.from().atStartOfDay(zone).toInstant().toString());
            }
            if (filter.to() != null) {
                range.put("lt", filter.to().plusDays(1).atStartOfDay(zone).toInstant().toString());
            }
        }
        if (filter.overdue() != null) {
            ObjectNode overdue = JSON.createObjectNode();
            ArrayNode all = overdue.putObject("bool").putArray("filter");
            all.addObject().putObject("term").put("awaitingUnit", true);
            all.addObject().putObject("term").put("paused", false);
            all.addObject().putObject("range").putObject("replyDueAt").put("lt", now.toString());
            if (filter.overdue()) {
                filters.add(overdue);
            } else {
                bool.putArray("must_not").add(overdue);
            }
        }
        return body;
    }
}

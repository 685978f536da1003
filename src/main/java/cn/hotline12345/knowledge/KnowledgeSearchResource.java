package cn.hotline12345.knowledge;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.hotline12345.identity.Role;
import cn.hotline12345.common.DomainException;
import cn.hotline12345.common.FieldError;
import cn.hotline12345.common.Params;
import cn.hotline12345.common.ProblemType;
import cn.hotline12345.common.Strings;

/** What agents use during a call: search, suggestions, related entries, "this answered the caller". */
@Path("/api/knowledge")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Knowledge search", description = "知识库检索 for agents")
public class KnowledgeSearchResource {

    static final int MAX_SIZE = 50;
    static final int MAX_QUERY_LENGTH = 200;

    @Inject
    KnowledgeSearch search;

    @Inject
    KnowledgeUsage usage;

    @GET
    @Path("/search")
    @RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR, Role.Names.UNIT_HANDLER, Role.Names.KB_EDITOR,
            Role.Names.KB_REVIEWER, Role.Names.MANAGER, Role.Names.ADMIN})
    @Operation(summary = "Search published entries", description = "q: the question in the citizen's words; "
            + "filters categoryId (with subtopics), unitId, region (440600, a district code or a town unit code: "
            + "entries that apply there), inForce (default true: only entries in force today, Asia/Shanghai). "
            + "Titles and snippets come as HTML with the matches in <mark>.")
    public KnowledgeSearch.Results search(@RestQuery String q, @RestQuery String categoryId, @RestQuery String unitId,
            @RestQuery String region, @RestQuery String inForce, @RestQuery String page, @RestQuery String size) {
        return search.search(criteria(q, categoryId, unitId, region, inForce, page, size));
    }

    @GET
    @Path("/suggest")
    @RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR, Role.Names.UNIT_HANDLER, Role.Names.KB_EDITOR,
            Role.Names.KB_REVIEWER, Role.Names.MANAGER, Role.Names.ADMIN})
    @Operation(summary = "As-you-type suggestions", description = "Titles completing what was typed, then the best "
            + "matches of a search; entries in force only.")
    public List<KnowledgeSearch.Suggestion> suggest(@RestQuery String q, @RestQuery String size) {
        String typed = query(q);
        if (typed == null) {
            return List.of();
        }
        return search.suggest(typed, size(size, 8));
    }

    @GET
    @Path("/related")
    @RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR, Role.Names.MANAGER})
    @Operation(summary = "Entries related to a work order", description = "From the order's summary, the citizen's "
            + "words and its topic.")
    public KnowledgeSearch.Results related(@RestQuery String workOrderId, @RestQuery String size) {
        Long id = Params.longValue("workOrderId", workOrderId);
        if (id == null) {
            throw Params.bad("workOrderId", "");
        }
        return search.related(id, size(size, 5));
    }

    @GET
    @Path("/attachments")
    @RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR, Role.Names.UNIT_HANDLER, Role.Names.MANAGER})
    @Operation(summary = "Entries attached to a work order")
    public List<KnowledgeUsage.Attachment> attachments(@RestQuery String workOrderId) {
        Long id = Params.longValue("workOrderId", workOrderId);
        if (id == null) {
            throw Params.bad("workOrderId", "");
        }
        return usage.attachments(id);
    }

    @GET
    @Path("/search/request")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "The Elasticsearch request a search sends", description = "Same parameters as /search; "
            + "for diagnosing relevance and for benchmarking the raw index.")
    public ObjectNode searchRequest(@RestQuery String q, @RestQuery String categoryId, @RestQuery String unitId,
            @RestQuery String region, @RestQuery String inForce, @RestQuery String page, @RestQuery String size) {
        return search.queries().search(criteria(q, categoryId, unitId, region, inForce, page, size));
    }

    private SearchCriteria criteria(String q, String categoryId, String unitId, String region, String inForce,
            String page, String size) {
        String regionCode = Strings.blankToNull(region);
        if (regionCode != null && !Regions.wellFormed(regionCode)) {
            throw Params.bad("region", region);
        }
        int pageSize = size(size, 10);
        Integer pageNo = Params.intValue("page", page);
        long from = (long) (pageNo == null ? 0 : pageNo) * pageSize;
        if (pageNo != null && (pageNo < 0 || from > 1000)) {
            throw Params.bad("page", page);
        }
        Boolean inForceOnly = Params.booleanValue("inForce", inForce);
        return new SearchCriteria(query(q), Params.longValue("categoryId", categoryId),
                Params.longValue("unitId", unitId), regionCode, inForceOnly == null || inForceOnly, search.today(),
                (int) from, pageSize);
    }

    private static String query(String q) {
        String text = Strings.blankToNull(q);
        if (text != null && text.length() > MAX_QUERY_LENGTH) {
            throw new DomainException(ProblemType.BAD_PARAMETER, List.of(new FieldError("q",
                    "knowledge.query-too-long")), "knowledge.query-too-long", MAX_QUERY_LENGTH);
        }
        return text;
    }

    private static int size(String raw, int fallback) {
        Integer size = Params.intValue("size", raw);
        if (size == null) {
            return fallback;
        }
        if (size < 1 || size > MAX_SIZE) {
            throw Params.bad("size", raw);
        }
        return size;
    }
}

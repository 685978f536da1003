package cn.hotline12345.knowledge;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import cn.hotline12345.identity.Role;
import cn.hotline12345.common.PageRequest;
import cn.hotline12345.common.PageResult;
import cn.hotline12345.common.Params;

/** Knowledge entries and their editing workflow over HTTP. Search is in {@link KnowledgeSearchResource}. */
@Path("/api/knowledge/entries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Knowledge entries", description = "知识库采编: entries, versions, review, rollback, proposals")
public class KnowledgeResource {

    @Inject
    KnowledgeService knowledge;

    @Inject
    KnowledgeUsage usage;

    @GET
    @RolesAllowed({Role.Names.KB_EDITOR, Role.Names.KB_REVIEWER, Role.Names.ADMIN, Role.Names.UNIT_HANDLER})
    @Operation(summary = "List entries for editing", description = "Filters: state (DRAFT, IN_REVIEW — the review "
            + "queue, oldest first —, PUBLISHED, ARCHIVED), q (title or code), categoryId, unitId. A unit handler "
            + "sees its own unit's entries.")
    public PageResult<KnowledgeViews.Summary> list(@RestQuery String state, @RestQuery String q,
            @RestQuery String categoryId, @RestQuery String unitId, @RestQuery String page, @RestQuery String size) {
        var filter = new KnowledgeService.Filter(Params.enumValue("state", KnowledgeState.class, state), q,
                Params.longValue("categoryId", categoryId), Params.longValue("unitId", unitId));
        KnowledgeReferences references = KnowledgeReferences.load();
        return knowledge.list(filter, PageRequest.of(Params.intValue("page", page), Params.intValue("size", size)))
                .map(entry -> KnowledgeViews.Summary.of(entry, references));
    }

    @POST
    @RolesAllowed({Role.Names.KB_EDITOR, Role.Names.KB_REVIEWER})
    @Operation(summary = "Write a new entry (a draft, version 1)")
    public Response create(@Valid @NotNull KnowledgeRequests.Save request) {
        KnowledgeEntry entry = knowledge.create(request);
        return Response.created(URI.create("/api/knowledge/entries/" + entry.id)).entity(knowledge.view(entry)).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR, Role.Names.UNIT_HANDLER, Role.Names.KB_EDITOR,
            Role.Names.KB_REVIEWER, Role.Names.MANAGER, Role.Names.ADMIN})
    @Operation(summary = "One entry", description = "Editors, reviewers and the owning unit see the latest version "
            + "and its state; everyone else the published version.")
    public KnowledgeViews.Entry get(@RestPath long id) {
        return knowledge.view(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Role.Names.KB_EDITOR, Role.Names.KB_REVIEWER})
    @Operation(summary = "Save a new version", description = "The entry goes back to draft; what agents find stays "
            + "the published version until a reviewer publishes again. Saving unchanged content adds no version.")
    public KnowledgeViews.Entry update(@RestPath long id, @Valid @NotNull KnowledgeRequests.Save request) {
        return knowledge.view(knowledge.update(id, request));
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed({Role.Names.KB_EDITOR, Role.Names.KB_REVIEWER})
    @Operation(summary = "Submit for review (提交审核)")
    public KnowledgeViews.Entry submit(@RestPath long id, @Valid @NotNull KnowledgeRequests.Step request) {
        return knowledge.view(knowledge.submit(id, request));
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed({Role.Names.KB_EDITOR, Role.Names.KB_REVIEWER})
    @Operation(summary = "Publish (发布); reviewers only")
    public KnowledgeViews.Entry publish(@RestPath long id, @Valid @NotNull KnowledgeRequests.Step request) {
        return knowledge.view(knowledge.publish(id, request));
    }

    @POST
    @Path("/{id}/reject")
    @RolesAllowed({Role.Names.KB_EDITOR, Role.Names.KB_REVIEWER})
    @Operation(summary = "Send back to the editor with a reason (退回修改); reviewers only")
    public KnowledgeViews.Entry reject(@RestPath long id, @Valid @NotNull KnowledgeRequests.Reject request) {
        return knowledge.view(knowledge.reject(id, request));
    }

    @POST
    @Path("/{id}/archive")
    @RolesAllowed({Role.Names.KB_EDITOR, Role.Names.KB_REVIEWER})
    @Operation(summary = "Archive (归档): gone from agent search; reviewers only")
    public KnowledgeViews.Entry archive(@RestPath long id, @Valid @NotNull KnowledgeRequests.Step request) {
        return knowledge.view(knowledge.archive(id, request));
    }

    @POST
    @Path("/{id}/rollback")
    @RolesAllowed({Role.Names.KB_EDITOR, Role.Names.KB_REVIEWER})
    @Operation(summary = "Publish an earlier version again (回滚); reviewers only")
    public KnowledgeViews.Entry rollback(@RestPath long id, @Valid @NotNull KnowledgeRequests.Rollback request) {
        return knowledge.view(knowledge.rollback(id, request));
    }

    @GET
    @Path("/{id}/versions")
    @RolesAllowed({Role.Names.KB_EDITOR, Role.Names.KB_REVIEWER, Role.Names.ADMIN, Role.Names.UNIT_HANDLER})
    @Operation(summary = "Every saved version, newest first")
    public List<KnowledgeViews.Version> versions(@RestPath long id) {
        return knowledge.versions(id).stream().map(KnowledgeViews.Version::of).toList();
    }

    @GET
    @Path("/{id}/diff")
    @RolesAllowed({Role.Names.KB_EDITOR, Role.Names.KB_REVIEWER, Role.Names.ADMIN, Role.Names.UNIT_HANDLER})
    @Operation(summary = "Compare two versions", description = "from and to are version numbers; only changed fields.")
    public KnowledgeViews.Diff diff(@RestPath long id, @RestQuery String from, @RestQuery String to) {
        return knowledge.diff(id, Params.requiredInt("from", from), Params.requiredInt("to", to));
    }

    @POST
    @Path("/{id}/proposals")
    @RolesAllowed(Role.Names.UNIT_HANDLER)
    @Operation(summary = "Propose a correction (纠错建议)", description = "Only for entries owned by the handler's unit.")
    public Response propose(@RestPath long id, @Valid @NotNull KnowledgeRequests.Propose request) {
        KnowledgeProposal proposal = knowledge.propose(id, request);
        return Response.status(Response.Status.CREATED).entity(KnowledgeViews.Proposal.of(proposal)).build();
    }

    @GET
    @Path("/{id}/proposals")
    @RolesAllowed({Role.Names.KB_EDITOR, Role.Names.KB_REVIEWER, Role.Names.ADMIN, Role.Names.UNIT_HANDLER})
    @Operation(summary = "Proposals about one entry")
    public List<KnowledgeViews.Proposal> proposalsOf(@RestPath long id) {
        return knowledge.proposalsOf(id).stream().map(KnowledgeViews.Proposal::of).toList();
    }

    @POST
    @Path("/{id}/usage")
    @RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR})
    @Operation(summary = "This answered the caller", description = "Counts a use of the entry; with workOrderId the "
            + "entry is attached to that order (201), or was already (200).")
    public Response used(@RestPath long id, @Valid @NotNull KnowledgeRequests.Usage request) {
        boolean recorded = usage.record(id, request.workOrderId());
        return Response.status(recorded ? Response.Status.CREATED : Response.Status.OK)
                .entity(new UsageAnswer(id, request.workOrderId(), recorded)).build();
    }

    public record UsageAnswer(long entryId, Long workOrderId, boolean recorded) {
    }
}

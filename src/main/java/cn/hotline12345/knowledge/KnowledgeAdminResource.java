package cn.hotline12345.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import cn.hotline12345.identity.Role;
import cn.hotline12345.common.DomainException;
import cn.hotline12345.common.FieldError;
import cn.hotline12345.common.PageRequest;
import cn.hotline12345.common.PageResult;
import cn.hotline12345.common.Params;
import cn.hotline12345.common.ProblemType;
import cn.hotline12345.common.Texts;
import cn.hotline12345.web.ErrorResponses;

/** Import, export, the expiry list, proposals and the search index: the editors' and administrators' tools. */
@Path("/api/knowledge")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Knowledge administration", description = "Import and export, expiring entries, proposals, the index")
public class KnowledgeAdminResource {

    @Inject
    KnowledgeImport importer;

    @Inject
    KnowledgeExport exporter;

    @Inject
    KnowledgeService knowledge;

    @Inject
    KnowledgeRebuild rebuild;

    @Inject
    KnowledgeIndex index;

    @Inject
    KnowledgeIndexer indexer;

    @Inject
    KnowledgeCompaction compaction;

    /** An import report with each problem worded in the reader's language. */
    public record ImportAnswer(String format, int rows, int created, int updated, int unchanged, int rejected,
            boolean published, List<ImportProblem> problems) {

        static ImportAnswer of(KnowledgeImport.Report report, java.util.Locale locale) {
            return new ImportAnswer(report.format(), report.rows(), report.created(), report.updated(),
                    report.unchanged(), report.rejected(), report.published(), report.problems().stream()
                            .map(p -> new ImportProblem(p.line(), p.code(), p.field(),
                                    Texts.format(locale, p.messageKey(), p.arguments().toArray())))
                            .toList());
        }
    }

    public record ImportProblem(int line, String code, String field, String message) {
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Role.Names.KB_EDITOR, Role.Names.KB_REVIEWER, Role.Names.ADMIN})
    @Operation(summary = "Import entries from CSV or JSON", description = "Multipart form: file, format (csv or json; "
            + "else from the file name), publish (true: entries are published at once; reviewers and administrators "
            + "only). Rows are matched by code: unchanged rows change nothing, changed rows become a new version. "
            + "Bad rows are reported with their line and reason; good rows load.")
    public ImportAnswer importFile(@RestForm("file") FileUpload file, @RestForm String format,
            @RestForm String publish, HttpHeaders headers) throws IOException {
        if (file == null) {
            throw new DomainException(ProblemType.VALIDATION, List.of(new FieldError("file", "import.no-file")),
                    "import.no-file");
        }
        ImportFormat kind = ImportFormat.of(file.fileName(), format);
        if (kind == null) {
            throw Params.bad("format", format == null ? file.fileName() : format);
        }
        Boolean publishNow = Params.booleanValue("publish", publish);
        KnowledgeImport.Report report;
        try (InputStream in = Files.newInputStream(file.uploadedFile())) {
            report = importer.run(in, kind, publishNow != null && publishNow);
        }
        return ImportAnswer.of(report, ErrorResponses.locale(headers, true));
    }

    @GET
    @Path("/export")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @RolesAllowed({Role.Names.KB_EDITOR, Role.Names.KB_REVIEWER, Role.Names.ADMIN})
    @Operation(summary = "Export every entry's latest version", description = "format=json (default) or csv, the "
            + "import formats: an export imported again changes nothing.")
    public Response export(@RestQuery String format) {
        ImportFormat kind = format == null || format.isBlank() ? ImportFormat.JSON : ImportFormat.of(null, format);
        if (kind == null) {
            throw Params.bad("format", format);
        }
        StreamingOutput body = out -> exporter.write(out, kind);
        String type = kind == ImportFormat.JSON ? "application/json; charset=UTF-8" : "text/csv; charset=UTF-8";
        return Response.ok(body, type).header("Content-Disposition",
                "attachment; filename=\"knowledge." + kind.name().toLowerCase() + "\"").build();
    }

    @GET
    @Path("/expiring")
    @RolesAllowed({Role.Names.KB_EDITOR, Role.Names.KB_REVIEWER, Role.Names.ADMIN, Role.Names.UNIT_HANDLER})
    @Operation(summary = "Entries that stop being in force within 30 days", description = "A unit handler sees "
            + "its own unit's.")
    public List<KnowledgeViews.Summary> expiring() {
        KnowledgeReferences references = KnowledgeReferences.load();
        return knowledge.expiring().stream().map(entry -> KnowledgeViews.Summary.of(entry, references)).toList();
    }

    @GET
    @Path("/proposals")
    @RolesAllowed({Role.Names.KB_EDITOR, Role.Names.KB_REVIEWER, Role.Names.ADMIN, Role.Names.UNIT_HANDLER})
    @Operation(summary = "Correction proposals", description = "state: OPEN, ACCEPTED or DECLINED; a unit handler "
            + "sees its own unit's.")
    public PageResult<KnowledgeViews.Proposal> proposals(@RestQuery String state, @RestQuery String page,
            @RestQuery String size) {
        return knowledge.proposals(Params.enumValue("state", ProposalState.class, state), PageRequest.of(Params.intValue("page", page), Params.intValue("size", size)))
                .map(KnowledgeViews.Proposal::of);
    }

    @POST
    @Path("/proposals/{id}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.KB_EDITOR, Role.Names.KB_REVIEWER})
    @Operation(summary = "Accept a proposal (the editor then edits the entry)")
    public KnowledgeViews.Proposal accept(@RestPath long id,
            @jakarta.validation.Valid @jakarta.validation.constraints.NotNull KnowledgeRequests.Decide request) {
        return KnowledgeViews.Proposal.of(knowledge.decide(id, true, request));
    }

    @POST
    @Path("/proposals/{id}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.KB_EDITOR, Role.Names.KB_REVIEWER})
    @Operation(summary = "Decline a proposal, with a note")
    public KnowledgeViews.Proposal decline(@RestPath long id,
            @jakarta.validation.Valid @jakarta.validation.constraints.NotNull KnowledgeRequests.Decide request) {
        return KnowledgeViews.Proposal.of(knowledge.decide(id, false, request));
    }

    public record IndexStatus(String alias, List<String> indices, long documents, long segments, long outboxBacklog) {
    }

    @GET
    @Path("/index")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "The search index: alias, index, documents, segments, changes waiting to be indexed")
    public IndexStatus indexStatus() {
        return whileReachable(() -> new IndexStatus(index.alias(), List.copyOf(index.indicesBehindAlias()),
                index.count(), index.segments(index.alias()), indexer.backlog()));
    }

    @POST
    @Path("/index/compact")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Merge the search index into one segment", description = "What the nightly job and a large "
            + "import do on their own; searches and indexing go on meanwhile. Waits for a merge already running.")
    public KnowledgeCompaction.Result compactIndex() {
        return whileReachable(compaction::compact);
    }

    private <T> T whileReachable(java.util.function.Supplier<T> work) {
        return index.whileReachable(work);
    }

    @POST
    @Path("/index/rebuild")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Rebuild the index from PostgreSQL", description = "Builds a new index and swaps the alias; "
            + "searches keep answering throughout.")
    public cn.hotline12345.search.IndexRebuild.Result rebuildIndex() {
        return whileReachable(rebuild::rebuild);
    }
}

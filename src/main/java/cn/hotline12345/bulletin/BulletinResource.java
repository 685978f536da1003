package cn.hotline12345.bulletin;

import java.net.URI;
import java.nio.charset.StandardCharsets;
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

import cn.hotline12345.identity.Role;
import cn.hotline12345.common.Params;
import cn.hotline12345.statistics.StatisticsExport;

/**
 * The monthly operation bulletin over HTTP. Managers create, edit and publish; supervisors and
 * member units read what was published (a unit handler: its own line of the unit tables).
 */
@Path("/api/bulletins")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Bulletins", description = "运行情况通报: draft, narrative, typical cases, publish (frozen revisions), PDF, xlsx, CSV")
@RolesAllowed({Role.Names.MANAGER, Role.Names.SUPERVISOR, Role.Names.UNIT_HANDLER})
public class BulletinResource {

    @Inject
    BulletinService bulletins;

    @Inject
    BulletinPdf pdf;

    @Inject
    BulletinWorkbook workbook;

    @GET
    @Operation(summary = "Bulletins, newest month first", description = "Managers see drafts too; others the published ones.")
    public List<BulletinService.Summary> list() {
        return bulletins.list();
    }

    @POST
    @RolesAllowed(Role.Names.MANAGER)
    @Operation(summary = "Create the month's draft (yyyy-MM)", description = "Computes every section; 409 when the month has one.")
    public Response create(@Valid @NotNull BulletinRequests.Create request) {
        BulletinService.Summary made = bulletins.create(Params.monthValue("month", request.month()));
        return Response.created(URI.create("/api/bulletins/" + made.id())).entity(made).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A bulletin", description = "Managers: the working copy, as it would be published now; others: "
            + "the newest published revision. With the list of revisions.")
    public BulletinService.View get(@RestPath long id) {
        return bulletins.view(id);
    }

    @PUT
    @Path("/{id}/narrative")
    @RolesAllowed(Role.Names.MANAGER)
    @Operation(summary = "Write the narrative: foreword, hot issues, good practice, problems")
    public BulletinService.Summary narrative(@RestPath long id, @Valid @NotNull BulletinRequests.Narrative request) {
        return bulletins.narrative(id, request);
    }

    @POST
    @Path("/{id}/refresh")
    @RolesAllowed(Role.Names.MANAGER)
    @Operation(summary = "Count every section again from the records as they are now (the working copy only)")
    public BulletinService.Summary refresh(@RestPath long id, @Valid @NotNull BulletinRequests.Step request) {
        return bulletins.refresh(id, request);
    }

    @POST
    @Path("/{id}/cases")
    @RolesAllowed(Role.Names.MANAGER)
    @Operation(summary = "Pick an order of the month as a typical case (典型案例); personal data is masked")
    public BulletinService.Summary addCase(@RestPath long id, @Valid @NotNull BulletinRequests.AddCase request) {
        return bulletins.addCase(id, request);
    }

    @POST
    @Path("/{id}/cases/{workOrderId}/remove")
    @RolesAllowed(Role.Names.MANAGER)
    @Operation(summary = "Take a typical case out of the working copy")
    public BulletinService.Summary removeCase(@RestPath long id, @RestPath long workOrderId,
            @Valid @NotNull BulletinRequests.Step request) {
        return bulletins.removeCase(id, workOrderId, request);
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed(Role.Names.MANAGER)
    @Operation(summary = "Publish the working copy as the next revision", description = "Freezes the whole document; a "
            + "correction (second revision on) needs a note.")
    public BulletinService.Summary publish(@RestPath long id, @Valid @NotNull BulletinRequests.Publish request) {
        return bulletins.publish(id, request);
    }

    @GET
    @Path("/{id}/revisions/{revision}")
    @Operation(summary = "A published revision, whole")
    public BulletinContent revision(@RestPath long id, @RestPath int revision) {
        return bulletins.revision(id, revision);
    }

    @GET
    @Path("/{id}/revisions/{revision}/bulletin.pdf")
    @Produces("application/pdf")
    @Operation(summary = "A published revision as a PDF, the Chinese font embedded")
    public Response pdf(@RestPath long id, @RestPath int revision) {
        BulletinContent content = bulletins.revision(id, revision);
        return download(pdf.render(content), "application/pdf", content, revision, "pdf");
    }

    @GET
    @Path("/{id}/revisions/{revision}/bulletin.xlsx")
    @Produces(StatisticsExport.XLSX)
    @Operation(summary = "A published revision as a workbook: figures, unit table with scores and ranks, topics, districts")
    public Response xlsx(@RestPath long id, @RestPath int revision) {
        BulletinContent content = bulletins.revision(id, revision);
        return download(workbook.xlsx(content), StatisticsExport.XLSX, content, revision, "xlsx");
    }

    @GET
    @Path("/{id}/revisions/{revision}/units.csv")
    @Produces("text/csv")
    @Operation(summary = "A published revision's unit table as CSV (UTF-8)")
    public Response csv(@RestPath long id, @RestPath int revision) {
        BulletinContent content = bulletins.revision(id, revision);
        return download(workbook.csv(content).getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8", content,
                revision, "csv");
    }

    @GET
    @Path("/{id}/draft.pdf")
    @Produces("application/pdf")
    @RolesAllowed(Role.Names.MANAGER)
    @Operation(summary = "The working copy as a PDF, marked as a draft")
    public Response draftPdf(@RestPath long id) {
        BulletinContent content = bulletins.workingCopy(id);
        return download(pdf.render(content), "application/pdf", content, 0, "pdf");
    }

    private static Response download(byte[] body, String type, BulletinContent content, int revision, String extension) {
        String name = content.month() + (revision == 0 ? "-draft" : "-r" + revision) + "." + extension;
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"bulletin-" + name
                + "\"; filename*=UTF-8''" + java.net.URLEncoder.encode(content.title() + "-" + name,
                        StandardCharsets.UTF_8).replace("+", "%20")).build();
    }
}

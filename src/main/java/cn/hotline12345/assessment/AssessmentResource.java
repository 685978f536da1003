package cn.hotline12345.assessment;

import java.net.URI;
import java.time.YearMonth;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import cn.hotline12345.common.Params;
import cn.hotline12345.statistics.Period;

/** The assessment of member units (考评) over HTTP. A unit handler reads only its own unit's scorecard. */
@Path("/api/assessment")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Assessment", description = "考评: the scheme and its versions, adjustments, ranks within groups, red and black lists, scorecards")
public class AssessmentResource {

    @Inject
    AssessmentService assessment;

    @GET
    @Path("/scheme")
    @RolesAllowed({Role.Names.MANAGER, Role.Names.SUPERVISOR, Role.Names.ADMIN})
    @Operation(summary = "The scheme in force (the newest version)")
    public AssessmentService.Version scheme() {
        return assessment.current();
    }

    @GET
    @Path("/schemes")
    @RolesAllowed({Role.Names.MANAGER, Role.Names.SUPERVISOR, Role.Names.ADMIN})
    @Operation(summary = "Every version of the scheme, newest first")
    public List<AssessmentService.Version> schemes() {
        return assessment.versions();
    }

    @POST
    @Path("/schemes")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Save a new version of the scheme", description = "Weights add up to 100; for each rate, full "
            + "points at or beyond `full`, none at or beyond `zero`, linear between. `baseVersion` is the version edited: "
            + "409 when another was saved meanwhile.")
    public Response save(@Valid @NotNull AssessmentRequests.SaveScheme request) {
        AssessmentService.Version saved = assessment.save(request.definition(), request.baseVersion(), request.note());
        return Response.created(URI.create("/api/assessment/schemes/" + saved.version())).entity(saved).build();
    }

    @GET
    @Path("/results")
    @RolesAllowed({Role.Names.MANAGER, Role.Names.SUPERVISOR})
    @Operation(summary = "Points and ranks of every unit within its group, with the red and black lists",
            description = "from/to: dates in Asia/Shanghai, both included; schemeVersion: an earlier version of the scheme.")
    public AssessmentService.Assessment results(@RestQuery String from, @RestQuery String to,
            @RestQuery String schemeVersion) {
        return assessment.assess(Period.requested(Params.dateValue("from", from), Params.dateValue("to", to)),
                Params.intValue("schemeVersion", schemeVersion));
    }

    @GET
    @Path("/units/{unitId}/scorecard")
    @RolesAllowed({Role.Names.MANAGER, Role.Names.SUPERVISOR, Role.Names.UNIT_HANDLER})
    @Operation(summary = "A unit's scorecard for a month (yyyy-MM)", description = "Figures, points per indicator, rank "
            + "in its group, the last 12 months, adjustments. A unit handler may read only its own unit (404 otherwise).")
    public AssessmentService.Scorecard scorecard(@RestPath long unitId, @RestQuery String month) {
        return assessment.scorecard(unitId, AssessmentRequests.month("month", month));
    }

    @GET
    @Path("/units/{unitId}/lost-points")
    @RolesAllowed({Role.Names.MANAGER, Role.Names.SUPERVISOR, Role.Names.UNIT_HANDLER})
    @Operation(summary = "The work orders behind an indicator's lost points", description = "indicator: a code of the "
            + "scheme; the dispatches its figure counts against the unit (late replies, late sign-for, returns, "
            + "send-backs, dissatisfied citizens…), newest first, and the adjustments made against it.")
    public AssessmentService.LostPoints lostPoints(@RestPath long unitId, @RestQuery String month,
            @RestQuery String indicator, @RestQuery String page, @RestQuery String size) {
        PageRequest paging = PageRequest.of(Params.intValue("page", page), Params.intValue("size", size));
        return assessment.lostPoints(unitId, AssessmentRequests.month("month", month),
                indicator == null ? "" : indicator, paging.page(), paging.size());
    }

    @GET
    @Path("/adjustments")
    @RolesAllowed({Role.Names.MANAGER, Role.Names.SUPERVISOR})
    @Operation(summary = "The adjustments of a month (yyyy-MM) still in force")
    public List<AssessmentService.AdjustmentView> adjustments(@RestQuery String month) {
        return assessment.adjustments(AssessmentRequests.month("month", month));
    }

    @POST
    @Path("/adjustments")
    @RolesAllowed(Role.Names.MANAGER)
    @Operation(summary = "Deduct or add points (扣分/加分) with a reason", description = "Against an indicator of the scheme "
            + "(within its weight) or, without indicator, against the total.")
    public Response adjust(@Valid @NotNull AssessmentRequests.Adjust request) {
        AssessmentService.AdjustmentView made = assessment.adjust(request);
        return Response.created(URI.create("/api/assessment/adjustments/" + made.id())).entity(made).build();
    }

    @POST
    @Path("/adjustments/{id}/withdraw")
    @RolesAllowed(Role.Names.MANAGER)
    @Operation(summary = "Withdraw an adjustment (it stays on record)")
    public Response withdraw(@RestPath long id, @Valid @NotNull AssessmentRequests.Withdraw request) {
        assessment.withdraw(id, request.version());
        return Response.noContent().build();
    }

}

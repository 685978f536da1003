package cn.hotline12345.routing;

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

/** The routing rules over HTTP: administrators keep them, supervisors read them. */
@Path("/api/routing-rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Routing", description = "Which member unit should lead an order")
public class RoutingResource {

    public record RuleView(long id, String name, Long categoryId, String categoryName, Long districtUnitId,
            Long townUnitId, String keywords, long unitId, String unitName, int priority, boolean active, int version) {

        static RuleView of(RoutingRule r) {
            return new RuleView(r.id, r.name, r.category == null ? null : r.category.id,
                    r.category == null ? null : r.category.name, r.districtUnit == null ? null : r.districtUnit.id,
                    r.townUnit == null ? null : r.townUnit.id, r.keywords, r.unit.id, r.unit.name, r.priority, r.active,
                    r.version);
        }
    }

    @Inject
    RoutingService routing;

    @GET
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SUPERVISOR})
    @Operation(summary = "The routing rules, a page at a time", description = "page (from 0) and size (1 to 200, 50 by default).")
    public PageResult<RuleView> rules(@RestQuery String page, @RestQuery String size) {
        return routing.rules(PageRequest.of(Params.intValue("page", page), Params.intValue("size", size)))
                .map(RuleView::of);
    }

    @POST
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Add a routing rule")
    public Response create(@Valid @NotNull RoutingRequests request) {
        RuleView created = RuleView.of(routing.create(request));
        return Response.created(URI.create("/api/routing-rules/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Change a routing rule (send its version; set active=false to retire it)")
    public RuleView update(@RestPath long id, @Valid @NotNull RoutingRequests request) {
        return RuleView.of(routing.update(id, request));
    }
}

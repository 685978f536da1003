package cn.hotline12345.unit;

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

import io.quarkus.security.Authenticated;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import cn.hotline12345.identity.Role;
import cn.hotline12345.common.PageRequest;
import cn.hotline12345.common.PageResult;
import cn.hotline12345.common.Params;

/** The member-unit registry over HTTP. Reading is open to every role (handlers see their own unit only); changes are for administrators. */
@Path("/api/units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Member units", description = "成员单位 registry")
public class MemberUnitResource {

    @Inject
    MemberUnitService units;

    @GET
    @Authenticated
    @Operation(summary = "List units", description = "Filters: q (code or name), level, kind, parentId, active; paged.")
    public PageResult<UnitView> list(@RestQuery String q, @RestQuery String level, @RestQuery String kind,
            @RestQuery String parentId, @RestQuery String active, @RestQuery String page, @RestQuery String size) {
        var filter = new MemberUnitService.Filter(q,
                Params.enumValue("level", UnitLevel.class, level),
                Params.enumValue("kind", UnitKind.class, kind),
                Params.longValue("parentId", parentId),
                Params.booleanValue("active", active));
        PageRequest pageRequest = PageRequest.of(Params.intValue("page", page), Params.intValue("size", size));
        return units.search(filter, pageRequest).map(UnitView::of);
    }

    @GET
    @Path("/choices")
    @RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR, Role.Names.KB_EDITOR, Role.Names.KB_REVIEWER,
            Role.Names.MANAGER, Role.Names.ADMIN})
    @Operation(summary = "Active units for the unit picker", description = "Every active unit with its parent's name "
            + "and the pinyin initials of its name (fsrlzy…), for filtering as one types. Not for unit handlers, "
            + "who see their own unit only.")
    public List<UnitChoice> choices() {
        return units.choices();
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "One unit")
    public UnitView get(@RestPath long id) {
        return UnitView.of(units.get(id));
    }

    @POST
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Add a unit")
    public Response create(@Valid @NotNull UnitRequests.Create request) {
        UnitView created = UnitView.of(units.create(request));
        return Response.created(URI.create("/api/units/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Edit a unit's name, level, kind and phone", description = "Send the version you read; a stale one gets 409.")
    public UnitView update(@RestPath long id, @Valid @NotNull UnitRequests.Update request) {
        return UnitView.of(units.update(id, request));
    }

    @POST
    @Path("/{id}/move")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Move a unit under another parent (or to the top)")
    public UnitView move(@RestPath long id, @Valid @NotNull UnitRequests.Move request) {
        return UnitView.of(units.move(id, request));
    }

    @POST
    @Path("/{id}/deactivate")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Deactivate a unit", description = "Units are never deleted; a deactivated unit keeps its history.")
    public UnitView deactivate(@RestPath long id, @Valid @NotNull UnitRequests.ChangeActive request) {
        return UnitView.of(units.deactivate(id, request));
    }

    @POST
    @Path("/{id}/activate")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Reactivate a unit")
    public UnitView activate(@RestPath long id, @Valid @NotNull UnitRequests.ChangeActive request) {
        return UnitView.of(units.activate(id, request));
    }
}

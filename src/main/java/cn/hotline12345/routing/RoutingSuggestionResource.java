package cn.hotline12345.routing;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import cn.hotline12345.identity.Role;

/** Suggested lead units for an order: what the agent sees beside the dispatch form. */
@Path("/api/work-orders/{id}/routing-suggestions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Routing")
public class RoutingSuggestionResource {

    public record SuggestionView(long unitId, String unitCode, String unitName, RoutingSuggester.Source source,
            String reason) {
    }

    @Inject
    RoutingService routing;

    @GET
    @RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR})
    @Operation(summary = "Suggested lead units for an order, with the reason for each",
            description = "Rules first (the most specific first), then units that answered similar closed orders.")
    public List<SuggestionView> suggestions(@RestPath long id) {
        return routing.suggestFor(id).stream()
                .map(s -> new SuggestionView(s.unit().id, s.unit().code, s.unit().name, s.source(), s.detail()))
                .toList();
    }
}

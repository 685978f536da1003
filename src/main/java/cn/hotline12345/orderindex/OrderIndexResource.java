package cn.hotline12345.orderindex;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.hotline12345.identity.Role;

/** The work-order index for administrators: its state, and a rebuild from PostgreSQL. */
@Path("/api/order-index")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Order index", description = "The work orders' search index in Elasticsearch")
@RolesAllowed(Role.Names.ADMIN)
public class OrderIndexResource {

    @Inject
    OrderIndex index;

    @Inject
    OrderIndexer indexer;

    @Inject
    OrderIndexRebuild rebuild;

    public record State(String alias, java.util.Set<String> indices, long documents, long backlog) {
    }

    @GET
    @Operation(summary = "The alias, its index, the documents in it and the changes not yet indexed")
    public State state() {
        return index.whileReachable(() -> new State(index.alias(), index.indicesBehindAlias(), index.count(),
                indexer.backlog()));
    }

    @POST
    @Path("/rebuild")
    @Operation(summary = "Rebuild the index from PostgreSQL", description = "A new index, then the alias swapped to "
            + "it; text searches keep answering from the old index until then.")
    public cn.hotline12345.search.IndexRebuild.Result rebuild() {
        return index.whileReachable(rebuild::rebuild);
    }
}

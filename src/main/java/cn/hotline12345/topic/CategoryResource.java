package cn.hotline12345.topic;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.security.Authenticated;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The topic tree work orders (and, later, knowledge entries) are filed under. */
@Path("/api/categories")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Work orders")
public class CategoryResource {

    public record CategoryView(long id, String code, String name, Long parentId, boolean active) {
    }

    @GET
    @Operation(summary = "The whole topic tree, parents before children")
    public List<CategoryView> all() {
        return Category.all().stream()
                .map(c -> new CategoryView(c.id, c.code, c.name, c.parent == null ? null : c.parent.id, c.active))
                .toList();
    }
}

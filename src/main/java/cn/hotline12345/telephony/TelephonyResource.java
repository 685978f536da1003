package cn.hotline12345.telephony;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import cn.hotline12345.account.Role;
import cn.hotline12345.common.PageRequest;
import cn.hotline12345.common.Params;

/** Calls as the PBX reported them, the callback list, and the adapter's connection. */
@Path("/api/telephony")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Telephony", description = "Call records from the PBX, callbacks, the AMI connection")
public class TelephonyResource {

    public record Status(AmiConnector.State state, Instant since, String lastError) {
    }

    @Inject
    AmiConnector connector;

    @GET
    @Path("/calls")
    @RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR, Role.Names.MANAGER, Role.Names.ADMIN})
    @Operation(summary = "The latest calls, newest first")
    public List<CallView> calls(@RestQuery String page, @RestQuery String size) {
        return CallRecord.recent(page(page, size)).stream().map(CallView::of).toList();
    }

    @GET
    @Path("/callbacks")
    @RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR, Role.Names.MANAGER, Role.Names.ADMIN})
    @Operation(summary = "Abandoned calls not yet called back, oldest first")
    public List<CallView> callbacks(@RestQuery String page, @RestQuery String size) {
        return CallRecord.callbacks(page(page, size)).stream().map(CallView::of).toList();
    }

    private static PageRequest page(String page, String size) {
        return PageRequest.of(Params.intValue("page", page), Params.intValue("size", size));
    }

    @GET
    @Path("/status")
    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
    @Operation(summary = "The connection to the PBX's manager interface")
    public Status status() {
        return new Status(connector.state(), connector.since(), connector.lastError());
    }
}

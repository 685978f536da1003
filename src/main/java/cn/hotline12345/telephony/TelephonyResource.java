package cn.hotline12345.telephony;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestStreamElementType;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;

import cn.hotline12345.audit.AuditLog;
import cn.hotline12345.identity.CurrentUser;
import cn.hotline12345.identity.Role;
import cn.hotline12345.common.DomainException;
import cn.hotline12345.common.PageRequest;
import cn.hotline12345.common.Params;
import cn.hotline12345.common.ProblemType;

/** Calls as the PBX reported them, the callback list, and the adapter's connection. */
@Path("/api/telephony")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Telephony", description = "Call records from the PBX, callbacks, the AMI connection")
public class TelephonyResource {

    public record Status(AmiConnector.State state, Instant since, String lastError) {
    }

    /** An extension to give an agent; null takes it away. */
    public record AssignExtension(@Pattern(regexp = "[0-9]{2,16}") String extension) {
    }

    @Inject
    AmiConnector connector;

    @Inject
    AuditLog audit;

    @Inject
    AgentDirectory agents;

    @Inject
    ScreenPops screenPops;

    @Inject
    CurrentUser currentUser;

    @Inject
    Dialer dialer;

    @Inject
    AgentConsole console;

    @Inject
    AgentStates agentStates;

    @GET
    @Path("/calls")
    @RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR, Role.Names.MANAGER, Role.Names.ADMIN})
    @Operation(summary = "The latest calls, newest first")
    public List<CallView> calls(@RestQuery String page, @RestQuery String size) {
        return CallRecord.recent(page(page, size)).stream().map(CallView::of).toList();
    }

    @GET
    @Path("/calls/{linkedId}")
    @RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR, Role.Names.MANAGER, Role.Names.ADMIN})
    @Operation(summary = "One call, by its Linkedid (as a work order names it)")
    public CallView call(@RestPath String linkedId) {
        return CallRecord.byLinkedId(linkedId).map(CallView::of)
                .orElseThrow(() -> new DomainException(ProblemType.NOT_FOUND, "problem.telephony.call-not-found"));
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
    @Path("/screen-pops")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR})
    @Blocking // the extension is read from the database before the stream starts
    @Operation(summary = "Server-sent events: a screen pop each time a call connects to the reader's extension")
    public Multi<ScreenPop> screenPops() {
        String extension = agents.extensionOf(currentUser.username()).orElseThrow(
                () -> new DomainException(ProblemType.CONFLICT, "problem.telephony.no-extension"));
        return screenPops.popsFor(extension);
    }

    /** A number to call from the reader's phone; callbackFor names the abandoned call it answers. */
    public record Dial(@NotNull @Pattern(regexp = "[0-9]{3,20}") String number, @Size(max = 64) String callbackFor) {
    }

    @POST
    @Path("/dial")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR})
    @Operation(summary = "Call a citizen from the reader's phone (it rings first); with callbackFor, the abandoned call is called back")
    public Dialer.Dialled dial(@Valid @NotNull Dial request) {
        return dialer.dial(request.number(), request.callbackFor());
    }

    /** The reader's own extension (null when none is assigned) and state at the PBX, if known. */
    public record Me(String extension, AgentState state) {
    }

    /** Pause (示忙) or resume in every queue. */
    public record Pause(@NotNull Boolean paused, @Size(max = 64) String reason) {
    }

    @PUT
    @Path("/me/pause")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR})
    @Operation(summary = "Pause or resume the reader's phone in every queue")
    public Me pause(@Valid @NotNull Pause request) {
        String extension = console.pause(request.paused(), request.reason());
        return new Me(extension, agentStates.of(extension).orElse(null));
    }

    @GET
    @Path("/me")
    @RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR})
    @Operation(summary = "The extension of the reader's phone")
    public Me me() {
        String extension = agents.extensionOf(currentUser.username()).orElse(null);
        return new Me(extension, extension == null ? null : agentStates.of(extension).orElse(null));
    }

    @GET
    @Path("/agent-states")
    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
    @Operation(summary = "Every extension's state in the queues (signed in, paused, idle, ringing, on a call)")
    public List<AgentState> agentStates() {
        return agentStates.all();
    }

    @GET
    @Path("/agents")
    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
    @Operation(summary = "Agents and supervisors with the extension of their phone")
    public List<AgentDirectory.AgentPhone> agentPhones() {
        return agents.agents();
    }

    @PUT
    @Path("/agents/{accountId}/extension")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Give an agent an extension (queue member name and phone), or take it away with null")
    public AgentDirectory.AgentPhone assign(@RestPath long accountId, @Valid @NotNull AssignExtension request) {
        return agents.assign(accountId, request.extension());
    }

    /** How long to stay away from the PBX, and why (kept in the audit). */
    public record HoldOff(@NotNull @Min(1) @Max(3600) Integer seconds, @NotBlank @Size(max = 200) String reason) {
    }

    @POST
    @Path("/connection/hold-off")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Let go of the PBX connection for a maintenance window",
            description = "Asked of the instance holding the connection (its status says CONNECTED; any other answers "
                    + "409): it drops the connection, stays away for the given seconds (at most an hour), then "
                    + "connects again and reconciles calls and CDRs of the time away. Audited; answers RECONNECTING.")
    @Transactional
    public Status holdOff(@Valid @NotNull HoldOff request) {
        // Only the instance that holds the connection can let go of it; elsewhere it would look done and not be.
        if (connector.state() != AmiConnector.State.CONNECTED) {
            throw new DomainException(ProblemType.CONFLICT, "problem.telephony.not-holding", connector.state());
        }
        audit.record("telephony.held-off", "pbx", "ami", java.util.Map.of("seconds", request.seconds(),
                "reason", request.reason()));
        connector.holdOff(java.time.Duration.ofSeconds(request.seconds()));
        return status();
    }

    @GET
    @Path("/status")
    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
    @Operation(summary = "The connection to the PBX's manager interface")
    public Status status() {
        return new Status(connector.state(), connector.since(), connector.lastError());
    }
}

package cn.hotline12345.workorder;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import cn.hotline12345.identity.Role;
import cn.hotline12345.common.PageRequest;
import cn.hotline12345.common.PageResult;
import cn.hotline12345.common.Params;

/** The supervisors' queues over HTTP; the pages under /queues show the same lists. */
@Path("/api/queues")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.SUPERVISOR, Role.Names.MANAGER})
@Tag(name = "Supervisor queues", description = "What waits on the shift supervisor: deadline requests, overdue orders, callbacks")
public class SupervisorQueueResource {

    @Inject
    SupervisorQueues queues;

    @GET
    @Path("/deadline-requests")
    @Operation(summary = "Extension and pause requests waiting for a decision, the oldest first")
    public PageResult<SupervisorQueues.PendingRequest> deadlineRequests(@RestQuery String page, @RestQuery String size) {
        return queues.pendingRequests(page(page, size));
    }

    @GET
    @Path("/overdue")
    @Operation(summary = "The overdue board", description = "Lead units past their reply deadline (not paused, not "
            + "replied), the longest overdue first, and the ten units holding the most.")
    public SupervisorQueues.OverdueBoard overdue(@RestQuery String page, @RestQuery String size) {
        return queues.overdue(page(page, size));
    }

    @GET
    @Path("/callbacks")
    @Operation(summary = "Orders whose reply was accepted and which wait for the callback (回访), the oldest first",
            description = "Callers' numbers are masked; the order itself shows the number to those who call back.")
    public PageResult<SupervisorQueues.CallbackDue> callbacks(@RestQuery String page, @RestQuery String size) {
        return queues.callbacksDue(page(page, size));
    }

    static PageRequest page(String page, String size) {
        return PageRequest.of(Params.intValue("page", page), Params.intValue("size", size));
    }
}

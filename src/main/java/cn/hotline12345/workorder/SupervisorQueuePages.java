package cn.hotline12345.workorder;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import org.jboss.resteasy.reactive.RestQuery;

import cn.hotline12345.identity.Role;
import cn.hotline12345.common.PageRequest;
import cn.hotline12345.common.PageResult;
import cn.hotline12345.common.Params;

/** The supervisors' queues as pages: deadline requests, the overdue board, callbacks due. */
@Path("/queues")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.Names.SUPERVISOR, Role.Names.MANAGER})
public class SupervisorQueuePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance requests(PageResult<SupervisorQueues.PendingRequest> result);

        static native TemplateInstance overdue(SupervisorQueues.OverdueBoard board,
                PageResult<SupervisorQueues.OverdueOrder> result);

        static native TemplateInstance callbacks(PageResult<SupervisorQueues.CallbackDue> result);
    }

    @Inject
    SupervisorQueues queues;

    @GET
    @Path("/deadline-requests")
    public TemplateInstance requests(@RestQuery String page) {
        return Templates.requests(queues.pendingRequests(page(page)));
    }

    @GET
    @Path("/overdue")
    public TemplateInstance overdue(@RestQuery String page) {
        SupervisorQueues.OverdueBoard board = queues.overdue(page(page));
        return Templates.overdue(board, board.orders());
    }

    @GET
    @Path("/callbacks")
    public TemplateInstance callbacks(@RestQuery String page) {
        return Templates.callbacks(queues.callbacksDue(page(page)));
    }

    private static PageRequest page(String page) {
        return PageRequest.of(Params.intValue("page", page), PageRequest.DEFAULT_SIZE);
    }
}

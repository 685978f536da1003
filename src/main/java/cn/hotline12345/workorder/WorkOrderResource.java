package cn.hotline12345.workorder;

import java.net.URI;
import java.time.Clock;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
import cn.hotline12345.common.PageResult;
import cn.hotline12345.common.Params;

/**
 * Work orders over HTTP. Every step answers the order as it now is; a step the state does not
 * allow answers 409 naming the current state, a stale version 409 as well.
 */
@Path("/api/work-orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Work orders", description = "工单: registration, dispatch, the units' replies, review, callback, closing")
// One transaction per request: the step and the order it answers are read and written on one
// connection, and a refused step leaves nothing behind.
@Transactional
public class WorkOrderResource {

    @Inject
    WorkOrderService orders;

    @Inject
    WorkOrderQueries queries;

    @Inject
    DeadlineRequests deadlineRequests;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR, Role.Names.UNIT_HANDLER, Role.Names.MANAGER})
    @Operation(summary = "List orders", description = "Filters: state, type, categoryId (with its subtopics), unitId, "
            + "districtUnitId, from and to (registration dates, Asia/Shanghai, yyyy-MM-dd), overdue, q (number, caller "
            + "number or summary text); newest first; a unit handler sees only its unit's orders.")
    public PageResult<WorkOrderViews.Summary> list(@RestQuery String state, @RestQuery String type,
            @RestQuery String categoryId, @RestQuery String unitId, @RestQuery String districtUnitId,
            @RestQuery String from, @RestQuery String to, @RestQuery String overdue, @RestQuery String q,
            @RestQuery String page, @RestQuery String size) {
        var filter = new WorkOrderQueries.Filter(Params.enumValue("state", WorkOrderState.class, state),
                Params.enumValue("type", WorkOrderType.class, type), Params.longValue("categoryId", categoryId),
                Params.longValue("unitId", unitId), Params.longValue("districtUnitId", districtUnitId),
                Params.dateValue("from", from), Params.dateValue("to", to), Params.booleanValue("overdue", overdue), q);
        return queries.search(filter, PageRequest.of(Params.intValue("page", page), Params.intValue("size", size)))
                .map(WorkOrderViews.Summary::of);
    }

    @GET
    @Path("/inbox")
    @RolesAllowed(Role.Names.UNIT_HANDLER)
    @Operation(summary = "My unit's inbox", description = "Open orders dispatched to the caller's unit, least time left first.")
    public PageResult<WorkOrderViews.InboxItem> inbox(@RestQuery String page, @RestQuery String size) {
        return queries.inbox(PageRequest.of(Params.intValue("page", page), Params.intValue("size", size)))
                .map(dispatch -> WorkOrderViews.InboxItem.of(dispatch, clock.instant()));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR, Role.Names.UNIT_HANDLER, Role.Names.MANAGER})
    @Operation(summary = "One order with its dispatches and full history")
    public WorkOrderViews.Detail get(@RestPath long id) {
        return WorkOrderViews.Detail.of(queries.get(id));
    }

    @POST
    @RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR})
    @Operation(summary = "Register an order (受理)", description = "With \"dispatch\": {leadUnitId, coUnitIds, note} "
            + "it is dispatched in the same step (受理并派单).")
    public Response register(@Valid @NotNull WorkOrderRequests.Register request) {
        WorkOrder order = orders.register(request);
        return Response.created(URI.create("/api/work-orders/" + order.id)).entity(WorkOrderViews.Detail.of(order))
                .build();
    }

    @POST
    @Path("/{id}/answer")
    @RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR})
    @Operation(summary = "Answer directly on the call (直接答复) and close")
    public WorkOrderViews.Detail answer(@RestPath long id, @Valid @NotNull WorkOrderRequests.AnswerDirectly request) {
        return WorkOrderViews.Detail.of(orders.answerDirectly(id, request));
    }

    @POST
    @Path("/{id}/dispatch")
    @RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR})
    @Operation(summary = "Dispatch to a lead unit and co-units (派单)", description = "Starts the sign-for and 22-hour reply deadlines.")
    public WorkOrderViews.Detail dispatch(@RestPath long id, @Valid @NotNull WorkOrderRequests.Dispatch request) {
        return WorkOrderViews.Detail.of(orders.dispatch(id, request));
    }

    @POST
    @Path("/{id}/sign")
    @RolesAllowed(Role.Names.UNIT_HANDLER)
    @Operation(summary = "Sign for the order (签收)")
    public WorkOrderViews.Detail sign(@RestPath long id, @Valid @NotNull WorkOrderRequests.Step request) {
        return WorkOrderViews.Detail.of(orders.sign(id, request));
    }

    @POST
    @Path("/{id}/return")
    @RolesAllowed(Role.Names.UNIT_HANDLER)
    @Operation(summary = "Return as not this unit's responsibility (退单)")
    public WorkOrderViews.Detail returnOrder(@RestPath long id, @Valid @NotNull WorkOrderRequests.Return request) {
        return WorkOrderViews.Detail.of(orders.returnToHotline(id, request));
    }

    @POST
    @Path("/{id}/reply")
    @RolesAllowed(Role.Names.UNIT_HANDLER)
    @Operation(summary = "Reply (答复)", description = "Whether the reply came within the deadline is stored with the dispatch.")
    public WorkOrderViews.Detail reply(@RestPath long id, @Valid @NotNull WorkOrderRequests.Reply request) {
        return WorkOrderViews.Detail.of(orders.reply(id, request));
    }

    @POST
    @Path("/{id}/accept")
    @RolesAllowed(Role.Names.SUPERVISOR)
    @Operation(summary = "Accept the unit's reply (审核通过)")
    public WorkOrderViews.Detail accept(@RestPath long id, @Valid @NotNull WorkOrderRequests.Step request) {
        return WorkOrderViews.Detail.of(orders.acceptReply(id, request));
    }

    @POST
    @Path("/{id}/send-back")
    @RolesAllowed(Role.Names.SUPERVISOR)
    @Operation(summary = "Send the reply back for rework (退回重办)")
    public WorkOrderViews.Detail sendBack(@RestPath long id, @Valid @NotNull WorkOrderRequests.SendBack request) {
        return WorkOrderViews.Detail.of(orders.sendBack(id, request));
    }

    @POST
    @Path("/{id}/callback")
    @RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR})
    @Operation(summary = "Record the callback to the citizen (回访)")
    public WorkOrderViews.Detail callback(@RestPath long id, @Valid @NotNull WorkOrderRequests.Callback request) {
        return WorkOrderViews.Detail.of(orders.callback(id, request));
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed(Role.Names.SUPERVISOR)
    @Operation(summary = "Close the order (办结)")
    public WorkOrderViews.Detail close(@RestPath long id, @Valid @NotNull WorkOrderRequests.Step request) {
        return WorkOrderViews.Detail.of(orders.close(id, request));
    }

    @POST
    @Path("/{id}/urge")
    @RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR})
    @Operation(summary = "Urge the lead unit (催办)")
    public WorkOrderViews.Detail urge(@RestPath long id, @Valid @NotNull WorkOrderRequests.Step request) {
        return WorkOrderViews.Detail.of(orders.urge(id, request));
    }

    @POST
    @Path("/{id}/reopen")
    @RolesAllowed(Role.Names.SUPERVISOR)
    @Operation(summary = "Reopen after a dissatisfied callback (重新办理)", description = "Back to the dispatch queue.")
    public WorkOrderViews.Detail reopen(@RestPath long id, @Valid @NotNull WorkOrderRequests.Reopen request) {
        return WorkOrderViews.Detail.of(orders.reopen(id, request));
    }

    @POST
    @Path("/{id}/supervise")
    @RolesAllowed(Role.Names.SUPERVISOR)
    @Operation(summary = "Put under formal supervision (督办)")
    public WorkOrderViews.Detail supervise(@RestPath long id, @Valid @NotNull WorkOrderRequests.Supervise request) {
        return WorkOrderViews.Detail.of(orders.supervise(id, request));
    }

    @POST
    @Path("/{id}/merge")
    @RolesAllowed(Role.Names.SUPERVISOR)
    @Operation(summary = "Close as a duplicate of another order (合并)")
    public WorkOrderViews.Detail merge(@RestPath long id, @Valid @NotNull WorkOrderRequests.Merge request) {
        return WorkOrderViews.Detail.of(orders.merge(id, request));
    }

    @GET
    @Path("/{id}/possible-duplicates")
    @RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR})
    @Operation(summary = "Orders this one may repeat", description = "The same caller in the last 7 days, or the same "
            + "district and category in the last 3 days with a similar summary.")
    public List<WorkOrderViews.Summary> possibleDuplicates(@RestPath long id) {
        return queries.possibleDuplicates(queries.get(id)).stream().map(WorkOrderViews.Summary::of).toList();
    }

    @POST
    @Path("/{id}/extension")
    @RolesAllowed(Role.Names.UNIT_HANDLER)
    @Operation(summary = "Ask for a later reply deadline (延期申请)")
    public WorkOrderViews.Detail requestExtension(@RestPath long id,
            @Valid @NotNull WorkOrderRequests.RequestExtension request) {
        return WorkOrderViews.Detail.of(deadlineRequests.requestExtension(id, request));
    }

    @POST
    @Path("/{id}/extension/decision")
    @RolesAllowed(Role.Names.SUPERVISOR)
    @Operation(summary = "Approve or refuse an extension", description = "Approval moves the reply deadline; the original stays on record.")
    public WorkOrderViews.Detail decideExtension(@RestPath long id, @Valid @NotNull WorkOrderRequests.Decide decision) {
        return WorkOrderViews.Detail.of(deadlineRequests.decideExtension(id, decision));
    }

    @POST
    @Path("/{id}/pause")
    @RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR, Role.Names.UNIT_HANDLER})
    @Operation(summary = "Ask to stop the clock while waiting on the citizen (挂起)")
    public WorkOrderViews.Detail requestPause(@RestPath long id, @Valid @NotNull WorkOrderRequests.RequestPause request) {
        return WorkOrderViews.Detail.of(deadlineRequests.requestPause(id, request));
    }

    @POST
    @Path("/{id}/pause/decision")
    @RolesAllowed(Role.Names.SUPERVISOR)
    @Operation(summary = "Approve or refuse a pause", description = "Approval stops the unit's clock from now.")
    public WorkOrderViews.Detail decidePause(@RestPath long id, @Valid @NotNull WorkOrderRequests.Decide decision) {
        return WorkOrderViews.Detail.of(deadlineRequests.decidePause(id, decision));
    }

    @POST
    @Path("/{id}/resume")
    @RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR})
    @Operation(summary = "Restart the clock", description = "The deadlines move on by the paused time.")
    public WorkOrderViews.Detail resume(@RestPath long id, @Valid @NotNull WorkOrderRequests.Step request) {
        return WorkOrderViews.Detail.of(deadlineRequests.resume(id, request));
    }
}

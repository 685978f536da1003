package cn.hotline12345.workorder;

import cn.hotline12345.topic.Category;
import java.net.URI;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import cn.hotline12345.common.Strings;
import cn.hotline12345.identity.CurrentUser;
import cn.hotline12345.identity.Role;
import cn.hotline12345.common.HotlineConfig;
import cn.hotline12345.common.PageRequest;
import cn.hotline12345.common.PageResult;
import cn.hotline12345.common.Params;
import cn.hotline12345.common.QueryString;
import cn.hotline12345.unit.MemberUnit;
import cn.hotline12345.unit.UnitKind;
import cn.hotline12345.unit.UnitLevel;
import cn.hotline12345.web.FormSubmission;
import cn.hotline12345.web.PageContext;

/** The work-order pages: register, lists, a unit's inbox, and the order page with the steps the reader may take. */
@Path("/orders")
@Produces(MediaType.TEXT_HTML)
public class WorkOrderPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance register(List<String> errors, List<Category> categories,
                List<MemberUnit> districts, List<MemberUnit> towns);

        static native TemplateInstance list(PageResult<WorkOrder> result, ListQuery query, List<WorkOrderState> states,
                List<WorkOrderType> types, List<Category> categories, List<MemberUnit> districts);

        static native TemplateInstance inbox(PageResult<Dispatch> result);

        static native TemplateInstance detail(WorkOrder order, List<Dispatch> dispatches, List<DeadlineRequest> requests,
                List<WorkOrderEvent> history, Set<String> allowed, List<WorkOrder> duplicates, List<String> errors,
                boolean saved);
    }

    @Inject
    WorkOrderService orders;

    @Inject
    WorkOrderQueries queries;

    @Inject
    DeadlineRequests deadlineRequests;

    @Inject
    Validator validator;

    @Inject
    PageContext page;

    @Inject
    HotlineConfig config;

    @Inject
    CurrentUser currentUser;

    @GET
    @Path("/new")
    @RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR})
    public TemplateInstance registerForm() {
        return registerPage(List.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR})
    public Response register(@RestForm String channel, @RestForm String type, @RestForm String categoryId,
            @RestForm String callerNumber, @RestForm String callerName, @RestForm String anonymous,
            @RestForm String callbackConsent, @RestForm String districtUnitId, @RestForm String townUnitId,
            @RestForm String address, @RestForm String citizenText, @RestForm String summary,
            @RestForm List<String> knowledgeEntryIds, @RestForm String callLinkedId) {
        return FormSubmission.submit(() -> {
            var request = new WorkOrderRequests.Register(Params.enumValue("channel", Channel.class, channel),
                    Params.enumValue("type", WorkOrderType.class, type), Params.longValue("categoryId", categoryId),
                    Strings.blankToNull(callerNumber), callerName, anonymous != null, callbackConsent != null,
                    Params.longValue("districtUnitId", districtUnitId), Params.longValue("townUnitId", townUnitId),
                    address, citizenText, summary, null, knowledgeIds(knowledgeEntryIds),
                    Strings.blankToNull(callLinkedId));
            return detailUri(orders.register(FormSubmission.validated(validator, request)).id);
        }, this::registerPage, page.locale());
    }

    /** The entries picked in the knowledge panel, sent as hidden fields of the form. */
    private static List<Long> knowledgeIds(List<String> raw) {
        if (raw == null) {
            return null;
        }
        return raw.stream().filter(value -> !value.isBlank()).map(value -> Params.longValue("knowledgeEntryIds", value))
                .distinct().toList();
    }

    @GET
    @RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR, Role.Names.MANAGER, Role.Names.UNIT_HANDLER})
    public TemplateInstance list(@RestQuery String state, @RestQuery String type, @RestQuery String categoryId,
            @RestQuery String districtUnitId, @RestQuery String from, @RestQuery String to, @RestQuery String overdue,
            @RestQuery String q, @RestQuery String page) {
        var filter = new WorkOrderQueries.Filter(Params.enumValue("state", WorkOrderState.class, state),
                Params.enumValue("type", WorkOrderType.class, type), Params.longValue("categoryId", categoryId), null,
                Params.longValue("districtUnitId", districtUnitId), Params.dateValue("from", from),
                Params.dateValue("to", to), Params.booleanValue("overdue", overdue), q);
        var query = new ListQuery(state, type, categoryId, districtUnitId, from, to, overdue, q);
        return Templates.list(queries.search(filter, PageRequest.of(Params.intValue("page", page),
                PageRequest.DEFAULT_SIZE)), query, List.of(WorkOrderState.values()), List.of(WorkOrderType.values()),
                Category.all(), districts());
    }

    /** The list's filters as the reader set them, and as a query string for the paging links. */
    public record ListQuery(String state, String type, String categoryId, String districtUnitId, String from,
            String to, String overdue, String q) {

        public String asQueryString() {
            return QueryString.of("state", state, "type", type, "categoryId", categoryId, "districtUnitId",
                    districtUnitId, "from", from, "to", to, "overdue", overdue, "q", q);
        }
    }

    private static List<MemberUnit> districts() {
        return MemberUnit.list("level = ?1 and kind = ?2 and active = true order by code", UnitLevel.DISTRICT,
                UnitKind.GOVERNMENT);
    }

    @GET
    @Path("/inbox")
    @RolesAllowed(Role.Names.UNIT_HANDLER)
    public TemplateInstance inbox(@RestQuery String page) {
        return Templates.inbox(queries.inbox(PageRequest.of(Params.intValue("page", page), PageRequest.DEFAULT_SIZE)));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR, Role.Names.MANAGER, Role.Names.UNIT_HANDLER})
    public TemplateInstance detail(@RestPath long id, @RestQuery boolean saved) {
        return detailPage(id, List.of(), saved);
    }

    @POST
    @Path("/{id}/answer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR})
    public Response answer(@RestPath long id, @RestForm String answer, @RestForm String version) {
        return act(id, () -> orders.answerDirectly(id, valid(new WorkOrderRequests.AnswerDirectly(answer, v(version)))));
    }

    @POST
    @Path("/{id}/dispatch")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR})
    public Response dispatch(@RestPath long id, @RestForm String leadUnitCode, @RestForm String coUnitCodes,
            @RestForm String note, @RestForm String version) {
        return act(id, () -> {
            List<Long> coUnits = coUnitCodes == null ? List.of() : Arrays.stream(coUnitCodes.split("[,，、\\s]+"))
                    .filter(code -> !code.isBlank()).map(MemberUnit::idOfCode).filter(Objects::nonNull).toList();
            return orders.dispatch(id, valid(new WorkOrderRequests.Dispatch(MemberUnit.idOfCode(leadUnitCode), coUnits,
                    note, v(version))));
        });
    }

    @POST
    @Path("/{id}/sign")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.Names.UNIT_HANDLER)
    public Response sign(@RestPath long id, @RestForm String version) {
        return act(id, () -> orders.sign(id, valid(new WorkOrderRequests.Step(null, v(version)))));
    }

    @POST
    @Path("/{id}/return")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.Names.UNIT_HANDLER)
    public Response returnOrder(@RestPath long id, @RestForm String reason, @RestForm String version) {
        return act(id, () -> orders.returnToHotline(id, valid(new WorkOrderRequests.Return(reason, v(version)))));
    }

    @POST
    @Path("/{id}/reply")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.Names.UNIT_HANDLER)
    public Response reply(@RestPath long id, @RestForm String text, @RestForm String outcome, @RestForm String version) {
        return act(id, () -> orders.reply(id, valid(new WorkOrderRequests.Reply(text,
                Params.enumValue("outcome", ReplyOutcome.class, outcome), v(version)))));
    }

    @POST
    @Path("/{id}/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.Names.SUPERVISOR)
    public Response accept(@RestPath long id, @RestForm String note, @RestForm String version) {
        return act(id, () -> orders.acceptReply(id, valid(new WorkOrderRequests.Step(note, v(version)))));
    }

    @POST
    @Path("/{id}/send-back")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.Names.SUPERVISOR)
    public Response sendBack(@RestPath long id, @RestForm String reason, @RestForm String version) {
        return act(id, () -> orders.sendBack(id, valid(new WorkOrderRequests.SendBack(reason, v(version)))));
    }

    @POST
    @Path("/{id}/callback")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR})
    public Response callback(@RestPath long id, @RestForm String satisfaction, @RestForm String note,
            @RestForm String version) {
        return act(id, () -> orders.callback(id, valid(new WorkOrderRequests.Callback(
                Params.enumValue("satisfaction", Satisfaction.class, satisfaction), note, v(version)))));
    }

    @POST
    @Path("/{id}/close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.Names.SUPERVISOR)
    public Response close(@RestPath long id, @RestForm String note, @RestForm String version) {
        return act(id, () -> orders.close(id, valid(new WorkOrderRequests.Step(note, v(version)))));
    }

    @POST
    @Path("/{id}/urge")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR})
    public Response urge(@RestPath long id, @RestForm String note, @RestForm String version) {
        return act(id, () -> orders.urge(id, valid(new WorkOrderRequests.Step(note, v(version)))));
    }

    @POST
    @Path("/{id}/extension")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.Names.UNIT_HANDLER)
    public Response requestExtension(@RestPath long id, @RestForm String until, @RestForm String reason,
            @RestForm String version) {
        return act(id, () -> deadlineRequests.requestExtension(id, valid(new WorkOrderRequests.RequestExtension(
                until == null || until.isBlank() ? null
                        : LocalDateTime.parse(until).atZone(config.timeZone()).toInstant(), reason, v(version)))));
    }

    @POST
    @Path("/{id}/pause")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR, Role.Names.UNIT_HANDLER})
    public Response requestPause(@RestPath long id, @RestForm String reason, @RestForm String version) {
        return act(id, () -> deadlineRequests.requestPause(id, valid(new WorkOrderRequests.RequestPause(reason, v(version)))));
    }

    @POST
    @Path("/{id}/resume")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR})
    public Response resume(@RestPath long id, @RestForm String version) {
        return act(id, () -> deadlineRequests.resume(id, valid(new WorkOrderRequests.Step(null, v(version)))));
    }

    @POST
    @Path("/{id}/decide")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.Names.SUPERVISOR)
    public Response decide(@RestPath long id, @RestForm String requestId, @RestForm String kind,
            @RestForm String decision, @RestForm String note, @RestForm String version) {
        return act(id, () -> {
            var request = valid(new WorkOrderRequests.Decide(Params.longValue("requestId", requestId),
                    "approve".equals(decision), note, v(version)));
            return "PAUSE".equals(kind) ? deadlineRequests.decidePause(id, request) : deadlineRequests.decideExtension(id, request);
        });
    }

    @POST
    @Path("/{id}/reopen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.Names.SUPERVISOR)
    public Response reopen(@RestPath long id, @RestForm String reason, @RestForm String version) {
        return act(id, () -> orders.reopen(id, valid(new WorkOrderRequests.Reopen(reason, v(version)))));
    }

    @POST
    @Path("/{id}/supervise")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.Names.SUPERVISOR)
    public Response supervise(@RestPath long id, @RestForm String note, @RestForm String version) {
        return act(id, () -> orders.supervise(id, valid(new WorkOrderRequests.Supervise(note, v(version)))));
    }

    @POST
    @Path("/{id}/merge")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.Names.SUPERVISOR)
    public Response merge(@RestPath long id, @RestForm String intoId, @RestForm String note, @RestForm String version) {
        return act(id, () -> orders.merge(id, valid(new WorkOrderRequests.Merge(Params.longValue("intoId", intoId), note,
                v(version)))));
    }

    private Response act(long id, Supplier<WorkOrder> step) {
        return FormSubmission.step(step::get, URI.create("/orders/" + id + "?saved=true"), errors -> detailPage(id, errors, false),
                page.locale());
    }

    private TemplateInstance detailPage(long id, List<String> errors, boolean saved) {
        WorkOrder order = queries.get(id);
        boolean hotline = currentUser.is(Role.AGENT) || currentUser.is(Role.SUPERVISOR);
        List<WorkOrder> duplicates = hotline && order.state.isOpen() ? queries.possibleDuplicates(order) : List.of();
        return Templates.detail(order, Dispatch.ofOrder(id), DeadlineRequest.ofOrder(id), WorkOrderEvent.ofOrder(id),
                queries.allowedActions(order), duplicates, errors, saved);
    }

    private TemplateInstance registerPage(List<String> errors) {
        return Templates.register(errors, Category.all(), districts(),
                MemberUnit.list("level = ?1 and active = true order by code", UnitLevel.TOWN));
    }

    private <T> T valid(T request) {
        return FormSubmission.validated(validator, request);
    }

    private static Integer v(String version) {
        return Params.intValue("version", version);
    }

    private static URI detailUri(long id) {
        return URI.create("/orders/" + id + "?saved=true");
    }

}

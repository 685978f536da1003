package cn.hotline12345.bulletin;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
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

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import cn.hotline12345.identity.Role;
import cn.hotline12345.common.DomainException;
import cn.hotline12345.common.FieldError;
import cn.hotline12345.common.Params;
import cn.hotline12345.common.ProblemType;
import cn.hotline12345.statistics.Chart;
import cn.hotline12345.statistics.Labels;
import cn.hotline12345.statistics.StatisticsMessages;
import cn.hotline12345.statistics.OrderFigures;
import cn.hotline12345.unit.UnitGroup;
import cn.hotline12345.web.FormSubmission;
import cn.hotline12345.web.PageContext;
import cn.hotline12345.workorder.WorkOrder;

/** The bulletin pages: the list, a bulletin as a document with its charts, and the managers' editing. */
@Path("/bulletins")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.Names.MANAGER, Role.Names.SUPERVISOR, Role.Names.UNIT_HANDLER})
public class BulletinPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<BulletinService.Summary> bulletins, List<String> errors);

        static native TemplateInstance bulletin(BulletinService.View view, Integer shownRevision, Charts charts,
                List<String> errors, boolean saved);
    }

    /** The page's charts, drawn by ECharts from the same stored figures as the PDF's. */
    public record Charts(Chart trend, Chart categories, Chart ranking) {
    }

    @Inject
    BulletinService bulletins;

    @Inject
    PageContext page;

    @Inject
    Validator validator;

    @GET
    public TemplateInstance list() {
        return Templates.list(bulletins.list(), List.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.Names.MANAGER)
    public Response create(@RestForm String month) {
        return FormSubmission.submit(() -> URI.create("/bulletins/" + bulletins.create(Params.monthValue("month", month)).id()),
                errors -> Templates.list(bulletins.list(), errors), page.locale());
    }

    @GET
    @Path("/{id}")
    public TemplateInstance bulletin(@RestPath long id, @org.jboss.resteasy.reactive.RestQuery String saved) {
        return bulletinPage(id, null, List.of(), saved != null);
    }

    @GET
    @Path("/{id}/revisions/{revision}")
    public TemplateInstance revision(@RestPath long id, @RestPath int revision) {
        return bulletinPage(id, revision, List.of(), false);
    }

    @POST
    @Path("/{id}/narrative")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.Names.MANAGER)
    public Response narrative(@RestPath long id, @RestForm String foreword, @RestForm String hotIssues,
            @RestForm String goodPractice, @RestForm String problems, @RestForm String version) {
        return act(id, () -> bulletins.narrative(id, valid(new BulletinRequests.Narrative(foreword, hotIssues,
                goodPractice, problems, Params.intValue("version", version)))));
    }

    @POST
    @Path("/{id}/refresh")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.Names.MANAGER)
    public Response refresh(@RestPath long id, @RestForm String version) {
        return act(id, () -> bulletins.refresh(id, valid(new BulletinRequests.Step(Params.intValue("version", version)))));
    }

    @POST
    @Path("/{id}/cases")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.Names.MANAGER)
    public Response addCase(@RestPath long id, @RestForm String number, @RestForm String note, @RestForm String version) {
        return act(id, () -> {
            WorkOrder order = number == null ? null : WorkOrder.find("number", number.strip()).firstResult();
            if (order == null) {
                throw new DomainException(ProblemType.RULE_VIOLATION,
                        List.of(new FieldError("number", "bulletin.case-not-of-month")), "bulletin.case-not-of-month",
                        "number");
            }
            return bulletins.addCase(id, valid(new BulletinRequests.AddCase(order.id, note,
                    Params.intValue("version", version))));
        });
    }

    @POST
    @Path("/{id}/cases/{workOrderId}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.Names.MANAGER)
    public Response removeCase(@RestPath long id, @RestPath long workOrderId, @RestForm String version) {
        return act(id, () -> bulletins.removeCase(id, workOrderId, valid(new BulletinRequests.Step(
                Params.intValue("version", version)))));
    }

    @POST
    @Path("/{id}/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.Names.MANAGER)
    public Response publish(@RestPath long id, @RestForm String note, @RestForm String version) {
        return act(id, () -> bulletins.publish(id, valid(new BulletinRequests.Publish(note,
                Params.intValue("version", version)))));
    }

    private Response act(long id, Supplier<BulletinService.Summary> step) {
        return FormSubmission.submit(() -> {
            step.get();
            return URI.create("/bulletins/" + id + "?saved=true");
        }, errors -> bulletinPage(id, null, errors, false), page.locale());
    }

    private TemplateInstance bulletinPage(long id, Integer revision, List<String> errors, boolean saved) {
        BulletinService.View view = bulletins.view(id);
        if (revision != null) {
            view = new BulletinService.View(view.summary(), bulletins.revision(id, revision), false, view.revisions());
        }
        return Templates.bulletin(view, revision, charts(view.content(), Labels.of(page.locale())), errors, saved);
    }

    static Charts charts(BulletinContent b, StatisticsMessages labels) {
        List<BulletinContent.MonthTrend> trend = b.figures().trend();
        List<String> months = trend.stream().map(t -> t.month().toString()).toList();
        Chart lines = Chart.lines("", months, List.of(
                new Chart.Series(labels.orders_registered(), trend.stream().map(BulletinContent.MonthTrend::registered).toList()),
                new Chart.Series(labels.calls_offered(), trend.stream().map(BulletinContent.MonthTrend::offered).toList())), false);
        List<OrderFigures.Named> categories = b.figures().orders().current().byCategory();
        Chart pie = Chart.pie("", categories.stream().map(n -> n.name() == null ? "—" : n.name()).toList(),
                categories.stream().map(OrderFigures.Named::count).toList());
        List<BulletinContent.UnitLine> ranked = b.figures().units().groups().stream()
                .filter(g -> g.group() == UnitGroup.CITY_DEPARTMENT).flatMap(g -> g.rows().stream())
                .filter(BulletinContent.UnitLine::ranked).sorted(Comparator.comparing(BulletinContent.UnitLine::rank))
                .limit(15).toList();
        Chart ranking = Chart.ranking("", ranked.stream().map(BulletinContent.UnitLine::unitName).toList(),
                new Chart.Series(labels.scorecard_points(), ranked.stream().map(r -> r.total().doubleValue()).toList()), false);
        return new Charts(lines, pie, ranking);
    }

    private <T> T valid(T request) {
        return FormSubmission.validated(validator, request);
    }
}

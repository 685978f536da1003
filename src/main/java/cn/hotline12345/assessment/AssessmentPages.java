package cn.hotline12345.assessment;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import cn.hotline12345.identity.CurrentUser;
import cn.hotline12345.identity.Role;
import cn.hotline12345.common.HotlineConfig;
import cn.hotline12345.common.Params;
import cn.hotline12345.common.Strings;
import cn.hotline12345.statistics.Chart;
import cn.hotline12345.statistics.Labels;
import cn.hotline12345.statistics.StatisticsMessages;
import cn.hotline12345.statistics.Period;
import cn.hotline12345.web.FormSubmission;
import cn.hotline12345.web.PageContext;

/** The assessment pages: the month's ranks and lists, scorecards with their lost points, the scheme (admins). */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class AssessmentPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance results(String month, AssessmentService.Assessment assessment,
                List<AssessmentService.AdjustmentView> adjustments, List<String> errors);

        static native TemplateInstance scorecard(AssessmentService.Scorecard card, Chart trend, List<String> errors);

        static native TemplateInstance lost(AssessmentService.Scorecard card, AssessmentService.LostPoints lost);

        static native TemplateInstance scheme(AssessmentService.Version current, List<AssessmentService.Version> versions,
                List<Measure> measures, List<Integer> blankRows, List<String> errors, boolean saved);
    }

    @Inject
    AssessmentService assessment;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageContext page;

    @Inject
    Validator validator;

    @Inject
    HotlineConfig config;

    @Inject
    Clock clock;

    @GET
    @Path("/assessment")
    @RolesAllowed({Role.Names.MANAGER, Role.Names.SUPERVISOR, Role.Names.UNIT_HANDLER})
    public Response results(@RestQuery String month) {
        if (currentUser.is(Role.UNIT_HANDLER)) {
            return Response.seeOther(URI.create("/assessment/units/" + currentUser.unitId())).build();
        }
        return Response.ok(resultsPage(month(month), List.of())).build();
    }

    @POST
    @Path("/assessment/adjustments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.Names.MANAGER)
    public Response adjust(@RestForm String month, @RestForm String unitId, @RestForm String indicator,
            @RestForm String points, @RestForm String reason, @RestForm String workOrderId, @RestForm String back) {
        YearMonth shown = month(month);
        return FormSubmission.submit(() -> {
            assessment.adjust(FormSubmission.validated(validator, new AssessmentRequests.Adjust(month,
                    Params.longValue("unitId", unitId), Strings.blankToNull(indicator), decimal("points", points), reason,
                    Params.longValue("workOrderId", workOrderId))));
            return URI.create(back(back, "/assessment?month=" + shown));
        }, errors -> resultsPage(shown, errors), page.locale());
    }

    @POST
    @Path("/assessment/adjustments/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.Names.MANAGER)
    public Response withdraw(@RestPath long id, @RestForm String version, @RestForm String month, @RestForm String back) {
        YearMonth shown = month(month);
        return FormSubmission.submit(() -> {
            assessment.withdraw(id, Params.requiredInt("version", version));
            return URI.create(back(back, "/assessment?month=" + shown));
        }, errors -> resultsPage(shown, errors), page.locale());
    }

    @GET
    @Path("/assessment/units/{unitId}")
    @RolesAllowed({Role.Names.MANAGER, Role.Names.SUPERVISOR, Role.Names.UNIT_HANDLER})
    public TemplateInstance scorecard(@RestPath long unitId, @RestQuery String month) {
        return scorecardPage(unitId, month(month), List.of());
    }

    @GET
    @Path("/assessment/units/{unitId}/lost")
    @RolesAllowed({Role.Names.MANAGER, Role.Names.SUPERVISOR, Role.Names.UNIT_HANDLER})
    public TemplateInstance lost(@RestPath long unitId, @RestQuery String month, @RestQuery String indicator) {
        AssessmentService.Scorecard card = assessment.scorecard(unitId, month(month));
        return Templates.lost(card, assessment.lostPoints(card, indicator == null ? "" : indicator, 0, 200));
    }

    @GET
    @Path("/admin/assessment-scheme")
    @RolesAllowed(Role.Names.ADMIN)
    public TemplateInstance scheme(@RestQuery String saved) {
        return schemePage(List.of(), saved != null);
    }

    @POST
    @Path("/admin/assessment-scheme")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.Names.ADMIN)
    public Response saveScheme(MultivaluedMap<String, String> form) {
        return FormSubmission.submit(() -> {
            List<AssessmentRequests.Indicator> indicators = new ArrayList<>();
            for (int i = 0; i < 40 && form.containsKey("code_" + i); i++) {
                String code = Strings.blankToNull(form.getFirst("code_" + i));
                if (code == null) {
                    continue;
                }
                indicators.add(new AssessmentRequests.Indicator(code, form.getFirst("label_" + i),
                        Params.enumValue("measure_" + i, Measure.class, form.getFirst("measure_" + i)),
                        decimal("weight_" + i, form.getFirst("weight_" + i)), fraction("full_" + i, form.getFirst("full_" + i)),
                        fraction("zero_" + i, form.getFirst("zero_" + i))));
            }
            var request = new AssessmentRequests.SaveScheme(form.getFirst("name"),
                    Params.intValue("minOrders", form.getFirst("minOrders")),
                    Params.intValue("listSize", form.getFirst("listSize")), indicators, form.getFirst("note"),
                    Params.intValue("baseVersion", form.getFirst("baseVersion")));
            FormSubmission.validated(validator, request);
            assessment.save(request.definition(), request.baseVersion(), request.note());
            return URI.create("/admin/assessment-scheme?saved=true");
        }, errors -> schemePage(errors, false), page.locale());
    }

    // --- pages --------------------------------------------------------------------------------

    private TemplateInstance resultsPage(YearMonth month, List<String> errors) {
        return Templates.results(month.toString(), assessment.assess(Period.month(month), null),
                assessment.adjustments(month), errors);
    }

    private TemplateInstance scorecardPage(long unitId, YearMonth month, List<String> errors) {
        AssessmentService.Scorecard card = assessment.scorecard(unitId, month);
        List<String> months = card.trend().stream().map(t -> t.month().toString()).toList();
        StatisticsMessages labels = Labels.of(page.locale());
        Chart trend = Chart.lines("", months, List.of(
                new Chart.Series(labels.units_on_time(), Chart.percents(card.trend().stream()
                        .map(AssessmentService.TrendPoint::repliedOnTimeRate).toList())),
                new Chart.Series(labels.units_signed(), Chart.percents(card.trend().stream()
                        .map(AssessmentService.TrendPoint::signedOnTimeRate).toList())),
                new Chart.Series(labels.units_satisfaction(), Chart.percents(card.trend().stream()
                        .map(AssessmentService.TrendPoint::satisfactionRate).toList())),
                new Chart.Series(labels.scorecard_points(), card.trend().stream()
                        .map(t -> t.total() == null ? null : t.total().doubleValue()).toList())), true);
        return Templates.scorecard(card, trend, errors);
    }

    private TemplateInstance schemePage(List<String> errors, boolean saved) {
        AssessmentService.Version current = assessment.current();
        int size = current.definition().indicators().size();
        return Templates.scheme(current, assessment.versions(), List.of(Measure.values()), List.of(size, size + 1), errors,
                saved);
    }

    private YearMonth month(String raw) {
        if (raw == null || raw.isBlank()) {
            // The assessment of a month is read once it is over: last month by default.
            return YearMonth.now(clock.withZone(config.timeZone())).minusMonths(1);
        }
        return Params.monthValue("month", raw);
    }

    private static String back(String back, String otherwise) {
        return back != null && back.startsWith("/") && !back.startsWith("//") ? back : otherwise;
    }

    private static BigDecimal decimal(String name, String raw) {
        return parse(name, raw, BigDecimal::new);
    }

    private static Double fraction(String name, String raw) {
        return parse(name, raw, Double::valueOf);
    }

    private static <T> T parse(String name, String raw, Function<String, T> parser) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return parser.apply(raw.strip());
        } catch (NumberFormatException e) {
            throw Params.bad(name, raw);
        }
    }

}

package cn.hotline12345.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import cn.hotline12345.identity.Role;
import cn.hotline12345.common.HotlineConfig;
import cn.hotline12345.common.QueryString;
import cn.hotline12345.unit.MemberUnit;
import cn.hotline12345.unit.UnitGroup;
import cn.hotline12345.unit.UnitKind;
import cn.hotline12345.unit.UnitLevel;
import cn.hotline12345.topic.Category;
import cn.hotline12345.workorder.Channel;
import cn.hotline12345.workorder.WorkOrderType;

/** The statistics page: any period and scope, with charts, the unit table and the hot topics; every table to .xlsx. */
@Path("/statistics")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.Names.MANAGER, Role.Names.SUPERVISOR})
public class StatisticsPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(Query query, Report report, Choices choices);
    }

    @Inject
    StatisticsService statistics;

    @Inject
    HotTopics hotTopics;

    @Inject
    StatisticsExport export;

    @Inject
    HotlineConfig config;

    @Inject
    Clock clock;

    @Inject
    cn.hotline12345.web.PageContext page;

    /** The filters as the reader set them, and the quick periods. */
    public record Query(String from, String to, String districtUnitId, String categoryId, String channel, String type,
            String group, List<QuickPeriod> quick) {

        public String asQueryString() {
            return QueryString.of("from", from, "to", to, "districtUnitId", districtUnitId, "categoryId", categoryId,
                    "channel", channel, "type", type, "group", group);
        }
    }

    public record QuickPeriod(String key, String from, String to) {
    }

    public record Choices(List<MemberUnit> districts, List<Category> categories, List<Channel> channels,
            List<WorkOrderType> types, List<UnitGroup> groups) {
    }

    /** Everything the page shows, with its charts. */
    public record Report(Period period, StatisticsService.Compared<CallFigures> calls,
            StatisticsService.Compared<OrderFigures> orders, StatisticsService.UnitTable units, HotTopics.Report topics,
            Chart callsByHour, Chart ordersByDay, Chart byCategory, Chart ranking) {
    }

    @GET
    public TemplateInstance overview(@RestQuery String from, @RestQuery String to, @RestQuery String districtUnitId,
            @RestQuery String categoryId, @RestQuery String channel, @RestQuery String type, @RestQuery String group) {
        LocalDate today = LocalDate.now(clock.withZone(config.timeZone()));
        Period period = from == null && to == null ? Period.month(YearMonth.from(today))
                : StatisticsResource.period(from, to);
        Scope scope = StatisticsResource.scope(group, districtUnitId, null, categoryId, channel, type);
        Query query = new Query(period.from().toString(), period.to().toString(), districtUnitId, categoryId, channel,
                type, group, quick(today));
        return Templates.overview(query, report(period, scope, Labels.of(page.locale())), choices());
    }

    @GET
    @Path("/export.xlsx")
    @Produces(StatisticsExport.XLSX)
    public Response exportXlsx(@RestQuery String from, @RestQuery String to, @RestQuery String districtUnitId,
            @RestQuery String categoryId, @RestQuery String channel, @RestQuery String type, @RestQuery String group) {
        Period period = StatisticsResource.period(from, to);
        Scope scope = StatisticsResource.scope(group, districtUnitId, null, categoryId, channel, type);
        byte[] book = export.workbook(report(period, scope, Labels.of(page.locale())));
        return Response.ok(book, StatisticsExport.XLSX).header("Content-Disposition",
                "attachment; filename=\"statistics-" + period.from() + "-" + period.to() + ".xlsx\"").build();
    }

    Report report(Period period, Scope scope, StatisticsMessages labels) {
        var calls = statistics.calls(period);
        var orders = statistics.orders(period, scope);
        var units = statistics.unitsCompared(period, scope);
        var topics = hotTopics.of(period, scope);
        CallFigures c = calls.current();
        Chart byHour = Chart.bars("", c.byHour().stream().map(h -> String.format("%02d", h.hour())).toList(), List.of(
                new Chart.Series(labels.calls_offered(), c.byHour().stream().map(CallFigures.Hour::offered).toList()),
                new Chart.Series(labels.calls_answered(), c.byHour().stream().map(CallFigures.Hour::answered).toList()),
                new Chart.Series(labels.calls_abandoned(), c.byHour().stream().map(CallFigures.Hour::abandoned).toList())));
        OrderFigures o = orders.current();
        Chart byDay = Chart.lines("", o.byDay().stream().map(d -> d.key().toString().substring(5)).toList(),
                List.of(new Chart.Series(labels.orders_registered(), o.byDay().stream().map(OrderFigures.Count::count).toList())), false);
        Chart byCategory = Chart.pie("", o.byCategory().stream().map(n -> n.name() == null ? "—" : n.name()).toList(),
                o.byCategory().stream().map(OrderFigures.Named::count).toList());
        List<StatisticsService.UnitRow> ranked = new ArrayList<>(units.rows().stream()
                .filter(r -> r.figures().dispatched() >= 5 && r.figures().repliedOnTimeRate() != null).toList());
        ranked.sort(Comparator.comparing((StatisticsService.UnitRow r) -> r.figures().repliedOnTimeRate()).reversed()
                .thenComparing(StatisticsService.UnitRow::unitCode));
        List<StatisticsService.UnitRow> top = ranked.stream().limit(15).toList();
        Chart ranking = Chart.ranking("", top.stream().map(StatisticsService.UnitRow::unitName).toList(),
                new Chart.Series(labels.units_on_time(), Chart.percents(top.stream().map(r -> r.figures().repliedOnTimeRate())
                        .toList())), true);
        return new Report(period, calls, orders, units, topics, byHour, byDay, byCategory, ranking);
    }

    private static List<QuickPeriod> quick(LocalDate today) {
        YearMonth month = YearMonth.from(today);
        Period quarter = Period.quarter(today.getYear(), today.get(IsoFields.QUARTER_OF_YEAR));
        return List.of(new QuickPeriod("period_this_month", month.atDay(1).toString(), month.atEndOfMonth().toString()),
                new QuickPeriod("period_last_month", month.minusMonths(1).atDay(1).toString(),
                        month.minusMonths(1).atEndOfMonth().toString()),
                new QuickPeriod("period_this_quarter", quarter.from().toString(), quarter.to().toString()),
                new QuickPeriod("period_this_year", today.withDayOfYear(1).toString(),
                        today.withDayOfYear(today.lengthOfYear()).toString()),
                new QuickPeriod("period_last_7_days", today.minusDays(6).toString(), today.toString()));
    }

    private static Choices choices() {
        return new Choices(MemberUnit.list("level = ?1 and kind = ?2 and active = true order by code", UnitLevel.DISTRICT,
                UnitKind.GOVERNMENT), Category.all(), List.of(Channel.values()), List.of(WorkOrderType.values()),
                List.of(UnitGroup.values()));
    }
}

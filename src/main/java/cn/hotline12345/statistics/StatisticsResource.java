package cn.hotline12345.statistics;

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
import cn.hotline12345.common.Params;
import cn.hotline12345.unit.UnitGroup;
import cn.hotline12345.workorder.Channel;
import cn.hotline12345.workorder.WorkOrderType;

/**
 * The hotline's figures for any period and scope. {@code from} and {@code to} are dates in
 * Asia/Shanghai, both included. Every figure is defined in docs/metrics.md.
 */
@Path("/api/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics", description = "统计: calls, work orders and member units for any period and scope")
@RolesAllowed({Role.Names.MANAGER, Role.Names.SUPERVISOR})
public class StatisticsResource {

    @Inject
    StatisticsService statistics;

    @Inject
    HotTopics hotTopics;

    @GET
    @Path("/units")
    @Operation(summary = "Per member unit", description = "One row per unit with any figure in the period: dispatched, "
            + "signedOnTime, replied, repliedOnTime, overdueOpen, returned, sentBack, urged, supervised, extended, "
            + "calledBack and the verdicts, with the rates; group narrows to one assessment group; districtUnitId, "
            + "unitId (with the units below it), categoryId (with its subtopics), channel and type narrow the scope; "
            + "compare=true adds the period before (环比) and a year before (同比): previousTotals, lastYearTotals and "
            + "comparisons (each unit's figures then).")
    public StatisticsService.UnitTable units(@RestQuery String from, @RestQuery String to, @RestQuery String group,
            @RestQuery String districtUnitId, @RestQuery String unitId, @RestQuery String categoryId,
            @RestQuery String channel, @RestQuery String type, @RestQuery String compare) {
        Period period = period(from, to);
        Scope scope = scope(group, districtUnitId, unitId, categoryId, channel, type);
        return Boolean.TRUE.equals(Params.booleanValue("compare", compare)) ? statistics.unitsCompared(period, scope)
                : statistics.units(period, scope);
    }

    @GET
    @Path("/calls")
    @Operation(summary = "Calls", description = "Offered, answered, abandoned, answer rate, answered within 15 s, "
            + "average wait and talk, abandoned calls called back, IVR survey, by hour of day and by day; with the "
            + "period before (环比) and the same period a year earlier (同比).")
    public StatisticsService.Compared<CallFigures> calls(@RestQuery String from, @RestQuery String to) {
        return statistics.calls(period(from, to));
    }

    @GET
    @Path("/orders")
    @Operation(summary = "Work orders", description = "Registered by channel, type, topic, district and day, answered "
            + "directly, dispatched, closed and open at the period's end; with 环比 and 同比.")
    public StatisticsService.Compared<OrderFigures> orders(@RestQuery String from, @RestQuery String to,
            @RestQuery String districtUnitId, @RestQuery String unitId, @RestQuery String categoryId,
            @RestQuery String channel, @RestQuery String type) {
        return statistics.orders(period(from, to), scope(null, districtUnitId, unitId, categoryId, channel, type));
    }

    @GET
    @Path("/hot-topics")
    @Operation(summary = "Hot and hard topics (热点、难点)", description = "The topics that grew most over the period "
            + "before, the words significantly more frequent than in the three months (or three periods) before, with "
            + "their districts and units; the topics most sent back, most overdue at the period's end, most "
            + "dissatisfied; callers with several orders (numbers masked). districtUnitId and categoryId narrow it.")
    public HotTopics.Report hotTopics(@RestQuery String from, @RestQuery String to, @RestQuery String districtUnitId,
            @RestQuery String categoryId) {
        return hotTopics.of(period(from, to), scope(null, districtUnitId, null, categoryId, null, null));
    }

    static Period period(String from, String to) {
        return Period.requested(Params.dateValue("from", from), Params.dateValue("to", to));
    }

    static Scope scope(String group, String districtUnitId, String unitId, String categoryId, String channel,
            String type) {
        return new Scope(Params.longValue("districtUnitId", districtUnitId), Params.longValue("unitId", unitId),
                Params.longValue("categoryId", categoryId), Params.enumValue("channel", Channel.class, channel),
                Params.enumValue("type", WorkOrderType.class, type), Params.enumValue("group", UnitGroup.class, group));
    }
}

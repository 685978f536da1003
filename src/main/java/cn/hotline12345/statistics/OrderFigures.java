package cn.hotline12345.statistics;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import cn.hotline12345.workorder.Channel;
import cn.hotline12345.workorder.WorkOrderType;

/**
 * The work orders of a period (docs/metrics.md, "Work orders"): registered, answered on the call,
 * dispatched, closed, and open at the period's end, with the registrations broken down.
 */
public record OrderFigures(long registered, long answeredDirectly, long dispatched, long closed, long openAtEnd,
        List<Count<Channel>> byChannel, List<Count<WorkOrderType>> byType, List<Named> byCategory,
        List<Named> byDistrict, List<Count<LocalDate>> byDay) {

    /** How many of something: a channel, a type, a day. */
    public record Count<K>(K key, long count) {
    }

    /** How many of something with an id and a name: a topic, a district (id null: not given). */
    public record Named(Long id, String code, String name, long count) {
    }

    /** 直接办结率: orders answered on the call, of those registered. */
    @JsonProperty
    public Double directRate() {
        return Rates.of(answeredDirectly, registered);
    }

    static final String REGISTERED_SQL = """
            with recursive roots (id, root_id) as (
                select id, id from category where parent_id is null
                union all
                select c.id, r.root_id from category c join roots r on c.parent_id = r.id)
            select grouping(o.channel) as g_channel, grouping(o.type) as g_type, grouping(r.root_id) as g_category,
                   grouping(o.district_unit_id) as g_district, grouping(o.day) as g_day,
                   o.channel, o.type, r.root_id, o.district_unit_id, o.day,
                   count(*) as registered, count(*) filter (where o.answer is not null) as direct
              from (select w.*, (w.registered_at at time zone :zone)::date as day from work_order w
                     where w.registered_at >= :start and w.registered_at < :end %s) o
              join roots r on r.id = o.category_id
             group by grouping sets ((), (o.channel), (o.type), (r.root_id), (o.district_unit_id), (o.day))""";

    static final String FLOW_SQL = """
            select (select count(distinct d.work_order_id) from work_order_dispatch d %2$s
                     where d.dispatched_at >= :start and d.dispatched_at < :end and d.lead and d.rework_of_id is null %1$s)
                       as dispatched,
                   (select count(*) from work_order o
                     where o.state = 'CLOSED' and o.closed_at >= :start and o.closed_at < :end %1$s) as closed,
                   (select count(*) from work_order o
                     where o.state <> 'CLOSED' and o.registered_at < :asOf %1$s)
                 + (select count(*) from work_order o
                     where o.state = 'CLOSED' and o.closed_at >= :asOf and o.registered_at < :asOf %1$s) as open_at_end""";
}

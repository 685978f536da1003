package cn.hotline12345.statistics;

import cn.hotline12345.unit.UnitGroup;
import cn.hotline12345.workorder.Channel;
import cn.hotline12345.workorder.WorkOrderType;

/**
 * What part of the hotline a report covers; every field optional, null meaning all. The order's
 * district, topic (with its subtopics), channel and type narrow what is counted; the unit (with
 * the units below it) and the group narrow whose figures are counted. Call figures depend on none
 * of them: a call has no topic or unit until an order is made of it.
 */
public record Scope(Long districtUnitId, Long unitId, Long categoryId, Channel channel, WorkOrderType type,
        UnitGroup group) {

    public static final Scope CITY = new Scope(null, null, null, null, null, null);

    public static Scope unit(long unitId) {
        return new Scope(null, unitId, null, null, null, null);
    }

    /** Whether counting needs the order behind a dispatch (its district, topic, channel or type). */
    public boolean narrowsOrders() {
        return districtUnitId != null || categoryId != null || channel != null || type != null;
    }
}

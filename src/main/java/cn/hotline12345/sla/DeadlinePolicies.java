package cn.hotline12345.sla;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Builds the one deadline policy from configuration and the administrators' holiday calendar. */
public class DeadlinePolicies {

    @Produces
    @Singleton
    DeadlinePolicy policy(SlaConfig sla, HolidayCalendar holidays) {
        WorkingTime time = sla.mode() == SlaConfig.Mode.WORKING_TIME ? holidays : WorkingTime.WALL_CLOCK;
        return new DeadlinePolicy(sla.signWithin(), sla.replyWithin(), sla.replyWithinByType(),
                sla.replyWithinByCategory(), time);
    }
}

package cn.hotline12345.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import cn.hotline12345.common.HotlineConfig;

/** The shipped holiday file reads, and its make-up days and holidays land where the State Council put them. */
class HolidayCalendarFileTest {

    @Test
    void theShippedCalendarKnowsTheSpringFestivalAndItsMakeUpSaturdays() {
        SlaConfig sla = new SlaConfigStub();
        HotlineConfig hotline = new HotlineConfigStub();
        WorkCalendar calendar = DeadlinePolicies.calendar(sla, hotline);
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-02-16"))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-02-14"))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-02-28"))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-01-04"))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-03-02"))).isTrue();
    }

    /** Configuration as the defaults give it; only what the calendar reads. */
    static class SlaConfigStub implements SlaConfig {
        public Mode mode() { return Mode.WORKING_TIME; }
        public List<String> workingHours() { return List.of("08:30-12:00", "14:00-17:30"); }
        public List<Integer> holidayYears() { return List.of(2026); }
        public java.time.Duration signWithin() { return java.time.Duration.ofHours(2); }
        public java.time.Duration replyWithin() { return java.time.Duration.ofHours(22); }
        public Map<String, java.time.Duration> replyWithinByType() { return Map.of(); }
        public Map<String, java.time.Duration> replyWithinByCategory() { return Map.of(); }
        public List<java.time.Duration> warnBefore() { return List.of(); }
        public boolean autoUrge() { return true; }
        public String sweepEvery() { return "off"; }
        public java.time.Duration sweepMargin() { return java.time.Duration.ofMinutes(5); }
    }

    static class HotlineConfigStub implements HotlineConfig {
        public ZoneId timeZone() { return ZoneId.of("Asia/Shanghai"); }
        public boolean demoData() { return false; }
        public boolean demoHistory() { return false; }
        public Optional<String> bootstrapAdminPassword() { return Optional.empty(); }
        public Api api() { return null; }
        public Account account() { return null; }
    }
}

package cn.hotline12345.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Working-time arithmetic in Asia/Shanghai (no daylight saving), with the 2026 public holidays. */
class WorkCalendarTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** 08:30–12:00 and 14:00–17:30: seven working hours a day. */
    final WorkCalendar calendar = new WorkCalendar(SHANGHAI,
            List.of(WorkCalendar.Period.parse("08:30-12:00"), WorkCalendar.Period.parse("14:00-17:30")),
            Set.of(LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-02"), LocalDate.parse("2026-10-03"),
                    LocalDate.parse("2026-10-04"), LocalDate.parse("2026-10-05"), LocalDate.parse("2026-10-06"),
                    LocalDate.parse("2026-10-07")),
            Set.of(LocalDate.parse("2026-10-10")), Set.of(2026, 2027));

    static Instant at(String local) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(local), SHANGHAI).toInstant();
    }

    @Test
    void crossesMidnightAndTheWeekend() {
        // Friday 16:30 + 2 working hours: one hour on Friday, the next on Monday morning.
        assertThat(calendar.plus(at("2026-11-27T16:30"), Duration.ofHours(2))).isEqualTo(at("2026-11-30T09:30"));
        // Started at night: counting begins at 08:30 the next working day.
        assertThat(calendar.plus(at("2026-11-24T22:00"), Duration.ofMinutes(30))).isEqualTo(at("2026-11-25T09:00"));
        // Started over lunch: counting begins at 14:00.
        assertThat(calendar.plus(at("2026-11-24T12:30"), Duration.ofHours(1))).isEqualTo(at("2026-11-24T15:00"));
    }

    @Test
    void skipsAPublicHolidayAndCountsAMakeUpSaturday() {
        // Wednesday 30 September 17:00 + 1 h: half an hour that day, then the National Day week off.
        assertThat(calendar.plus(at("2026-09-30T17:00"), Duration.ofHours(1))).isEqualTo(at("2026-10-08T09:00"));
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-10-05"))).isFalse();
        // Friday 9 October 17:00 + 1 h: Saturday 10 October is a make-up working day.
        assertThat(calendar.plus(at("2026-10-09T17:00"), Duration.ofHours(1))).isEqualTo(at("2026-10-10T09:00"));
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-10-10"))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-10-11"))).isFalse();
    }

    @Test
    void twentyTwoWorkingHoursAreThreeWorkingDaysAndAHalf() {
        // Monday 08:30: 7 + 7 + 7 hours take Monday to Wednesday, the last hour is Thursday 08:30–09:30.
        assertThat(calendar.plus(at("2026-11-23T08:30"), Duration.ofHours(22))).isEqualTo(at("2026-11-26T09:30"));
    }

    @Test
    void betweenUndoesPlus() {
        Random random = new Random(12345);
        for (int i = 0; i < 500; i++) {
            Instant start = at("2026-09-01T00:00").plusSeconds(random.nextInt(120 * 24 * 3600));
            Duration amount = Duration.ofMinutes(1 + random.nextInt(60 * 60));
            Instant end = calendar.plus(start, amount);
            assertThat(calendar.between(start, end)).as("from %s plus %s", start, amount).isEqualTo(amount);
        }
        assertThat(calendar.between(at("2026-11-30T10:00"), at("2026-11-30T09:00"))).isZero();
    }

    @Test
    void aPausedDeadlineKeepsTheWorkingTimeThatWasLeft() {
        DeadlinePolicy policy = new DeadlinePolicy(Duration.ofHours(2), Duration.ofHours(22), Map.of(), Map.of(), calendar);
        // Paused on Monday 10:00 with the deadline on Tuesday 10:00 (7 working hours left), resumed on Friday 16:30.
        Instant resumed = policy.resumed(at("2026-11-24T10:00"), at("2026-11-23T10:00"), at("2026-11-27T16:30"));
        // Friday 16:30–17:30 (1 h), Monday 08:30–12:00 (3.5 h), then 2.5 h from 14:00.
        assertThat(resumed).isEqualTo(at("2026-11-30T16:30"));
        // Wall clock: the deadline simply moves by the time the clock stood still.
        DeadlinePolicy wall = new DeadlinePolicy(Duration.ofHours(2), Duration.ofHours(22));
        assertThat(wall.resumed(at("2026-11-24T10:00"), at("2026-11-23T10:00"), at("2026-11-23T13:00")))
                .isEqualTo(at("2026-11-24T13:00"));
        // Already late when paused: it stays late by as much.
        assertThat(wall.resumed(at("2026-11-23T09:00"), at("2026-11-23T10:00"), at("2026-11-23T13:00")))
                .isEqualTo(at("2026-11-23T12:00"));
    }

    @Test
    void aDeadlineReachingAYearWithoutHolidaysIsCountedByTheWallClock() {
        WorkCalendar only2026 = new WorkCalendar(SHANGHAI, List.of(WorkCalendar.Period.parse("08:30-12:00"),
                WorkCalendar.Period.parse("14:00-17:30")), Set.of(), Set.of(), Set.of(2026));
        // Wednesday 30 December 16:00 + 2 working hours: 1.5 h that day, half an hour on the 31st.
        assertThat(only2026.plus(at("2026-12-30T16:00"), Duration.ofHours(2))).isEqualTo(at("2026-12-31T09:00"));
        assertThat(only2026.counts(at("2026-12-30T16:00"), Duration.ofHours(2))).isTrue();
        // 22 working hours from then would run into 2027, whose holidays nobody entered: wall clock.
        assertThat(only2026.plus(at("2026-12-30T16:00"), Duration.ofHours(22))).isEqualTo(at("2026-12-31T14:00"));
        assertThat(only2026.counts(at("2026-12-30T16:00"), Duration.ofHours(22))).isFalse();
        // Exactly the working time left in 2026 still counts; a minute more does not.
        Duration left = only2026.between(at("2026-12-30T16:00"), at("2027-01-01T00:00"));
        assertThat(left).isEqualTo(Duration.ofMinutes(90 + 7 * 60));
        assertThat(only2026.counts(at("2026-12-30T16:00"), left)).isTrue();
        assertThat(only2026.counts(at("2026-12-30T16:00"), left.plusMinutes(1))).isFalse();
        // Started in the unknown year: wall clock from the start.
        assertThat(only2026.plus(at("2027-03-01T10:00"), Duration.ofHours(22))).isEqualTo(at("2027-03-02T08:00"));
        assertThat(only2026.counts(at("2027-03-01T10:00"), Duration.ofMinutes(1))).isFalse();

        DeadlinePolicy policy = new DeadlinePolicy(Duration.ofHours(2), Duration.ofHours(22), Map.of(), Map.of(),
                only2026);
        assertThat(policy.estimated(at("2026-12-30T16:00"), "COMPLAINT", List.of())).isTrue();
        assertThat(policy.estimated(at("2026-12-01T09:00"), "COMPLAINT", List.of())).isFalse();
        assertThat(new DeadlinePolicy(Duration.ofHours(2), Duration.ofHours(22))
                .estimated(at("2027-03-01T10:00"), "COMPLAINT", List.of())).as("the wall clock never estimates")
                .isFalse();
    }

    @Test
    void allowancesByCategoryThenParentThenTypeThenDefault() {
        DeadlinePolicy policy = new DeadlinePolicy(Duration.ofHours(2), Duration.ofHours(22),
                Map.of("CONSULTATION", Duration.ofHours(8)),
                Map.of("SI", Duration.ofHours(48), "SI02", Duration.ofHours(72)), WorkingTime.WALL_CLOCK);
        assertThat(policy.replyAllowance("COMPLAINT", List.of("SI02", "SI"))).isEqualTo(Duration.ofHours(72));
        assertThat(policy.replyAllowance("COMPLAINT", List.of("SI01", "SI"))).isEqualTo(Duration.ofHours(48));
        assertThat(policy.replyAllowance("CONSULTATION", List.of("HR01", "HR"))).isEqualTo(Duration.ofHours(8));
        assertThat(policy.replyAllowance("COMPLAINT", List.of("HR01", "HR"))).isEqualTo(Duration.ofHours(22));
    }
}

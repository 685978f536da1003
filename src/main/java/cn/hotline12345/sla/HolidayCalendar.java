package cn.hotline12345.sla;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;

import cn.hotline12345.common.HotlineConfig;

/**
 * The working calendar as the administrators entered it (holiday_year, holiday_day), held in
 * memory and read again when this instance changes it, and every half minute for changes made on
 * another instance. Counts working time for the deadlines in WORKING_TIME mode.
 */
@ApplicationScoped
@Named("holidays")
public class HolidayCalendar implements WorkingTime {

    /** How old the calendar may be before it is read again: another instance's change shows by then. */
    static final Duration FRESH_FOR = Duration.ofSeconds(30);
    /** From 1 November the next year's announcement is due (the State Council publishes it in the autumn). */
    static final int WARN_FROM_MONTH = 11;

    private record Snapshot(WorkCalendar calendar, Set<Integer> years, long readAt) {
    }

    @Inject
    SlaConfig sla;

    @Inject
    HotlineConfig hotline;

    @Inject
    Clock clock;

    private volatile Snapshot snapshot;

    @Override
    public Instant plus(Instant start, Duration amount) {
        return current().calendar().plus(start, amount);
    }

    @Override
    public Duration between(Instant from, Instant to) {
        return current().calendar().between(from, to);
    }

    @Override
    public boolean counts(Instant start, Duration amount) {
        return current().calendar().counts(start, amount);
    }

    public boolean isWorkingDay(LocalDate day) {
        return current().calendar().isWorkingDay(day);
    }

    public boolean knows(int year) {
        return current().years().contains(year);
    }

    /**
     * The years an administrator should enter now: this year when it is missing, and next year from
     * 1 November while it is missing. Empty when nothing is due.
     */
    public List<Integer> missingYears() {
        LocalDate today = LocalDate.now(clock.withZone(hotline.timeZone()));
        List<Integer> missing = new ArrayList<>();
        if (!knows(today.getYear())) {
            missing.add(today.getYear());
        }
        if (today.getMonthValue() >= WARN_FROM_MONTH && !knows(today.getYear() + 1)) {
            missing.add(today.getYear() + 1);
        }
        return missing;
    }

    /** The missing years as a page names them ("2027", "2026、2027"), or "" when none are. */
    public String missingText() {
        return String.join("、", missingYears().stream().map(String::valueOf).toList());
    }

    private Snapshot current() {
        Snapshot now = snapshot;
        if (now == null || System.nanoTime() - now.readAt() > FRESH_FOR.toNanos()) {
            now = read();
            snapshot = now;
        }
        return now;
    }

    @Transactional
    Snapshot read() {
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> workdays = new HashSet<>();
        for (HolidayDay day : HolidayDay.all()) {
            (day.kind == HolidayKind.HOLIDAY ? holidays : workdays).add(day.day);
        }
        Set<Integer> years = new HashSet<>();
        HolidayYear.all().forEach(year -> years.add(year.year));
        WorkCalendar calendar = new WorkCalendar(hotline.timeZone(),
                sla.workingHours().stream().map(WorkCalendar.Period::parse).toList(), holidays, workdays, years);
        return new Snapshot(calendar, Set.copyOf(years), System.nanoTime());
    }

    /** A year's list was saved here: read it again at the next use. */
    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) HolidaysChanged changed) {
        snapshot = null;
    }

    /** Fired when a year's holidays are saved. */
    public record HolidaysChanged(int year) {
    }
}

package cn.hotline12345.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

/**
 * Working time: working periods on working days in one zone. A working day is Monday to Friday
 * unless it is a public holiday, plus the make-up working days (调休上班) that fall on weekends.
 * Only the years whose holidays are known can be counted so: a deadline that reaches into any
 * other year is counted by the wall clock instead (an estimate, see {@link #knows}), never by
 * guessing that year's holidays. Plain Java, so the arithmetic is tested without a server.
 */
public final class WorkCalendar implements WorkingTime {

    /** One stretch of a working day, e.g. 09:00–12:00. */
    public record Period(LocalTime start, LocalTime end) {
        public Period {
            if (!end.isAfter(start)) {
                throw new IllegalArgumentException("a working period must end after it starts: " + start + "-" + end);
            }
        }

        public static Period parse(String text) {
            String[] parts = text.strip().split("-");
            return new Period(LocalTime.parse(parts[0]), LocalTime.parse(parts[1]));
        }
    }

    /** Far enough to cross any holiday season; a request beyond it is a configuration error. */
    private static final int MAX_DAYS = 3660;

    private final ZoneId zone;
    private final List<Period> periods;
    private final Set<LocalDate> holidays;
    private final Set<LocalDate> makeUpWorkdays;
    private final Set<Integer> knownYears;

    public WorkCalendar(ZoneId zone, List<Period> periods, Set<LocalDate> holidays, Set<LocalDate> makeUpWorkdays,
            Set<Integer> knownYears) {
        if (periods.isEmpty()) {
            throw new IllegalArgumentException("a working calendar needs at least one working period");
        }
        this.zone = zone;
        this.periods = List.copyOf(periods);
        this.holidays = Set.copyOf(holidays);
        this.makeUpWorkdays = Set.copyOf(makeUpWorkdays);
        this.knownYears = Set.copyOf(knownYears);
    }

    /**
     * Whether {@link #plus} counts this much time from {@code start} in working time: false when it
     * would reach into a year whose holidays are not known, and so counts by the wall clock.
     */
    @Override
    public boolean counts(Instant start, Duration amount) {
        int year = start.atZone(zone).getYear();
        if (!knownYears.contains(year)) {
            return false;
        }
        int unknown = year + 1;
        while (knownYears.contains(unknown)) {
            unknown++;
        }
        Instant boundary = LocalDate.of(unknown, 1, 1).atStartOfDay(zone).toInstant();
        return between(start, boundary).compareTo(amount) >= 0;
    }

    public boolean isWorkingDay(LocalDate day) {
        if (makeUpWorkdays.contains(day)) {
            return true;
        }
        if (holidays.contains(day)) {
            return false;
        }
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
    }

    @Override
    public Instant plus(Instant start, Duration amount) {
        Duration left = amount;
        LocalDate day = start.atZone(zone).toLocalDate();
        for (int i = 0; i < MAX_DAYS; i++, day = day.plusDays(1)) {
            if (!knownYears.contains(day.getYear())) {
                return WALL_CLOCK.plus(start, amount);
            }
            if (!isWorkingDay(day)) {
                continue;
            }
            for (Period period : periods) {
                Instant from = latest(start, at(day, period.start()));
                Instant to = at(day, period.end());
                if (!from.isBefore(to)) {
                    continue;
                }
                Duration available = Duration.between(from, to);
                if (left.compareTo(available) <= 0) {
                    return from.plus(left);
                }
                left = left.minus(available);
            }
        }
        throw new IllegalArgumentException("no " + amount + " of working time within " + MAX_DAYS + " days");
    }

    @Override
    public Duration between(Instant from, Instant to) {
        Duration total = Duration.ZERO;
        if (!to.isAfter(from)) {
            return total;
        }
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            if (!knownYears.contains(day.getYear())) {
                // A day of an unknown year counts whole, as plus counts it by the wall clock.
                Instant start = latest(from, day.atStartOfDay(zone).toInstant());
                Instant end = earliest(to, day.plusDays(1).atStartOfDay(zone).toInstant());
                total = total.plus(Duration.between(start, end));
                continue;
            }
            if (!isWorkingDay(day)) {
                continue;
            }
            for (Period period : periods) {
                Instant start = latest(from, at(day, period.start()));
                Instant end = earliest(to, at(day, period.end()));
                if (start.isBefore(end)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    private Instant at(LocalDate day, LocalTime time) {
        return ZonedDateTime.of(day, time, zone).toInstant();
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}

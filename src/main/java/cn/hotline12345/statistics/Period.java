package cn.hotline12345.statistics;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import cn.hotline12345.common.DomainException;
import cn.hotline12345.common.FieldError;
import cn.hotline12345.common.ProblemType;

/**
 * Whole days in the hotline's zone, {@code to} included, and the periods a report compares them
 * with: the one before (环比) and the same one a year earlier (同比). A period that is a calendar
 * day, week (Monday to Sunday), month, quarter or year is compared with the calendar period before;
 * any other range with as many days just before it.
 */
public record Period(LocalDate from, LocalDate to) {

    /** Longest range a report covers: three years of days (a yearly report with its comparisons). */
    public static final long MAX_DAYS = 3 * 366;

    public enum Kind {
        DAY, WEEK, MONTH, QUARTER, YEAR, CUSTOM
    }

    public Period {
        if (from == null || to == null) {
            throw new IllegalArgumentException("a period needs both ends");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a period ends on or after its first day");
        }
    }

    /** A period asked for by a client: 400 naming the parameter when it makes no sense. */
    public static Period requested(LocalDate from, LocalDate to) {
        if (from == null) {
            throw refused("from", "statistics.period-missing");
        }
        if (to == null) {
            throw refused("to", "statistics.period-missing");
        }
        if (to.isBefore(from)) {
            throw refused("to", "statistics.period-reversed");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw refused("to", "statistics.period-too-long");
        }
        return new Period(from, to);
    }

    public static Period day(LocalDate day) {
        return new Period(day, day);
    }

    public static Period weekOf(LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new Period(monday, monday.plusDays(6));
    }

    public static Period month(YearMonth month) {
        return new Period(month.atDay(1), month.atEndOfMonth());
    }

    public static Period quarter(int year, int quarter) {
        LocalDate first = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        return new Period(first, first.plusMonths(3).minusDays(1));
    }

    public static Period year(int year) {
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public Kind kind() {
        if (from.equals(to)) {
            return Kind.DAY;
        }
        if (from.getDayOfWeek() == DayOfWeek.MONDAY && to.equals(from.plusDays(6))) {
            return Kind.WEEK;
        }
        if (from.getDayOfMonth() == 1) {
            if (to.equals(from.plusMonths(1).minusDays(1))) {
                return Kind.MONTH;
            }
            if (from.getMonthValue() % 3 == 1 && to.equals(from.plusMonths(3).minusDays(1))) {
                return Kind.QUARTER;
            }
            if (from.getDayOfYear() == 1 && to.equals(from.plusYears(1).minusDays(1))) {
                return Kind.YEAR;
            }
        }
        return Kind.CUSTOM;
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** 环比: the calendar period before, or as many days just before a custom range. */
    public Period previous() {
        return switch (kind()) {
            case DAY -> day(from.minusDays(1));
            case WEEK -> new Period(from.minusWeeks(1), to.minusWeeks(1));
            case MONTH -> month(YearMonth.from(from).minusMonths(1));
            case QUARTER -> new Period(from.minusMonths(3), from.minusDays(1));
            case YEAR -> year(from.getYear() - 1);
            case CUSTOM -> new Period(from.minusDays(days()), from.minusDays(1));
        };
    }

    /** 同比: the same period a year earlier (a month is the whole month, 29 February becomes the 28th). */
    public Period sameLastYear() {
        return switch (kind()) {
            case MONTH -> month(YearMonth.from(from).minusYears(1));
            case QUARTER -> quarter(from.getYear() - 1, from.get(IsoFields.QUARTER_OF_YEAR));
            case YEAR -> year(from.getYear() - 1);
            case WEEK -> weekOf(from.minusYears(1));
            default -> new Period(from.minusYears(1), to.minusYears(1));
        };
    }

    /** The months this period touches, oldest first. */
    public List<YearMonth> months() {
        List<YearMonth> months = new java.util.ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    /** The first instant of the period in the zone. */
    public Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the period: periods are half-open, so no instant is counted twice. */
    public Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /**
     * The period's end, or now while it is still running (its start, for one still to come): where
     * stocks such as "open and overdue" are taken.
     */
    public Instant asOf(ZoneId zone, Instant now) {
        Instant start = start(zone);
        Instant end = end(zone);
        return now.isBefore(start) ? start : now.isBefore(end) ? now : end;
    }

    private static DomainException refused(String field, String key) {
        return new DomainException(ProblemType.BAD_PARAMETER, List.of(new FieldError(field, key)), key, field);
    }
}

package cn.hotline12345.common;

import java.util.List;
import java.util.Locale;

/**
 * Reads optional query parameters that arrive as text. Jakarta REST would answer a value of the
 * wrong type with 404; a client deserves 400 naming the parameter.
 */
public final class Params {

    private Params() {
    }

    public static <E extends Enum<E>> E enumValue(String name, Class<E> type, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw bad(name, raw);
        }
    }

    public static Long longValue(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(raw.trim());
        } catch (NumberFormatException e) {
            throw bad(name, raw);
        }
    }

    public static Integer intValue(String name, String raw) {
        Long value = longValue(name, raw);
        if (value == null) {
            return null;
        }
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw bad(name, raw);
        }
        return value.intValue();
    }

    /** A whole number the request must carry. */
    public static int requiredInt(String name, String raw) {
        Integer value = intValue(name, raw);
        if (value == null) {
            throw bad(name, "");
        }
        return value;
    }

    /** The years a date or month may lie in: the hotline's records, with room; beyond them a client's mistake. */
    static final int FIRST_YEAR = 1970;
    static final int LAST_YEAR = 2199;

    public static java.time.LocalDate dateValue(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            java.time.LocalDate date = java.time.LocalDate.parse(raw.trim());
            if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
                throw bad(name, raw);
            }
            return date;
        } catch (java.time.format.DateTimeParseException e) {
            throw bad(name, raw);
        }
    }

    /** A month written yyyy-MM (2026-11); a value that is not one names the field. */
    public static java.time.YearMonth monthValue(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            throw new DomainException(ProblemType.BAD_PARAMETER, List.of(new FieldError(name, "problem.month")),
                    "problem.month", name);
        }
        try {
            java.time.YearMonth month = java.time.YearMonth.parse(raw.strip());
            if (month.getYear() < FIRST_YEAR || month.getYear() > LAST_YEAR) {
                throw new java.time.format.DateTimeParseException("year out of range", raw, 0);
            }
            return month;
        } catch (java.time.format.DateTimeParseException e) {
            throw new DomainException(ProblemType.BAD_PARAMETER, List.of(new FieldError(name, "problem.month")),
                    "problem.month", name);
        }
    }

    public static Boolean booleanValue(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return switch (raw.trim().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> Boolean.TRUE;
            case "false", "0", "no" -> Boolean.FALSE;
            default -> throw bad(name, raw);
        };
    }

    /** The refusal of a parameter's value, for checks beyond its type. */
    public static DomainException bad(String name, String raw) {
        return new DomainException(ProblemType.BAD_PARAMETER,
                List.of(new FieldError(name, "problem.bad-parameter.field")), "problem.bad-parameter.detail", name, raw);
    }
}

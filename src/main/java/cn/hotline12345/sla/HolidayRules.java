package cn.hotline12345.sla;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import cn.hotline12345.common.FieldError;

/**
 * What a year's list of public holidays and make-up working days must be, and how it is read from
 * text (the State Council's announcement typed or pasted as date,kind,name lines). Plain Java.
 */
public final class HolidayRules {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;
    static final int NAME_LENGTH = 40;

    /** One day of the list; a field the text could not give is null. */
    public record Entry(LocalDate date, HolidayKind kind, String name) {
    }

    /** What text gave: the entries, and the lines it could not read (fields rows[line].column). */
    public record Parsed(List<Entry> entries, List<FieldError> errors) {
    }

    private HolidayRules() {
    }

    public static boolean yearInRange(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    /**
     * The problems of a year's list, each naming its field as {@code prefix[i].date} and so on: a
     * date outside the year or given twice, a make-up working day on a weekday (they fall on
     * weekends), a name missing or too long; an empty list is no year's announcement either.
     */
    public static List<FieldError> check(int year, List<Entry> days, String prefix) {
        List<FieldError> errors = new ArrayList<>();
        if (days.isEmpty()) {
            errors.add(new FieldError(prefix, "holiday.empty-year"));
        }
        Map<LocalDate, Integer> seen = new HashMap<>();
        for (int i = 0; i < days.size(); i++) {
            Entry day = days.get(i);
            String field = prefix + "[" + i + "]";
            if (day == null) {
                errors.add(new FieldError(field, "holiday.required"));
                continue;
            }
            if (day.date() == null) {
                errors.add(new FieldError(field + ".date", "holiday.required"));
            } else if (day.date().getYear() != year) {
                errors.add(new FieldError(field + ".date", "holiday.not-in-year"));
            } else if (seen.putIfAbsent(day.date(), i) != null) {
                errors.add(new FieldError(field + ".date", "holiday.duplicate"));
            }
            if (day.kind() == null) {
                errors.add(new FieldError(field + ".kind", "holiday.required"));
            } else if (day.kind() == HolidayKind.WORKDAY && day.date() != null && !weekend(day.date())) {
                errors.add(new FieldError(field + ".kind", "holiday.workday-on-weekday"));
            }
            if (day.name() == null || day.name().isBlank()) {
                errors.add(new FieldError(field + ".name", "holiday.required"));
            } else if (day.name().strip().length() > NAME_LENGTH) {
                errors.add(new FieldError(field + ".name", "holiday.name-too-long"));
            }
        }
        return errors;
    }

    private static boolean weekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /**
     * Lines of {@code date,kind,name} (a header line of those words is skipped). The kind is
     * HOLIDAY or WORKDAY, or as the announcement words it: 放假/休 and 上班/班. Errors name the
     * line as {@code rows[line]}.
     */
    public static Parsed parse(Reader text) {
        List<Entry> entries = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue;
                }
                if (record.get(0).strip().toLowerCase(Locale.ROOT).equals("date")) {
                    continue; // the header
                }
                String field = "rows[" + line + "]";
                if (record.size() != 3) {
                    errors.add(new FieldError(field, "holiday.line-shape"));
                    continue;
                }
                LocalDate date = null;
                try {
                    date = LocalDate.parse(record.get(0).strip());
                } catch (DateTimeParseException e) {
                    errors.add(new FieldError(field + ".date", "holiday.bad-date"));
                }
                HolidayKind kind = kind(record.get(1));
                if (kind == null) {
                    errors.add(new FieldError(field + ".kind", "holiday.bad-kind"));
                }
                entries.add(new Entry(date, kind, record.get(2).strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException | IllegalStateException e) {
            errors.add(new FieldError("rows", "holiday.unreadable"));
        }
        return new Parsed(entries, errors);
    }

    static HolidayKind kind(String text) {
        return switch (text.strip().toUpperCase(Locale.ROOT)) {
            case "HOLIDAY", "放假", "休" -> HolidayKind.HOLIDAY;
            case "WORKDAY", "上班", "班" -> HolidayKind.WORKDAY;
            default -> null;
        };
    }

    /** The lines {@link #parse} reads back: what the page's text box shows. */
    public static String text(List<Entry> days) {
        StringBuilder text = new StringBuilder();
        for (Entry day : days) {
            text.append(day.date()).append(',').append(day.kind()).append(',').append(day.name()).append('\n');
        }
        return text.toString();
    }
}

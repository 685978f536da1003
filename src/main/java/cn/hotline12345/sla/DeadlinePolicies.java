package cn.hotline12345.sla;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import cn.hotline12345.common.CsvRows;
import cn.hotline12345.common.HotlineConfig;

/** Builds the one deadline policy from configuration and the public-holiday calendar. */
public class DeadlinePolicies {

    /** One file a year, as the State Council announces them: calendar/holidays-2026.csv, ... */
    static final String HOLIDAYS = "calendar/holidays-%d.csv";

    @Produces
    @Singleton
    DeadlinePolicy policy(SlaConfig sla, HotlineConfig hotline) {
        WorkingTime time = sla.mode() == SlaConfig.Mode.WORKING_TIME ? calendar(sla, hotline) : WorkingTime.WALL_CLOCK;
        return new DeadlinePolicy(sla.signWithin(), sla.replyWithin(), sla.replyWithinByType(),
                sla.replyWithinByCategory(), time);
    }

    static WorkCalendar calendar(SlaConfig sla, HotlineConfig hotline) {
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> workdays = new HashSet<>();
        for (int year : sla.holidayYears()) {
            String file = HOLIDAYS.formatted(year);
            for (String[] row : CsvRows.parse(read(file), "date,kind,name")) {
                LocalDate day = LocalDate.parse(row[0]);
                if (day.getYear() != year) {
                    throw new IllegalArgumentException(file + ": " + day + " is not in " + year);
                }
                switch (row[1]) {
                    case "HOLIDAY" -> holidays.add(day);
                    case "WORKDAY" -> workdays.add(day);
                    default -> throw new IllegalArgumentException(file + ": unknown kind " + row[1] + " on " + row[0]);
                }
            }
        }
        return new WorkCalendar(hotline.timeZone(),
                sla.workingHours().stream().map(WorkCalendar.Period::parse).toList(), holidays, workdays);
    }

    private static String read(String path) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

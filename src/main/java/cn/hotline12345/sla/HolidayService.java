package cn.hotline12345.sla;

import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import cn.hotline12345.identity.CurrentUser;
import cn.hotline12345.audit.AuditLog;
import cn.hotline12345.common.DomainException;
import cn.hotline12345.common.FieldError;
import cn.hotline12345.common.ProblemType;
import cn.hotline12345.common.TextUpload;

/**
 * Administrators keep each year's public holidays and make-up working days: a year's list is
 * replaced whole (entered, pasted or imported), checked by {@link HolidayRules}, audited.
 */
@ApplicationScoped
public class HolidayService {

    public static final String AUDIT_TYPE = "holiday_year";

    /** A year as stored: its days in date order. */
    public record Year(int year, int version, String updatedBy, java.time.Instant updatedAt,
            List<HolidayRules.Entry> days) {

        public long count(HolidayKind kind) {
            return days.stream().filter(day -> day.kind() == kind).count();
        }

        public long holidays() {
            return count(HolidayKind.HOLIDAY);
        }

        public long workdays() {
            return count(HolidayKind.WORKDAY);
        }
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Event<HolidayCalendar.HolidaysChanged> changes;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Year> years() {
        return HolidayYear.all().stream().map(HolidayService::yearOf).toList();
    }

    /** The year as entered, or empty when it is not known yet. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<Year> year(int year) {
        checkYear(year);
        HolidayYear found = HolidayYear.findById(year);
        return java.util.Optional.ofNullable(found).map(HolidayService::yearOf);
    }

    /**
     * Replaces a year's list. {@code version} is the version read (null for a year not entered
     * yet: if someone entered it meanwhile, that is a conflict).
     */
    @Transactional
    public Year replace(int year, Integer version, List<HolidayRules.Entry> days) {
        checkYear(year);
        List<FieldError> errors = HolidayRules.check(year, days, "days");
        if (!errors.isEmpty()) {
            throw new DomainException(ProblemType.VALIDATION, errors, "holiday.invalid", year);
        }
        HolidayYear stored = HolidayYear.findById(year, LockModeType.PESSIMISTIC_WRITE);
        if (stored == null) {
            if (version != null) {
                throw new DomainException(ProblemType.STALE_VERSION, "problem.conflict.detail");
            }
            stored = new HolidayYear();
            stored.year = year;
        } else if (version == null) {
            throw new DomainException(ProblemType.CONFLICT, "holiday.year-exists", year);
        } else if (version != stored.version) {
            throw new DomainException(ProblemType.STALE_VERSION, "problem.conflict.detail");
        }
        stored.updatedBy = currentUser.actorName();
        stored.updatedAt = clock.instant();
        stored.persist();
        HolidayDay.delete("#HolidayDay.deleteYear", year);
        HolidayDay.getEntityManager().flush();
        for (HolidayRules.Entry entry : days) {
            HolidayDay day = new HolidayDay();
            day.day = entry.date();
            day.year = year;
            day.kind = entry.kind();
            day.name = entry.name().strip();
            day.persist();
        }
        HolidayDay.getEntityManager().flush();
        Year saved = yearOf(stored);
        audit.record("holidays.saved", AUDIT_TYPE, year, Map.of("holidays", saved.count(HolidayKind.HOLIDAY),
                "workdays", saved.count(HolidayKind.WORKDAY)));
        changes.fire(new HolidayCalendar.HolidaysChanged(year));
        return saved;
    }

    /** Replaces a year's list from lines of date,kind,name (a file in UTF-8 or GB18030, or a text box). */
    @Transactional
    public Year replace(int year, Integer version, java.io.Reader text) {
        HolidayRules.Parsed parsed = HolidayRules.parse(text);
        if (!parsed.errors().isEmpty()) {
            throw new DomainException(ProblemType.VALIDATION, parsed.errors(), "holiday.invalid", year);
        }
        return replace(year, version, parsed.entries());
    }

    @Transactional
    public Year importFile(int year, Integer version, InputStream file) {
        try {
            return replace(year, version, TextUpload.reader(file));
        } catch (TextUpload.Unreadable e) {
            throw new DomainException(ProblemType.VALIDATION, e.key());
        }
    }

    private static void checkYear(int year) {
        if (!HolidayRules.yearInRange(year)) {
            throw new DomainException(ProblemType.BAD_PARAMETER, List.of(new FieldError("year", "holiday.year-range")),
                    "holiday.year-range", HolidayRules.FIRST_YEAR, HolidayRules.LAST_YEAR);
        }
    }

    private static Year yearOf(HolidayYear year) {
        List<HolidayRules.Entry> days = HolidayDay.ofYear(year.year).stream()
                .map(day -> new HolidayRules.Entry(day.day, day.kind, day.name)).toList();
        return new Year(year.year, year.version, year.updatedBy, year.updatedAt, days);
    }
}

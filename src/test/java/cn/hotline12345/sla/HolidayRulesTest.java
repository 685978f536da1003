package cn.hotline12345.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.hotline12345.common.FieldError;

/** What a year's holiday list must be, and how its text is read. */
class HolidayRulesTest {

    private static HolidayRules.Entry day(String date, HolidayKind kind, String name) {
        return new HolidayRules.Entry(date == null ? null : LocalDate.parse(date), kind, name);
    }

    @Test
    void aGoodListPasses() {
        assertThat(HolidayRules.check(2027, List.of(day("2027-01-01", HolidayKind.HOLIDAY, "元旦"),
                day("2027-02-06", HolidayKind.WORKDAY, "春节调休上班")), "days")).isEmpty();
    }

    @Test
    void eachFaultIsNamedByItsField() {
        List<FieldError> errors = HolidayRules.check(2027, List.of(
                day("2026-12-31", HolidayKind.HOLIDAY, "跨年"),
                day("2027-01-04", HolidayKind.WORKDAY, "周一不是调休"),
                day("2027-01-01", HolidayKind.HOLIDAY, "元旦"),
                day("2027-01-01", HolidayKind.HOLIDAY, "元旦"),
                day(null, null, " "),
                day("2027-05-01", HolidayKind.HOLIDAY, "劳".repeat(41))), "days");
        assertThat(errors).containsExactly(
                new FieldError("days[0].date", "holiday.not-in-year"),
                new FieldError("days[1].kind", "holiday.workday-on-weekday"),
                new FieldError("days[3].date", "holiday.duplicate"),
                new FieldError("days[4].date", "holiday.required"),
                new FieldError("days[4].kind", "holiday.required"),
                new FieldError("days[4].name", "holiday.required"),
                new FieldError("days[5].name", "holiday.name-too-long"));
        assertThat(HolidayRules.check(2027, List.of(), "days")).containsExactly(new FieldError("days", "holiday.empty-year"));
        assertThat(HolidayRules.yearInRange(1999)).isFalse();
        assertThat(HolidayRules.yearInRange(2027)).isTrue();
    }

    @Test
    void textIsReadInEitherWordingAndItsBadLinesAreNamed() {
        HolidayRules.Parsed parsed = HolidayRules.parse(new StringReader("""
                date,kind,name
                2027-01-01,HOLIDAY,元旦
                2027-02-06, 上班 ,春节调休上班

                2027-02-10,休,春节
                2027/02/11,HOLIDAY,春节
                2027-02-12,放假
                2027-02-13,请假,春节
                """));
        assertThat(parsed.entries()).startsWith(day("2027-01-01", HolidayKind.HOLIDAY, "元旦"),
                day("2027-02-06", HolidayKind.WORKDAY, "春节调休上班"), day("2027-02-10", HolidayKind.HOLIDAY, "春节"));
        assertThat(parsed.errors()).containsExactly(new FieldError("rows[6].date", "holiday.bad-date"),
                new FieldError("rows[7]", "holiday.line-shape"), new FieldError("rows[8].kind", "holiday.bad-kind"));
        List<HolidayRules.Entry> days = List.of(day("2027-01-01", HolidayKind.HOLIDAY, "元旦"));
        assertThat(HolidayRules.parse(new StringReader(HolidayRules.text(days))).entries()).isEqualTo(days);
    }
}
